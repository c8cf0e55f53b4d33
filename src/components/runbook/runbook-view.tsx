/**
 * The printable runbook: design summary, topology picture and, per chosen target, the steps and
 * files of the bundle. Shown in a full-window modal; when printed, runbook.css hides the app and
 * prints only this, black on white.
 */
import { useTranslation } from 'react-i18next';
import { renderTopologySvg } from '../../export/topology-svg';
import { useAppStore } from '../../store/app-store-context';
import { useExportBundle } from '../export-dialog/use-export-bundle';
import { ModalDialog } from '../shell/modal-dialog';
import { svgDataUrl } from '../topology/topology-image';
import { ensureRunbookCatalogue } from './runbook-catalogue';
import { RunbookSummary } from './runbook-summary';
import { RunbookTarget } from './runbook-target';
import './runbook.css';
import { appLanguage } from '../../i18n/language';

/** The runbook of the current design and chosen targets; `onClose` returns to the app. */
export function RunbookView({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  ensureRunbookCatalogue(i18n);
  const design = useAppStore((state) => state.design);
  const { bundle, canDownload, targets } = useExportBundle();
  const host = design.host?.name || t('runbook.unnamedHost');
  const language = appLanguage(i18n.language);
  return (
    <ModalDialog open title={t('runbook.title', { host })} onClose={onClose} className="runbook">
      <div className="runbook-actions">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('runbook.print')}
        </button>
        <button type="button" onClick={onClose}>
          {t('runbook.close')}
        </button>
      </div>
      <p>{t('runbook.intro')}</p>
      {canDownload && bundle.ok ? (
        <>
          <RunbookSummary design={design} host={host} />
          <section className="runbook-section" aria-labelledby="runbook-picture-heading">
            <h3 id="runbook-picture-heading">{t('runbook.picture.heading')}</h3>
            <img
              className="runbook-picture"
              src={svgDataUrl(renderTopologySvg(design, { language }))}
              alt={t('runbook.picture.alt', { host })}
            />
          </section>
          {targets.map((id) => (
            <RunbookTarget
              key={id}
              id={id}
              files={bundle.files.filter((file) => file.path.startsWith(`${id}/`))}
            />
          ))}
        </>
      ) : (
        <p role="alert">{t('runbook.blocked')}</p>
      )}
    </ModalDialog>
  );
}
