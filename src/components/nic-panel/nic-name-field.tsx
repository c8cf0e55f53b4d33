/**
 * The NIC's interface name, renamed as the user types. A name the kernel would refuse, or one
 * already used by another NIC or bond, stays as a draft with its message at the field.
 */
import { useTranslation } from 'react-i18next';
import { isValidIfname } from '../../model/names';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { Field } from '../ui/field';
import { useDraftText } from '../ui/use-draft-text';

/** The name field for the NIC at `index`. */
export function NicNameField({ index, name }: { index: number; name: string }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const pointer = `/nics/${index}/name`;
  const draft = useAppStore((state) => state.drafts[pointer]);
  const takenBy = (candidate: string): boolean => {
    const { design } = store.getState();
    return [...design.nics, ...design.bonds].some(
      (item) => item.name === candidate && item.name !== name,
    );
  };
  const commit = (text: string) => {
    const { renameNic, setDraft } = store.getState();
    if (text === name) setDraft(pointer, undefined);
    else if (isValidIfname(text) && !takenBy(text)) renameNic(name, text);
    else setDraft(pointer, text);
  };
  const field = useDraftText(pointer, name, commit);
  const localErrors =
    draft !== undefined && isValidIfname(draft) && takenBy(draft)
      ? [t('ui.nicPanel.nameTaken', { name: draft })]
      : [];
  return (
    <Field
      pointer={pointer}
      label={t('ui.nicPanel.name')}
      help={t('ui.nicPanel.nameHelp')}
      localErrors={localErrors}
    >
      {(control) => <input {...control} {...field} spellCheck={false} autoComplete="off" />}
    </Field>
  );
}
