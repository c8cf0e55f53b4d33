/**
 * The import dialog: paste, choose or drop input; it is read in a worker ("Reading…", with
 * Cancel); a preview shows what was found and every note; only "Open on canvas" (after asking,
 * when there is work to lose) or "Merge into current design" changes the design.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Upload } from '../../import/archive';
import { mergeDesign, type Renamed } from '../../import/merge';
import type { ImportFormat } from '../../import/types';
import type { ImportOutcome } from '../../import/upload-import';
import { runImport } from '../../lib/import-client';
import { isUntouchedDesign } from '../../model/untouched';
import type { Design } from '../../model/types';
import { useAppStoreApi } from '../../store/app-store-context';
import { DEFAULT_LAYOUT } from '../../store/selectors';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { ModalDialog } from '../shell/modal-dialog';
import { ensureImportCatalogue } from './import-catalogue';
import { ImportInput } from './import-input';
import { ImportNotes } from './import-notes';
import { ImportPreview } from './import-preview';
import { readPicked, type Picked } from './read-uploads';
import './import-dialog.css';

type Message = { key: string; params?: Record<string, string | number> };

type Phase =
  | { kind: 'input'; message?: Message }
  | { kind: 'reading'; controller: AbortController }
  | { kind: 'done'; outcome: ImportOutcome };

function renamesText(renamed: readonly Renamed[], format: (r: Renamed) => string): string {
  return renamed.map(format).join(', ');
}

interface ImportDialogProps {
  onClose: () => void;
}

/** The import dialog; mounted while open. */
export function ImportDialog({ onClose }: ImportDialogProps) {
  const { t, i18n } = useTranslation();
  ensureImportCatalogue(i18n);
  const store = useAppStoreApi();
  const [format, setFormat] = useState<ImportFormat | undefined>(undefined);
  const [phase, setPhase] = useState<Phase>({ kind: 'input' });
  const [confirming, setConfirming] = useState(false);
  const reading = useRef<AbortController | null>(null);

  const run = async (uploads: Promise<Upload[]>, controller: AbortController) => {
    try {
      const outcome = await runImport(await uploads, {
        signal: controller.signal,
        ...(format ? { from: format } : {}),
      });
      if (!controller.signal.aborted) setPhase({ kind: 'done', outcome });
    } catch (error) {
      if (controller.signal.aborted) return;
      const detail = error instanceof Error ? error.message : String(error);
      setPhase({ kind: 'input', message: { key: 'import.dialog.failed', params: { detail } } });
    }
  };

  const start = (uploads: () => Promise<Upload[]>) => {
    const controller = new AbortController();
    reading.current = controller;
    setPhase({ kind: 'reading', controller });
    void run(uploads(), controller);
  };

  const onPicked = (picked: Promise<Picked>) => {
    start(async () => {
      const result = await picked;
      if (!result.ok) {
        const key = result.refusal.kind === 'tooMany' ? 'tooMany' : 'tooLarge';
        throw new Error(t(`import.dialog.${key}`, { max: result.refusal.max }));
      }
      return readPicked(result.files);
    });
  };

  const onPaste = (text: string) => {
    const name = t('import.dialog.pastedName');
    start(() => Promise.resolve([{ name, bytes: new TextEncoder().encode(text) }]));
  };

  const cancel = () => {
    reading.current?.abort();
    setPhase({ kind: 'input', message: { key: 'import.dialog.cancelled' } });
  };

  const close = () => {
    reading.current?.abort();
    onClose();
  };

  const openOnCanvas = (design: Design) => {
    store.getState().replaceDesign(design);
    store.getState().showNotice({
      key: 'import.dialog.opened',
      params: { bonds: design.bonds.length, nics: design.nics.length },
    });
    onClose();
  };

  const merge = (imported: Design) => {
    const merged = mergeDesign(store.getState().design, imported, DEFAULT_LAYOUT);
    // The merge only appends, so the current design's drafts keep their JSON Pointers.
    store.getState().replaceDesign(merged.design, store.getState().drafts);
    const params = { bonds: imported.bonds.length, nics: imported.nics.length };
    store.getState().showNotice(
      merged.renamed.length > 0
        ? {
            key: 'import.dialog.mergedRenamed',
            params: {
              ...params,
              renames: renamesText(merged.renamed, (r) => t('import.dialog.renamed', { ...r })),
            },
          }
        : { key: 'import.dialog.merged', params },
    );
    onClose();
  };

  const outcome = phase.kind === 'done' ? phase.outcome : undefined;
  return (
    <ModalDialog open title={t('import.dialog.title')} onClose={close} className="import-dialog">
      {phase.kind === 'input' && (
        <>
          {phase.message && <p role="alert">{t(phase.message.key, phase.message.params)}</p>}
          <ImportInput format={format} onFormat={setFormat} onPaste={onPaste} onPicked={onPicked} />
        </>
      )}
      {phase.kind === 'reading' && (
        <div className="import-reading">
          <p role="status">{t('import.dialog.reading')}</p>
          <button type="button" onClick={cancel}>
            {t('import.dialog.cancel')}
          </button>
        </div>
      )}
      {outcome && (
        <div className="import-result">
          {outcome.ready ? (
            <ImportPreview
              design={outcome.design}
              format={outcome.format}
              findings={outcome.findings}
            />
          ) : (
            <p role="alert">{t('import.dialog.refused')}</p>
          )}
          <ImportNotes notes={outcome.notes} />
          <div className="modal-actions">
            <button type="button" onClick={() => setPhase({ kind: 'input' })}>
              {t('import.dialog.startOver')}
            </button>
            {outcome.ready && (
              <>
                <button type="button" onClick={() => merge(outcome.design)}>
                  {t('import.dialog.merge')}
                </button>
                <button
                  type="button"
                  className="primary"
                  onClick={() =>
                    isUntouchedDesign(store.getState().design, store.getState().drafts)
                      ? openOnCanvas(outcome.design)
                      : setConfirming(true)
                  }
                >
                  {t('import.dialog.open')}
                </button>
              </>
            )}
          </div>
          {outcome.ready && (
            <ConfirmDialog
              open={confirming}
              title={t('import.dialog.confirmTitle')}
              body={t('import.dialog.confirmBody')}
              confirmLabel={t('import.dialog.confirm')}
              onConfirm={() => {
                setConfirming(false);
                openOnCanvas(outcome.design);
              }}
              onCancel={() => setConfirming(false)}
            />
          )}
        </div>
      )}
      <div className="modal-actions">
        <button type="button" onClick={close}>
          {t('import.dialog.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
