/**
 * The content of the open export dialog. The bundle is built from the store on every change, so
 * the preview, the listed errors and the download always match the design as it is now.
 */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { zipFiles } from '../../export/archive';
import { ZIP_MIME_TYPE, bundleFileName, downloadBytes } from '../../lib/download';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { ensureRunbookCatalogue } from '../runbook/runbook-catalogue';
import { TopologyActions } from '../topology/topology-actions';
import { ExportReasons } from './export-reasons';
import { FilePreview } from './file-preview';
import { TargetChoice } from './target-choice';
import { useExportBundle } from './use-export-bundle';

interface ExportBodyProps {
  dialog: RefObject<HTMLDialogElement | null>;
  onClose: () => void;
  /** Opens the printable runbook in place of the dialog. */
  onRunbook: () => void;
}

/** Targets, blocking errors, the download button, warnings, picture and runbook, preview. */
export function ExportBody({ dialog, onClose, onRunbook }: ExportBodyProps) {
  const { t, i18n } = useTranslation();
  ensureRunbookCatalogue(i18n);
  const store = useAppStoreApi();
  const host = useAppStore((state) => state.design.host?.name);
  const { bundle, findings, canDownload, targets } = useExportBundle();
  /* Close the native dialog first: it hands focus back to its opener, which must not win. */
  const jump = (pointer: string) => {
    dialog.current?.close();
    onClose();
    store.getState().requestFocus(pointer);
  };
  const download = () => {
    if (!bundle.ok) return;
    downloadBytes(zipFiles(bundle.files), bundleFileName(host), ZIP_MIME_TYPE);
  };
  return (
    <div className="export-body">
      <TargetChoice />
      {targets.length === 0 && <p role="alert">{t('export.dialog.noTarget')}</p>}
      <ExportReasons findings={findings} severity="error" onJump={jump} />
      <button type="button" className="primary" disabled={!canDownload} onClick={download}>
        {t('export.dialog.download')}
      </button>
      <ExportReasons findings={findings} severity="warning" onJump={jump} />
      <TopologyActions canPrint={canDownload} onRunbook={onRunbook} />
      {bundle.ok && targets.length > 0 && <FilePreview files={bundle.files} />}
    </div>
  );
}
