/**
 * The reason of one decision in words and numbers: the hash with its inputs and steps, the
 * round-robin counter, the active slave and why, the TLB bucket and gaps, or why it dropped.
 */
import { useTranslation } from 'react-i18next';
import type { Reason } from '../../sim/types';
import { HashTable } from './hash-table';

function Skipped({ slaves }: { slaves: string[] }) {
  const { t } = useTranslation();
  if (slaves.length === 0) return null;
  return <p>{t('lab.why.skipped', { slaves: slaves.join(', ') })}</p>;
}

/** Renders `reason`; every number comes from the simulator's decision. */
export function ReasonDetail({ reason }: { reason: Reason }) {
  const { t } = useTranslation();
  switch (reason.kind) {
    case 'hash':
      return (
        <>
          <p>{t('lab.why.hash.policy', { policy: reason.policy })}</p>
          <HashTable inputs={reason.inputs} steps={reason.steps} />
          <p>
            <code>
              {t('lab.why.hash.result', { hash: reason.hash, hex: reason.hash.toString(16) })}
            </code>
          </p>
          <p>
            <code>
              {t(`lab.why.hash.${reason.pool}`, { count: reason.count, index: reason.index })}
            </code>
          </p>
          <Skipped slaves={reason.skipped} />
        </>
      );
    case 'round-robin':
      return (
        <>
          <p>{t('lab.why.roundRobin', { ...reason })}</p>
          <Skipped slaves={reason.skipped} />
        </>
      );
    case 'igmp':
      return (
        <>
          <p>{t('lab.why.igmp', { via: t(`lab.why.igmpVia.${reason.via}`) })}</p>
          <Skipped slaves={reason.skipped} />
        </>
      );
    case 'active':
      return (
        <p>
          {t('lab.why.active', {
            active: reason.active,
            cause: t(`lab.why.causes.${reason.cause}`),
          })}
        </p>
      );
    case 'broadcast':
      return (
        <>
          <p>{t('lab.why.broadcast')}</p>
          <Skipped slaves={reason.skipped} />
        </>
      );
    case 'tlb':
      return (
        <>
          <p>{t(`lab.why.tlb.source.${reason.source}`)}</p>
          <HashTable inputs={reason.inputs} steps={reason.steps} />
          <p>
            <code>{t('lab.why.tlb.bucket', { ...reason })}</code>
          </p>
          <p>
            {reason.fresh
              ? t('lab.why.tlb.fresh')
              : t('lab.why.tlb.held', { assigned: reason.assigned })}
          </p>
          {reason.fresh && (
            <ul>
              {reason.gaps.map((gap) => (
                <li key={gap.slave}>
                  <code>{t('lab.why.tlb.gap', { ...gap })}</code>
                </li>
              ))}
            </ul>
          )}
        </>
      );
    case 'rlb':
      return <p>{t('lab.why.rlb', { assigned: reason.assigned })}</p>;
    case 'dropped':
      return <p>{t(`lab.why.dropped.${reason.why}`)}</p>;
  }
}
