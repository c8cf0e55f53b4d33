/**
 * The export dialog's bundle and zip, prepared off the main thread for the current design,
 * targets and language. A result counts only while it was made from exactly these three, so
 * the zip offered is never one of an older design; a change while preparing cancels the job.
 */
import { startTransition, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleResult } from '../../export/bundle';
import { exportVerdict } from '../../export/export-verdict';
import { runExport } from '../../lib/export-client';
import type { ExportOutcome, ExportRequest } from '../../lib/export-client-job';
import type { Finding } from '../../model/types';
import { useAppStore } from '../../store/app-store-context';
import { selectFindings } from '../../store/selectors';
import { appLanguage } from '../../i18n/language';

/** What the dialog shows and offers. */
export interface PreparedExport {
  /** The latest bundle; while `preparing`, the one before the current change. */
  bundle: BundleResult | undefined;
  /** The zip of the current design, targets and language, only when it may be downloaded. */
  zip: Uint8Array | undefined;
  findings: Finding[];
  preparing: boolean;
  /** The message of an unexpected failure of the current job. */
  failure: string | undefined;
  targets: string[];
}

interface Settled {
  request: ExportRequest;
  outcome?: ExportOutcome;
  failure?: string;
}

/** Prepares the export whenever design, targets or language change; see the file comment. */
export function usePreparedExport(): PreparedExport {
  const design = useAppStore((state) => state.design);
  const targets = useAppStore((state) => state.exportTargets);
  const appFindings = useAppStore(selectFindings);
  const { i18n } = useTranslation();
  const language = appLanguage(i18n.language);
  const [settled, setSettled] = useState<Settled>();
  useEffect(() => {
    const request: ExportRequest = { design, targets, language };
    const controller = new AbortController();
    // A transition: React renders the new preview in slices between frames.
    const settle = (next: Settled) => startTransition(() => setSettled(next));
    runExport(request, controller.signal).then(
      (outcome) => settle({ request, outcome }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        settle({ request, failure: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [design, targets, language]);
  // Identity, not equality: the store replaces the design on every change.
  const current =
    settled?.request.design === design &&
    settled.request.targets === targets &&
    settled.request.language === language;
  const bundle = settled?.outcome?.bundle;
  const { findings, allowed } = useMemo(
    () => exportVerdict(appFindings, bundle?.findings ?? [], targets),
    [appFindings, bundle, targets],
  );
  const downloadable = current && allowed;
  return {
    bundle,
    zip: downloadable ? settled.outcome?.zip : undefined,
    findings,
    preparing: !current,
    failure: current ? settled.failure : undefined,
    targets,
  };
}
