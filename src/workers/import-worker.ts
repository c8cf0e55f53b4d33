/**
 * The import's worker: unpacking archives and parsing configuration files run here, off the
 * main thread, so a large or hostile upload never freezes the page. One request, one reply.
 */
import { importUploads, type ImportOutcome, type ImportRequest } from '../import/upload-import';

/** A message to the worker: one import to run, with an id the reply echoes. */
export interface ImportWorkerRequest {
  id: number;
  request: ImportRequest;
}

/** The worker's reply: the outcome, or the text of an unexpected exception. */
export type ImportWorkerReply =
  { id: number; outcome: ImportOutcome } | { id: number; failure: string };

// The app's lib is the DOM one; inside a worker `self` is the worker scope, typed here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null;
  postMessage: (reply: ImportWorkerReply) => void;
};

scope.onmessage = (event) => {
  const { id, request } = event.data;
  try {
    scope.postMessage({ id, outcome: importUploads(request) });
  } catch (error) {
    scope.postMessage({ id, failure: error instanceof Error ? error.message : String(error) });
  }
};
