/**
 * The words of an import note: its message from the `import.notes` catalogue and where it
 * points (file:line, the file, or the input as a whole).
 */
import type { TFunction } from 'i18next';
import type { ImportNote } from '../../import/types';

/** The readable message of a note. */
export function noteMessage(t: TFunction, note: ImportNote): string {
  return t(`import.notes.${note.code}`, { ...note.params, defaultValue: note.code });
}

/** Where a note points: `file:line`, the file, or "(input)" for the input as a whole. */
export function noteWhere(t: TFunction, note: ImportNote): string {
  if (note.file === '') return t('import.preview.input');
  return note.line === undefined
    ? note.file
    : t('import.preview.where', { file: note.file, line: note.line });
}
