/**
 * The saved-state banner: stays on screen while browser storage holds something the user must
 * know about or decide (a damaged or newer saved design, a full storage, another tab's changes),
 * with the way out as buttons. Loaded, with its strings, only when there is such a problem.
 */
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveDesignFile } from '../../lib/design-file';
import { downloadBytes } from '../../lib/download';
import { SAVED_STATE_VERSION } from '../../model/saved-state';
import type { AppStore } from '../../store/create-app-store';
import type { StateGuard, StateProblem } from '../../store/persistence';
import { ConfirmDialog } from './confirm-dialog';
import { ensureStateCatalogue } from './state-banner-catalogue';
import './state-banner.css';

/* Raw stored text is offered as it is: it may not even be JSON, so it is never parsed here. */
function downloadText(text: string, fileName: string): void {
  downloadBytes(new TextEncoder().encode(text), fileName, 'text/plain');
}

interface ProblemProps {
  problem: StateProblem;
  guard: StateGuard;
  store: AppStore;
}

function DownloadDesign({ store }: { store: AppStore }) {
  const { t } = useTranslation();
  return (
    <button type="button" onClick={() => saveDesignFile(store.getState().design)}>
      {t('state.downloadDesign')}
    </button>
  );
}

function NewerActions({ problem, guard, store }: ProblemProps & { problem: { kind: 'newer' } }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const replace = () => {
    setConfirming(false);
    if (!guard.replaceNewer()) store.getState().showNotice({ key: 'state.replaceNoRoom' });
  };
  return (
    <>
      <button
        type="button"
        onClick={() => downloadText(problem.text, `bondsmith-state-v${problem.version}.json`)}
      >
        {t('state.downloadNewer')}
      </button>
      {problem.separate ? (
        <>
          <DownloadDesign store={store} />
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('state.replaceNewer')}
          </button>
        </>
      ) : (
        <button type="button" onClick={guard.startSeparate}>
          {t('state.startSeparate')}
        </button>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('state.replaceTitle')}
        body={t('state.replaceBody')}
        confirmLabel={t('state.replaceConfirm')}
        onConfirm={replace}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}

function message(t: TFunction, problem: StateProblem): string {
  switch (problem.kind) {
    case 'corrupt':
      return problem.copiedTo
        ? t('state.corrupt', { key: problem.copiedTo })
        : t('state.corruptNotCopied');
    case 'newer':
      return problem.separate
        ? t('state.newerSeparate')
        : t('state.newer', { version: problem.version, supported: SAVED_STATE_VERSION });
    case 'unsaved':
      return t(problem.full ? 'state.full' : 'state.failed');
    case 'conflict':
      return t('state.conflict');
  }
}

function Actions({ problem, guard, store }: ProblemProps) {
  const { t } = useTranslation();
  switch (problem.kind) {
    case 'corrupt':
      return (
        <>
          <button
            type="button"
            onClick={() => downloadText(problem.text, 'bondsmith-damaged-state.txt')}
          >
            {t('state.downloadDamaged')}
          </button>
          {problem.copiedTo && (
            <button type="button" onClick={guard.dismissCorrupt}>
              {t('state.dismiss')}
            </button>
          )}
        </>
      );
    case 'newer':
      return <NewerActions problem={problem} guard={guard} store={store} />;
    case 'unsaved':
      return <DownloadDesign store={store} />;
    case 'conflict':
      return (
        <>
          <button type="button" onClick={guard.loadTheirs}>
            {t('state.loadTheirs')}
          </button>
          <button type="button" onClick={guard.keepMine}>
            {t('state.keepMine')}
          </button>
        </>
      );
  }
}

/** One row per problem; a dismissable report is a status, anything that needs a choice an alert. */
export function StateBanner({
  problems,
  guard,
  store,
}: {
  problems: readonly StateProblem[];
  guard: StateGuard;
  store: AppStore;
}) {
  const { t, i18n: instance } = useTranslation();
  ensureStateCatalogue(instance);
  return (
    <section className="state-banner" aria-label={t('state.label')}>
      {problems.map((problem) => (
        <div
          key={problem.kind}
          className="state-problem"
          role={problem.kind === 'corrupt' && problem.copiedTo ? 'status' : 'alert'}
        >
          <p>{message(t, problem)}</p>
          <div className="state-actions">
            <Actions problem={problem} guard={guard} store={store} />
          </div>
        </div>
      ))}
    </section>
  );
}
