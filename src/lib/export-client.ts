/**
 * Prepares an export (bundle and zip) in a Web Worker and hands back its outcome, so the page
 * keeps every frame while a large host renders. Where no worker can start (the single-file
 * build opened from file://, Node test runners) the same job runs on the main thread instead.
 * The worker sends the files in parts before the outcome; they are put back together here.
 * Cancelling ends the worker, so a superseded export stops costing anything.
 */
import type { ExportFile } from '../export/types';
import type { ExportWorkerReply, ExportWorkerRequest } from '../workers/export-worker';
import type { ExportOutcome, ExportRequest } from './export-client-job';
import { runWorkerJob } from './worker-job';

function aborted(): DOMException {
  return new DOMException('The export was cancelled.', 'AbortError');
}

async function onMainThread(request: ExportRequest, signal?: AbortSignal): Promise<ExportOutcome> {
  const { prepareExport } = await import('./export-client-job');
  if (signal?.aborted) throw aborted();
  return prepareExport(request);
}

function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL('../workers/export-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

/**
 * Prepares `request` off the main thread (see the file comment for the fallback). Rejects with
 * an AbortError when `signal` aborts, and with an Error when the job throws.
 */
export function runExport(request: ExportRequest, signal?: AbortSignal): Promise<ExportOutcome> {
  if (signal?.aborted) return Promise.reject(aborted());
  const worker = startWorker();
  if (!worker) return onMainThread(request, signal);
  const parts: ExportFile[][] = [];
  const message: ExportWorkerRequest = { id: 1, request };
  return runWorkerJob<ExportWorkerReply, ExportOutcome>(worker, {
    request: message,
    onReply: (reply) => {
      if ('files' in reply) {
        parts.push(reply.files);
        return undefined;
      }
      if ('failure' in reply) return reply;
      const { bundle, zip } = reply.outcome;
      return {
        result: bundle.ok ? { bundle: { ...bundle, files: parts.flat() }, zip } : { bundle },
      };
    },
    onPage: () => onMainThread(request, signal),
    ...(signal ? { signal } : {}),
    aborted,
  });
}
