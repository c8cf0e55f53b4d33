/**
 * "Why this slave": the last packet sent, the slaves it left by, and the simulator's reason with
 * its numbers. Announced politely so stepping with a screen reader tells the outcome.
 */
import { useTranslation } from 'react-i18next';
import type { SentPacket } from './use-lab-session';
import { packetSummary } from './packet-summary';
import { ReasonDetail } from './reason-detail';

/** The explanation of `last`, or a hint before the first packet. */
export function WhyThisSlave({ last }: { last: SentPacket | null }) {
  const { t } = useTranslation();
  const summary = last ? packetSummary(last.packet) : null;
  const proto = last?.packet.proto;
  const params =
    summary && typeof proto === 'number'
      ? { ...summary.params, proto: t('lab.why.protoNumber', { number: proto }) }
      : summary?.params;
  return (
    <section className="lab-card" aria-labelledby="lab-why-heading">
      <h2 id="lab-why-heading">{t('lab.why.heading')}</h2>
      <div role="status" aria-live="polite">
        {last && summary ? (
          <>
            <p>{t('lab.why.packet', { number: last.number, summary: t(summary.key, params) })}</p>
            <p className="lab-outcome">
              {last.decision.slaves.length > 0
                ? t('lab.why.sentOn', { slaves: last.decision.slaves.join(', ') })
                : t('lab.why.droppedOn')}
            </p>
          </>
        ) : (
          <p>{t('lab.why.none')}</p>
        )}
      </div>
      {last && <ReasonDetail reason={last.decision.reason} />}
    </section>
  );
}
