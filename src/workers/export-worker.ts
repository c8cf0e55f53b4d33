/**
 * The export's worker: rendering every target and zipping the bundle run here, off the main
 * thread, so a large host never costs the page a frame. One request, several replies: the
 * bundle's files in parts (the page reads each message in one task, so a few megabytes of
 * text in one message would hold it for longer than a frame), then the outcome with the zip,
 * whose buffer is transferred, not copied.
 */
import type { ExportFile } from '../export/types';
import { prepareExport, type ExportOutcome, type ExportRequest } from '../lib/export-client-job';

/** A message to the worker: one export to prepare, with an id the replies echo. */
export interface ExportWorkerRequest {
  id: number;
  request: ExportRequest;
}

/**
 * A reply: the next files of the bundle, in order; then the outcome, whose bundle lists none of
 * its files (they came before it); or, instead of the outcome, an unexpected exception's text.
 */
export type ExportWorkerReply =
  | { id: number; files: ExportFile[] }
  | { id: number; outcome: ExportOutcome }
  | { id: number; failure: string };

/** Characters of file text per message, about a quarter of a megabyte. */
export const PART_CHARS = 256 * 1024;

// The app's lib is the DOM one; inside a worker `self` is the worker scope, typed here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ExportWorkerRequest>) => void) | null;
  postMessage: (reply: ExportWorkerReply, transfer: Transferable[]) => void;
};

function postFiles(id: number, files: readonly ExportFile[]): void {
  let part: ExportFile[] = [];
  let chars = 0;
  for (const file of files) {
    if (part.length > 0 && chars + file.contents.length > PART_CHARS) {
      scope.postMessage({ id, files: part }, []);
      part = [];
      chars = 0;
    }
    part.push(file);
    chars += file.contents.length;
  }
  if (part.length > 0) scope.postMessage({ id, files: part }, []);
}

scope.onmessage = (event) => {
  const { id, request } = event.data;
  try {
    const { bundle, zip } = prepareExport(request);
    if (!bundle.ok || !zip) {
      scope.postMessage({ id, outcome: { bundle } }, []);
      return;
    }
    postFiles(id, bundle.files);
    scope.postMessage({ id, outcome: { bundle: { ...bundle, files: [] }, zip } }, [zip.buffer]);
  } catch (error) {
    scope.postMessage({ id, failure: error instanceof Error ? error.message : String(error) }, []);
  }
};
