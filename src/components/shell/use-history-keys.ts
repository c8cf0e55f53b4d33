/**
 * Keyboard undo and redo for the design: Ctrl+Z / Cmd+Z, Ctrl+Shift+Z / Cmd+Shift+Z and Ctrl+Y.
 * In text fields and selects the browser's own undo wins, and inside an open dialog the keys
 * are left alone so nothing changes behind it.
 */
import { useEffect } from 'react';
import { useAppStoreApi } from '../../store/app-store-context';
import { redoDesign, undoDesign } from '../../store/history';

/** What a key press means for the design history, if anything. */
export function historyCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

/* Inputs without text of their own (a mode radio, a checkbox) have no undo to keep. */
const TEXTLESS_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
]);

function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !TEXTLESS_INPUTS.has(target.type);
  return target.closest('textarea, select, dialog') !== null;
}

/** Listens on the window for the history shortcuts while mounted. */
export function useHistoryKeys(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || ownsKeys(event.target)) return;
      const command = historyCommand(event);
      if (!command) return;
      event.preventDefault();
      if (command === 'undo') undoDesign(store);
      else redoDesign(store);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
