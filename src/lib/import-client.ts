/**
 * Runs an import in a Web Worker and hands back its outcome. Where no worker can start (the
 * single-file build opened from file://, old test runners) the same function runs on the main
 * thread instead, and a small pasted text is parsed directly. Cancelling ends the worker.
 */
import type { Upload } from '../import/archive';
import type { ImportFormat } from '../import/types';
import type { ImportOutcome } from '../import/upload-import';
import type { ImportWorkerReply, ImportWorkerRequest } from '../workers/import-worker';
import { runWorkerJob } from './worker-job';

/** A single plain text smaller than this is parsed on the main thread without a worker. */
export const DIRECT_LIMIT = 64 * 1024;

/** How to run an import: the format instead of detection, and a signal to cancel it. */
export interface ImportRunOptions {
  from?: ImportFormat;
  signal?: AbortSignal;
}

function aborted(): DOMException {
  return new DOMException('The import was cancelled.', 'AbortError');
}

// Compressed archives start with these bytes; only plain small text skips the worker.
function isSmallText(uploads: readonly Upload[]): boolean {
  const [only] = uploads;
  if (uploads.length !== 1 || !only || only.bytes.length >= DIRECT_LIMIT) return false;
  const [a, b] = only.bytes;
  return (
    !(a === 0x50 && b === 0x4b) && !(a === 0x1f && b === 0x8b) && !/\.t(ar|gz)$/i.test(only.name)
  );
}

async function onMainThread(uploads: Upload[], options: ImportRunOptions): Promise<ImportOutcome> {
  const { importUploads } = await import('../import/upload-import');
  if (options.signal?.aborted) throw aborted();
  return importUploads({ uploads, ...(options.from ? { from: options.from } : {}) });
}

function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL('../workers/import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

/**
 * Imports `uploads` off the main thread (see the file comment for the fallbacks). Rejects with
 * an AbortError when `options.signal` aborts; the current design is never touched here.
 */
export function runImport(
  uploads: Upload[],
  options: ImportRunOptions = {},
): Promise<ImportOutcome> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(aborted());
  const worker = isSmallText(uploads) ? undefined : startWorker();
  if (!worker) return onMainThread(uploads, options);
  const request: ImportWorkerRequest = {
    id: 1,
    request: { uploads, ...(options.from ? { from: options.from } : {}) },
  };
  return runWorkerJob<ImportWorkerReply, ImportOutcome>(worker, {
    request,
    onReply: (reply) => ('outcome' in reply ? { result: reply.outcome } : reply),
    onPage: () => onMainThread(uploads, options),
    ...(signal ? { signal } : {}),
    aborted,
  });
}
