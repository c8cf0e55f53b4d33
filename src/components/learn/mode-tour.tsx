/**
 * The guided tour: one mode at a time, in kernel number order, with what it does on transmit and
 * receive, what it survives and what the switch and NICs need (the `modes.*` explanations).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOND_MODE_INFO, modeKey } from '../../model/bond-modes';
import { BOND_MODES } from '../../model/types';

const ASPECTS = ['transmit', 'receive', 'survives', 'switch', 'nic', 'choose'] as const;

/** Steps through the seven modes with previous / next buttons. */
export function ModeTour() {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const mode = BOND_MODES[index] ?? BOND_MODES[0];
  const key = modeKey(mode);
  return (
    <section className="learn-card" aria-labelledby="learn-tour-heading">
      <h2 id="learn-tour-heading">{t('learn.tour.heading')}</h2>
      <p className="learn-step" role="status">
        {t('learn.tour.step', {
          number: BOND_MODE_INFO[mode].number,
          index: index + 1,
          total: BOND_MODES.length,
        })}
      </p>
      <h3>{t(`modes.${key}.title`)}</h3>
      <p>{t(`modes.${key}.summary`)}</p>
      <dl className="learn-aspects">
        {ASPECTS.map((aspect) => (
          <div key={aspect}>
            <dt>{t(`learn.tour.${aspect}`)}</dt>
            <dd>{t(`modes.${key}.${aspect}`)}</dd>
          </div>
        ))}
      </dl>
      <div className="learn-nav">
        <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          {t('learn.tour.previous')}
        </button>
        <button
          type="button"
          disabled={index === BOND_MODES.length - 1}
          onClick={() => setIndex(index + 1)}
        >
          {t('learn.tour.next')}
        </button>
      </div>
    </section>
  );
}
