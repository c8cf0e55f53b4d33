/**
 * A select for an enumerated option or an interface-name option, whose first choice is the
 * kernel default (the option left out of the configuration).
 */
import { useTranslation } from 'react-i18next';
import type { ControlProps } from '../ui/field';

interface OptionSelectProps {
  control: ControlProps;
  value: string | undefined;
  choices: readonly string[];
  onChange: (value: string | undefined) => void;
}

/** The select; a current value that is not among `choices` is still shown, so nothing is hidden. */
export function OptionSelect({ control, value, choices, onChange }: OptionSelectProps) {
  const { t } = useTranslation();
  const all = value === undefined || choices.includes(value) ? choices : [...choices, value];
  return (
    <select
      {...control}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
    >
      <option value="">{t('panel.options.defaultChoice')}</option>
      {all.map((choice) => (
        <option key={choice} value={choice}>
          {choice}
        </option>
      ))}
    </select>
  );
}
