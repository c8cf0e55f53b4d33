/**
 * The side panel of a selected bond: name, mode with its explanation, the options the kernel
 * accepts in that mode, addressing and MTU. Every change goes straight to the store.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureBondPanelCatalogue } from '../../i18n/bond-panel-catalogue';
import { OPTION_NAMES, isOptionAccepted } from '../../model/options';
import type { BondMode, OptionName } from '../../model/types';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { fieldId } from '../ui/field-id';
import { useFocusRequest } from '../ui/use-focus-request';
import { AddressingSection } from './addressing-section';
import { BondNameField } from './bond-name-field';
import { refusedOptions } from './link-monitoring';
import { ModeSection } from './mode-section';
import { bondPointer, optionPointer } from './option-pointer';
import { OptionsSection } from './options-section';

interface Dropped {
  bondIndex: number;
  mode: BondMode;
  options: readonly OptionName[];
}

/** Panel for the bond named `bondName`; renders nothing if there is no such bond. */
export function BondPanel({ bondName }: { bondName: string }) {
  const { t, i18n } = useTranslation();
  // Once per instance: the check costs about a millisecond, and the panel renders per keystroke.
  useMemo(() => ensureBondPanelCatalogue(i18n), [i18n]);
  const store = useAppStoreApi();
  const bondIndex = useAppStore((state) =>
    state.design.bonds.findIndex((bond) => bond.name === bondName),
  );
  const bond = useAppStore((state) => state.design.bonds[bondIndex]);
  const [dropped, setDropped] = useState<Dropped | null>(null);
  useFocusRequest(bondPointer(bondIndex));
  /*
   * The panel re-renders whenever its bond changes (every committed keystroke); its sections are
   * memoised, so this callback reads the bond at call time to stay the same function.
   */
  const changeMode = useCallback(
    (mode: BondMode) => {
      const { setMode, setDraft, drafts, design } = store.getState();
      const current = design.bonds[bondIndex];
      if (!current) return;
      const options = refusedOptions(current.options, mode);
      setMode(current.name, mode);
      for (const name of OPTION_NAMES) {
        const pointer = optionPointer(bondIndex, name);
        if (!isOptionAccepted(name, mode) && drafts[pointer] !== undefined)
          setDraft(pointer, undefined);
      }
      setDropped({ bondIndex, mode, options });
    },
    [store, bondIndex],
  );
  if (!bond) return null;
  return (
    <section className="bond-panel" aria-labelledby={fieldId(bondPointer(bondIndex))}>
      <h2 id={fieldId(bondPointer(bondIndex))} tabIndex={-1}>
        {t('panel.bond.heading', { name: bond.name })}
      </h2>
      <p className="field-help">
        {bond.slaves.length > 0
          ? t('panel.bond.slaves', { slaves: bond.slaves.join(', ') })
          : t('panel.bond.noSlaves')}
      </p>
      <BondNameField bondName={bond.name} bondIndex={bondIndex} />
      <ModeSection
        bondIndex={bondIndex}
        mode={bond.mode}
        dropped={dropped?.bondIndex === bondIndex ? dropped : null}
        onChange={changeMode}
      />
      <OptionsSection bond={bond} bondIndex={bondIndex} />
      <AddressingSection bond={bond} bondIndex={bondIndex} />
    </section>
  );
}
