/**
 * The content of the open export dialog. The bundle and its zip are prepared in a worker on
 * every change, so the page keeps its frames; Download stays disabled until the zip of the
 * design as it is now is ready, and then saves it at once within the click.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { addLaterEnglish } from '../../i18n/later-english';
import { ZIP_MIME_TYPE, bundleFileName, downloadBytes } from '../../lib/download';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { ensureRunbookCatalogue } from '../runbook/runbook-catalogue';
import { TopologyActions } from '../topology/topology-actions';
import { ExportReasons } from './export-reasons';
import { FilePreview } from './file-preview';
import { TargetChoice } from './target-choice';
import { usePreparedExport } from './use-prepared-export';

interface ExportBodyProps {
  dialog: RefObject<HTMLDialogElement | null>;
  onClose: () => void;
  /** Opens the printable runbook in place of the dialog. */
  onRunbook: () => void;
}

/** Targets, blocking errors, the download button, warnings, picture and runbook, preview. */
export function ExportBody({ dialog, onClose, onRunbook }: ExportBodyProps) {
  const { t, i18n } = useTranslation();
  addLaterEnglish(i18n);
  ensureRunbookCatalogue(i18n);
  const store = useAppStoreApi();
  const host = useAppStore((state) => state.design.host?.name);
  const { bundle, zip, findings, preparing, failure, targets } = usePreparedExport();
  const downloadButton = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  // A disabled button drops focus to the page; the status line holds it until the zip is ready.
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (!zip && active === downloadButton.current) status.current?.focus();
    if (zip && active === status.current) downloadButton.current?.focus();
  }, [zip]);
  /* Close the native dialog first: it hands focus back to its opener, which must not win. */
  const jump = (pointer: string) => {
    dialog.current?.close();
    onClose();
    store.getState().requestFocus(pointer);
  };
  const download = () => {
    if (zip) downloadBytes(zip, bundleFileName(host), ZIP_MIME_TYPE);
  };
  const message = preparing
    ? t('export.dialog.preparing')
    : failure === undefined
      ? ''
      : t('export.dialog.failed', { reason: failure });
  return (
    <div className="export-body">
      <TargetChoice />
      {targets.length === 0 && <p role="alert">{t('export.dialog.noTarget')}</p>}
      <ExportReasons findings={findings} severity="error" onJump={jump} />
      <button
        ref={downloadButton}
        type="button"
        className="primary"
        disabled={!zip}
        onClick={download}
      >
        {t('export.dialog.download')}
      </button>
      <p ref={status} role="status" className="field-help" tabIndex={-1}>
        {message}
      </p>
      <ExportReasons findings={findings} severity="warning" onJump={jump} />
      <TopologyActions canPrint={zip !== undefined} onRunbook={onRunbook} />
      {bundle?.ok && targets.length > 0 && <FilePreview files={bundle.files} />}
    </div>
  );
}
