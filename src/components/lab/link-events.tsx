/**
 * The link-monitor story of the session: each cable the user cut or restored, with the detection
 * and failover delays the options give, and the monitor's events with their simulated times.
 */
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../sim/types';
import type { LinkChange } from './use-lab-session';

interface Row {
  atMs: number;
  key: string;
  text: string;
}

/** Cable changes and monitor events, merged in time order. */
export function LinkEvents({
  changes,
  events,
}: {
  changes: LinkChange[];
  events: TimelineEvent[];
}) {
  const { t } = useTranslation();
  const last = changes[changes.length - 1];
  const rows: Row[] = [
    ...changes.map((change, index) => ({
      atMs: change.atMs,
      key: `change-${index}`,
      text: t(change.up ? 'lab.events.restored' : 'lab.events.cut', { slave: change.slave }),
    })),
    ...events.map((event, index) => ({
      atMs: event.atMs,
      key: `event-${index}`,
      text: t(`lab.events.kinds.${event.kind}`, {
        slave: event.slave ?? t('lab.events.noActive'),
      }),
    })),
  ].sort((a, b) => a.atMs - b.atMs);
  return (
    <section className="lab-card" aria-labelledby="lab-events-heading">
      <h2 id="lab-events-heading">{t('lab.events.heading')}</h2>
      <div role="status" aria-live="polite">
        {last &&
          (last.timeline.detectionMs === null ? (
            <p>{t('lab.events.unmonitored')}</p>
          ) : (
            <p>
              {t('lab.events.summary', {
                detection: last.timeline.detectionMs,
                failover: last.timeline.failoverMs ?? last.timeline.detectionMs,
              })}
            </p>
          ))}
      </div>
      {rows.length === 0 ? (
        <p>{t('lab.events.none')}</p>
      ) : (
        <ol className="lab-events" aria-label={t('lab.events.heading')}>
          {rows.map((row) => (
            <li key={row.key}>
              <span className="lab-event-time">{t('lab.events.time', { ms: row.atMs })}</span>{' '}
              {row.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
