/** The bond's MTU; empty means the interface default (the ifcfg file then has no MTU line). */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../store/app-store-context';
import { Field } from '../ui/field';
import { useCommitText, useDraftText } from '../ui/use-draft-text';

interface MtuFieldProps {
  bondName: string;
  bondIndex: number;
  mtu: number | undefined;
}

/** MTU input committing to the store as typed. */
export const MtuField = memo(function MtuField({ bondName, bondIndex, mtu }: MtuFieldProps) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const commitText = useCommitText();
  const pointer = `/bonds/${bondIndex}/mtu`;
  const props = useDraftText(pointer, mtu === undefined ? '' : String(mtu), (text) => {
    commitText(pointer, text, {
      apply: (value) => store.getState().setMtu(bondName, value as number),
      clear: () => store.getState().setMtu(bondName, undefined),
    });
  });
  return (
    <Field pointer={pointer} label={t('panel.addressing.mtu')} help={t('panel.addressing.mtuHelp')}>
      {(control) => <input {...control} {...props} type="text" inputMode="numeric" />}
    </Field>
  );
});
