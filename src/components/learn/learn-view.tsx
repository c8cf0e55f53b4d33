/**
 * The Learn view: the guided tour of the seven modes beside the quiz. Loaded lazily with its
 * catalogue.
 */
import { useTranslation } from 'react-i18next';
import { ensureLearnCatalogue } from './learn-catalogue';
import { ModeTour } from './mode-tour';
import { Quiz } from './quiz';
import './learn.css';

/** The whole Learn view. */
export function LearnView() {
  const { t, i18n } = useTranslation();
  ensureLearnCatalogue(i18n);
  return (
    <main className="learn-view" aria-labelledby="learn-heading">
      <h1 id="learn-heading">{t('learn.heading')}</h1>
      <p>{t('learn.intro')}</p>
      <div className="learn-columns">
        <ModeTour />
        <Quiz />
      </div>
    </main>
  );
}
