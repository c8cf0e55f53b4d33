/**
 * The full explanation of one bonding mode: how it transmits and receives, what it survives,
 * what the switch and the NICs need, and when to choose it.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { modeKey } from '../../model/bond-modes';
import type { BondMode } from '../../model/types';
import { MODE_ASPECTS } from './mode-aspects';

/** Explanation of `mode` as a description list. */
export const ModeExplanation = memo(function ModeExplanation({ mode }: { mode: BondMode }) {
  const { t } = useTranslation();
  const key = modeKey(mode);
  return (
    <section className="mode-explanation" aria-label={t('panel.mode.explanation', { mode })}>
      <h4>{t(`modes.${key}.title`)}</h4>
      <dl>
        {MODE_ASPECTS.filter((aspect) => aspect !== 'summary').map((aspect) => (
          <div key={aspect}>
            <dt>{t(`panel.mode.aspects.${aspect}`)}</dt>
            <dd>{t(`modes.${key}.${aspect}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
});
