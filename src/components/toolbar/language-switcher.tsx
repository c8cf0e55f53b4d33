/**
 * The language choice in the toolbar: a labelled select that loads the chosen language's texts,
 * re-renders the whole app in it (react-i18next), remembers it for the next visit and keeps
 * <html lang> in step so screen readers and fonts follow.
 */
import { useContext, useEffect, useId, type ChangeEvent } from 'react';
import { I18nContext, useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/instance';
import { appLanguage, isLanguage, storeLanguage } from '../../i18n/language';
import { ensureLanguage } from '../../i18n/load-language';
import { useAppStoreApi } from '../../store/app-store-context';

const browserStorage = () => window.localStorage;

/** The "Language / 语言" select; English until the instance says otherwise. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  // useTranslation hands out a per-render copy of the instance; the language must change on the
  // shared instance itself so that every component sees it.
  const { i18n: instance } = useContext(I18nContext);
  const store = useAppStoreApi();
  const id = useId();
  const current = appLanguage(i18n.language);

  useEffect(() => {
    document.documentElement.lang = current;
  }, [current]);

  const choose = (event: ChangeEvent<HTMLSelectElement>) => {
    const chosen = event.target.value;
    if (!isLanguage(chosen)) return;
    ensureLanguage(instance, chosen).then(
      () => storeLanguage(browserStorage, chosen),
      () =>
        store.getState().showNotice({
          key: 'ui.language.failed',
          params: { language: t(`ui.language.${chosen}`) },
        }),
    );
  };

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('ui.language.label')}</label>{' '}
      <select id={id} value={current} onChange={choose}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`ui.language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
