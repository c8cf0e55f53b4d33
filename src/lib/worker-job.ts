/**
 * One job in a fresh Web Worker, the way the import and export clients run theirs: the request
 * is posted, replies are read until one settles the job, and the worker ends then or when the
 * job is cancelled. A worker that cannot load (blocked, file://) reports an error before any
 * reply; the job then runs on the page instead.
 */

/** What one reply means: the job's result, its failure, or nothing yet (wait for more). */
export type ReplyOutcome<Result> = { result: Result } | { failure: string } | undefined;

/** How to run one job in `worker`. */
export interface WorkerJob<Reply, Result> {
  request: unknown;
  /** Reads each reply in turn. */
  onReply: (reply: Reply) => ReplyOutcome<Result>;
  /** The same job on the page, for a worker that fails to load. */
  onPage: () => Promise<Result>;
  signal?: AbortSignal;
  /** The AbortError to reject with when `signal` aborts. */
  aborted: () => DOMException;
}

/** Runs `job` in `worker` (see the file comment); the worker is always ended when it settles. */
export function runWorkerJob<Reply, Result>(
  worker: Worker,
  job: WorkerJob<Reply, Result>,
): Promise<Result> {
  const { signal } = job;
  return new Promise<Result>((resolve, reject) => {
    let settled = false;
    const finish = () => {
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      reject(job.aborted());
    };
    signal?.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const outcome = job.onReply(event.data);
      if (outcome === undefined) return;
      finish();
      if ('result' in outcome) resolve(outcome.result);
      else reject(new Error(outcome.failure));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (settled) return;
      finish();
      job.onPage().then(resolve, reject);
    };
    worker.postMessage(job.request);
  });
}
