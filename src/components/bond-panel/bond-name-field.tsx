/**
 * The bond's name, renamed as the user types: a valid, free interface name renames the bond at
 * once (slaves, primary and layout follow in the model); anything else stays as a draft with its
 * message at the field.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDraft } from '../../model/drafts';
import type { Design } from '../../model/types';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { Field } from '../ui/field';
import { useDraftText } from '../ui/use-draft-text';

interface BondNameFieldProps {
  bondName: string;
  bondIndex: number;
}

/** Whether another NIC or bond already uses `name` (the kernel needs unique interface names). */
function isTaken(design: Design, name: string, own: string): boolean {
  return name !== own && [...design.nics, ...design.bonds].some((item) => item.name === name);
}

/** Name input of the bond; it re-renders for its own draft, not for every design change. */
export const BondNameField = memo(function BondNameField({
  bondName,
  bondIndex,
}: BondNameFieldProps) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const pointer = `/bonds/${bondIndex}/name`;
  const draft = useAppStore((state) => state.drafts[pointer]);
  const draftTaken = useAppStore(
    (state) => draft !== undefined && isTaken(state.design, draft, bondName),
  );
  const props = useDraftText(pointer, bondName, (text) => {
    const { renameBond, setDraft } = store.getState();
    if (text === bondName) {
      setDraft(pointer, undefined);
      return;
    }
    if (parseDraft(pointer, text).ok && !isTaken(store.getState().design, text, bondName)) {
      renameBond(bondName, text);
      setDraft(pointer, undefined);
      return;
    }
    setDraft(pointer, text);
  });
  const localErrors = draftTaken ? [t('panel.bond.nameTaken', { name: draft })] : [];
  return (
    <Field
      pointer={pointer}
      label={t('panel.bond.name')}
      help={t('panel.bond.nameHelp')}
      localErrors={localErrors}
    >
      {(control) => <input {...control} {...props} type="text" spellCheck={false} />}
    </Field>
  );
});
