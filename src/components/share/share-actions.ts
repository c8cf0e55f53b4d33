/**
 * What the share buttons and the address bar do, loaded on demand with the encoder: copy the
 * design as a link, and read a `#design=` fragment into the design or a clear refusal.
 */
import type { i18n, TFunction } from 'i18next';
import { findingMessage } from '../../i18n/instance';
import { decodeShareFragment, encodeShareFragment } from '../../lib/share-link';
import { isUntouchedDesign } from '../../model/untouched';
import type { Design, Finding } from '../../model/types';
import type { AppStore } from '../../store/create-app-store';
import { ensureShareCatalogue } from './share-catalogue';

/** A shared design read from a link, waiting for the user to accept it. */
export interface SharedDesign {
  design: Design;
  drafts: Record<string, string>;
  findings: Finding[];
}

/**
 * Copies the address of the page with the design (and drafts) as its fragment and announces it.
 * Returns the link when the clipboard refused it, so the caller can show it to copy by hand.
 */
export async function copyShareLink(store: AppStore, instance: i18n): Promise<string | null> {
  ensureShareCatalogue(instance);
  const { design, drafts } = store.getState();
  const url = `${window.location.href.split('#')[0] ?? ''}${encodeShareFragment(design, drafts)}`;
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    return url;
  }
  store.getState().showNotice({ key: 'share.copied' });
  return null;
}

/**
 * Replaces the design with a shared one (one undo step with its drafts) and says so, listing
 * what parseDesign found while reading it.
 */
export function applySharedDesign(store: AppStore, t: TFunction, shared: SharedDesign): void {
  const state = store.getState();
  state.replaceDesign(shared.design, shared.drafts);
  const messages = shared.findings.map((finding) => findingMessage(t, finding)).join(' ');
  state.showNotice(
    shared.findings.length > 0
      ? { key: 'share.openedWithFindings', params: { messages } }
      : { key: 'share.opened' },
  );
}

/**
 * Reads a `#design=` fragment. A refused link becomes a notice and the work is kept; over an
 * untouched design the shared one opens at once; otherwise it is returned for the user to decide.
 */
export function readSharedFragment(
  hash: string,
  store: AppStore,
  instance: i18n,
): SharedDesign | null {
  ensureShareCatalogue(instance);
  const result = decodeShareFragment(hash);
  if (!result.ok) {
    store.getState().showNotice({ key: `share.refused.${result.reason}` });
    return null;
  }
  const { design, drafts } = store.getState();
  if (!isUntouchedDesign(design, drafts)) return result;
  applySharedDesign(store, instance.t, result);
  return null;
}
