/**
 * Text fields whose truth is the store: the design's value, or the draft the user typed that does
 * not parse yet. While the field has focus it shows exactly what was typed (so "255.255.255.0" is
 * not rewritten to "24" mid-typing); every keystroke is committed to the store.
 */
import { useState, type ChangeEvent } from 'react';
import { parseDraft } from '../../model/drafts';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { isUnderPointer } from '../../store/draft-paths';

/** What a commit does with the text once it is known to parse, or to be empty. */
export interface CommitHandlers {
  apply: (value: unknown) => void;
  /** Called for empty text; without it, empty text is parsed (and kept as a draft if refused). */
  clear?: () => void;
}

/** Returns a function that commits `text` typed at `pointer`: value and no draft, or a draft. */
export function useCommitText(): (pointer: string, text: string, handlers: CommitHandlers) => void {
  const store = useAppStoreApi();
  /*
   * Most verbs already drop the drafts at their pointer; dropping them again would be one more
   * store change (saved, recorded and seen by every subscriber) for the same state.
   */
  const dropDrafts = (pointer: string) => {
    const { drafts, setDraft } = store.getState();
    if (Object.keys(drafts).some((path) => isUnderPointer(path, pointer)))
      setDraft(pointer, undefined);
  };
  return (pointer, text, { apply, clear }) => {
    if (text.trim() === '' && clear) {
      clear();
      dropDrafts(pointer);
      return;
    }
    const parsed = parseDraft(pointer, text);
    if (parsed.ok) {
      apply(parsed.value);
      dropDrafts(pointer);
    } else {
      store.getState().setDraft(pointer, text);
    }
  };
}

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/** Props for an input or textarea showing the draft or `committedText`, committing through `commit`. */
export function useDraftText(
  pointer: string,
  committedText: string,
  commit: (text: string) => void,
): {
  value: string;
  onFocus: () => void;
  onBlur: () => void;
  onChange: (event: ChangeEvent<TextElement>) => void;
} {
  const draft = useAppStore((state) => state.drafts[pointer]);
  const storeText = draft ?? committedText;
  const [editing, setEditing] = useState<string | null>(null);
  return {
    value: editing ?? storeText,
    onFocus: () => setEditing(storeText),
    onBlur: () => setEditing(null),
    onChange: (event) => {
      setEditing(event.target.value);
      commit(event.target.value);
    },
  };
}
