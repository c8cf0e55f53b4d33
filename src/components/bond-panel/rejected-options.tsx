/**
 * Options present in the design that the kernel refuses in the bond's mode (e.g. from an opened
 * file). They have no field, so each gets a remove button that jump-to-field can focus.
 */
import { useTranslation } from 'react-i18next';
import type { OptionName } from '../../model/types';
import { Field } from '../ui/field';
import { optionPointer } from './option-pointer';

interface RejectedOptionsProps {
  bondIndex: number;
  names: readonly OptionName[];
  onRemove: (name: OptionName) => void;
}

/** The list of refused options with their findings and remove buttons. */
export function RejectedOptions({ bondIndex, names, onRemove }: RejectedOptionsProps) {
  const { t } = useTranslation();
  if (names.length === 0) return null;
  return (
    <section className="rejected-options">
      <h4>{t('panel.options.rejectedHeading')}</h4>
      {names.map((name) => (
        <Field
          key={name}
          pointer={optionPointer(bondIndex, name)}
          label={t(`options.${name}.label`)}
        >
          {(control) => (
            <button type="button" {...control} onClick={() => onRemove(name)}>
              {t('panel.options.removeRejected', { option: name })}
            </button>
          )}
        </Field>
      ))}
    </section>
  );
}
