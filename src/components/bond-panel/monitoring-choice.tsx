/**
 * Link monitoring as a choice between MII and ARP. Choosing one clears the other's options and
 * sets its interval, because the kernel runs one monitor at a time; modes that refuse ARP
 * (802.3ad, tlb, alb) only say so.
 */
import { useTranslation } from 'react-i18next';
import type { BondMode } from '../../model/types';
import { fieldId } from '../ui/field-id';
import { canUseArp, type LinkMonitor } from './link-monitoring';

interface MonitoringChoiceProps {
  bondIndex: number;
  mode: BondMode;
  monitor: LinkMonitor;
  onChange: (monitor: LinkMonitor) => void;
}

const MONITORS: readonly LinkMonitor[] = ['mii', 'arp'];

/** The MII/ARP radio pair, or a note when the mode allows MII only. */
export function MonitoringChoice({ bondIndex, mode, monitor, onChange }: MonitoringChoiceProps) {
  const { t } = useTranslation();
  const name = `${fieldId(`/bonds/${bondIndex}/options`)}-monitor`;
  if (!canUseArp(mode)) return <p className="field-help">{t('panel.monitoring.arpRefused')}</p>;
  return (
    <div role="radiogroup" aria-label={t('panel.monitoring.legend')} className="monitor-choice">
      {MONITORS.map((choice) => (
        <label key={choice} className="inline-choice">
          <input
            type="radio"
            name={name}
            value={choice}
            checked={choice === monitor}
            onChange={() => onChange(choice)}
          />
          {t(`panel.monitoring.${choice}`)}
        </label>
      ))}
      <p className="field-help">{t('panel.monitoring.exclusive')}</p>
    </div>
  );
}
