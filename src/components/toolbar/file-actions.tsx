/**
 * New, Open… and Save: each asks before it replaces work, and Open refuses files that are not
 * designs with a clear message while keeping the current design.
 */
import { lazy, Suspense, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findingMessage } from '../../i18n/instance';
import type { Design, Finding } from '../../model/types';
import { useAppStoreApi } from '../../store/app-store-context';
import { ConfirmDialog } from '../shell/confirm-dialog';

// The import dialog, its parsers' client and its strings load on the first click, not with the page.
const ImportDialog = lazy(() =>
  import('../import-dialog/import-dialog').then((module) => ({ default: module.ImportDialog })),
);

// Reading and writing design files needs the model's parser and its schema library: on first use.
const loadDesignFile = () => import('../../lib/design-file');

interface PendingOpen {
  file: string;
  design: Design;
  findings: Finding[];
}

/** The three file buttons and their confirm dialogs. */
export function FileActions() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const input = useRef<HTMLInputElement>(null);
  const [confirmNew, setConfirmNew] = useState(false);
  const [pending, setPending] = useState<PendingOpen | null>(null);
  const [importing, setImporting] = useState(false);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      store.getState().showNotice({ key: 'ui.open.unreadable', params: { file: file.name } });
      return;
    }
    const { openDesignText } = await loadDesignFile();
    const outcome = openDesignText(file.name, text);
    if (outcome.kind === 'refused') store.getState().showNotice(outcome);
    else setPending({ file: file.name, design: outcome.design, findings: outcome.findings });
  };

  const confirmOpen = () => {
    if (!pending) return;
    store.getState().replaceDesign(pending.design);
    const messages = pending.findings.map((finding) => findingMessage(t, finding)).join(' ');
    store
      .getState()
      .showNotice(
        pending.findings.length > 0
          ? { key: 'ui.open.openedWithFindings', params: { file: pending.file, messages } }
          : { key: 'ui.open.opened', params: { file: pending.file } },
      );
    setPending(null);
  };

  const save = async () => {
    const { saveDesignFile } = await loadDesignFile();
    const file = saveDesignFile(store.getState().design);
    store.getState().showNotice({ key: 'ui.notice.saved', params: { file } });
  };

  return (
    <>
      <button type="button" onClick={() => setConfirmNew(true)}>
        {t('ui.toolbar.newDesign')}
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        {t('ui.toolbar.open')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('ui.open.label')}
        onChange={(event) => void onFile(event)}
      />
      <button type="button" onClick={() => setImporting(true)}>
        {t('ui.toolbar.import')}
      </button>
      {importing && (
        <Suspense fallback={null}>
          <ImportDialog onClose={() => setImporting(false)} />
        </Suspense>
      )}
      <button type="button" onClick={() => void save()}>
        {t('ui.toolbar.save')}
      </button>
      <ConfirmDialog
        open={confirmNew}
        title={t('ui.newDesign.title')}
        body={t('ui.newDesign.body')}
        confirmLabel={t('ui.newDesign.confirm')}
        onConfirm={() => {
          store.getState().newDesign();
          setConfirmNew(false);
        }}
        onCancel={() => setConfirmNew(false)}
      />
      <ConfirmDialog
        open={pending !== null}
        title={t('ui.open.confirmTitle')}
        body={
          pending && pending.findings.length > 0
            ? t('ui.open.confirmBodyFindings', {
                file: pending.file,
                count: pending.findings.length,
              })
            : t('ui.open.confirmBody', { file: pending?.file ?? '' })
        }
        confirmLabel={t('ui.open.confirm')}
        onConfirm={confirmOpen}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
