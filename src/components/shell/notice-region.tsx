/**
 * The polite live region: announces the store's notice (options dropped by a mode change, a file
 * opened, a saved state that could not be restored) and lets the user dismiss it.
 */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store-context';

/** Always rendered, so screen readers register the region before anything is announced. */
export function NoticeRegion() {
  const { t } = useTranslation();
  const notice = useAppStore((state) => state.notice);
  const dismissNotice = useAppStore((state) => state.dismissNotice);
  return (
    <div
      className="notice-region"
      role="status"
      aria-live="polite"
      aria-label={t('ui.notice.label')}
    >
      {notice && (
        <div className="notice">
          <p>{t(notice.key, notice.params)}</p>
          <button type="button" className="notice-dismiss" onClick={dismissNotice}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">{t('ui.notice.dismiss')}</span>
          </button>
        </div>
      )}
    </div>
  );
}
