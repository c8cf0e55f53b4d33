/**
 * One bond option as a labelled control chosen by the option's kind in the model's table:
 * a select for enumerations and interface names, a list box for address/queue lists, a text
 * input for numbers and MACs. An empty choice or empty text means the kernel default.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { OPTION_INFO } from '../../model/options';
import type { BondOptions, OptionName } from '../../model/types';
import { useAppStoreApi } from '../../store/app-store-context';
import { Field } from '../ui/field';
import { OptionSelect } from './option-select';
import { OptionText } from './option-text';
import { optionPointer } from './option-pointer';

interface OptionFieldProps {
  bondName: string;
  bondIndex: number;
  name: OptionName;
  options: BondOptions;
  slaves: readonly string[];
}

/** A field editing `options[name]` of the bond, committing every change to the store. */
export const OptionField = memo(function OptionField({
  bondName,
  bondIndex,
  name,
  options,
  slaves,
}: OptionFieldProps) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const info = OPTION_INFO[name];
  const pointer = optionPointer(bondIndex, name);
  const unit = info.unit ? t(`panel.options.unit.${info.unit}`) : undefined;
  const label = unit
    ? t('panel.options.labelWithUnit', { label: t(`options.${name}.label`), unit })
    : t(`options.${name}.label`);
  const note =
    info.defaultValue === null
      ? t('panel.options.kernelDefaultNone')
      : t('panel.options.kernelDefault', {
          value: unit ? `${info.defaultValue} ${unit}` : String(info.defaultValue),
        });
  const set = (value: BondOptions[OptionName] | undefined) => {
    store.getState().setOption(bondName, name, value);
  };
  const isChoice = info.kind === 'enum' || info.kind === 'ifname';
  const choices = info.kind === 'enum' ? (info.values ?? []) : slaves;
  return (
    <Field pointer={pointer} label={label} help={t(`options.${name}.help`)} note={note}>
      {(control) =>
        isChoice ? (
          <OptionSelect
            control={control}
            value={options[name] as string | undefined}
            choices={choices}
            onChange={(value) => {
              set(value);
              store.getState().setDraft(pointer, undefined);
            }}
          />
        ) : (
          <OptionText
            control={control}
            bondName={bondName}
            pointer={pointer}
            name={name}
            options={options}
          />
        )
      }
    </Field>
  );
});
