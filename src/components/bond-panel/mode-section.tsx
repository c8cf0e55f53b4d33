/**
 * The bonding mode as a radio group of the seven kernel modes ("balance-rr (0)" …), each with its
 * one-line summary, the chosen mode's full explanation, and what a mode change removed.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { BOND_MODE_INFO, modeKey } from '../../model/bond-modes';
import { BOND_MODES, type BondMode, type OptionName } from '../../model/types';
import { fieldId } from '../ui/field-id';
import { ModeCompare } from './mode-compare';
import { ModeExplanation } from './mode-explanation';

interface ModeSectionProps {
  bondIndex: number;
  mode: BondMode;
  /** Options the last mode change removed, shown until the panel changes bond. */
  dropped: { mode: BondMode; options: readonly OptionName[] } | null;
  onChange: (mode: BondMode) => void;
}

/** Mode choice with explanations. */
export const ModeSection = memo(function ModeSection({
  bondIndex,
  mode,
  dropped,
  onChange,
}: ModeSectionProps) {
  const { t } = useTranslation();
  const pointer = `/bonds/${bondIndex}/mode`;
  return (
    <fieldset className="mode-section">
      <legend>{t('panel.mode.legend')}</legend>
      {BOND_MODES.map((choice, index) => {
        const id =
          index === BOND_MODES.indexOf(mode) ? fieldId(pointer) : `${fieldId(pointer)}-${index}`;
        const summaryId = `${fieldId(pointer)}-summary-${index}`;
        return (
          <div key={choice} className="choice">
            <input
              type="radio"
              id={id}
              name={fieldId(pointer)}
              value={choice}
              checked={choice === mode}
              aria-describedby={summaryId}
              onChange={() => onChange(choice)}
            />
            <label htmlFor={id}>
              {t('panel.mode.choice', { mode: choice, number: BOND_MODE_INFO[choice].number })}
            </label>
            <p id={summaryId} className="choice-summary">
              {t(`modes.${modeKey(choice)}.summary`)}
            </p>
          </div>
        );
      })}
      {dropped && dropped.options.length > 0 && (
        <p className="panel-note">
          {t('panel.mode.dropped', { mode: dropped.mode, options: dropped.options.join(', ') })}
        </p>
      )}
      <ModeExplanation mode={mode} />
      <ModeCompare />
    </fieldset>
  );
});
