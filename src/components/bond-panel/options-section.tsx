/**
 * The bond's options, only those the kernel accepts in its mode: link monitoring (MII or ARP),
 * mode-specific options, advanced options (collapsed), and any refused leftovers.
 */
import { useTranslation } from 'react-i18next';
import type { Bond, OptionName } from '../../model/types';
import { useAppStoreApi } from '../../store/app-store-context';
import { fieldId } from '../ui/field-id';
import {
  MONITOR_INTERVALS,
  canUseArp,
  currentMonitor,
  optionsClearedBy,
  optionsOfGroup,
  refusedOptions,
  type LinkMonitor,
} from './link-monitoring';
import { MonitoringChoice } from './monitoring-choice';
import { OptionField } from './option-field';
import { optionPointer } from './option-pointer';
import { RejectedOptions } from './rejected-options';

interface OptionsSectionProps {
  bond: Bond;
  bondIndex: number;
}

/** All option groups of one bond. */
export function OptionsSection({ bond, bondIndex }: OptionsSectionProps) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const monitor = canUseArp(bond.mode) ? currentMonitor(bond.options) : 'mii';
  const remove = (name: OptionName) => {
    store.getState().setOption(bond.name, name, undefined);
    store.getState().setDraft(optionPointer(bondIndex, name), undefined);
  };
  const chooseMonitor = (next: LinkMonitor) => {
    optionsClearedBy(bond.options, next).forEach(remove);
    const interval = MONITOR_INTERVALS[next];
    if (bond.options[interval.name] === undefined) {
      store.getState().setOption(bond.name, interval.name, interval.value);
    }
  };
  const fields = (names: readonly OptionName[]) =>
    names.map((name) => (
      <OptionField
        key={name}
        bondName={bond.name}
        bondIndex={bondIndex}
        name={name}
        options={bond.options}
        slaves={bond.slaves}
      />
    ));
  const modeOptions = optionsOfGroup(bond.mode, 'mode', bond.options);
  return (
    <>
      <fieldset className="options-group">
        <legend id={fieldId(`/bonds/${bondIndex}/options`)} tabIndex={-1}>
          {t('panel.monitoring.legend')}
        </legend>
        <MonitoringChoice
          bondIndex={bondIndex}
          mode={bond.mode}
          monitor={monitor}
          onChange={chooseMonitor}
        />
        {fields(optionsOfGroup(bond.mode, monitor, bond.options))}
      </fieldset>
      <fieldset className="options-group">
        <legend>{t('panel.options.modeSpecific')}</legend>
        {modeOptions.length === 0 ? (
          <p className="field-help">{t('panel.options.noneForMode')}</p>
        ) : (
          fields(modeOptions)
        )}
      </fieldset>
      <details className="options-group">
        <summary>{t('panel.options.advanced')}</summary>
        {fields(optionsOfGroup(bond.mode, 'advanced', bond.options))}
      </details>
      <RejectedOptions
        bondIndex={bondIndex}
        names={refusedOptions(bond.options, bond.mode)}
        onRemove={remove}
      />
    </>
  );
}
