/**
 * The importer's notes, each with its severity in words (never colour alone), its file:line and
 * a readable message from the `import.notes` catalogue.
 */
import { useTranslation } from 'react-i18next';
import type { ImportNote } from '../../import/types';
import { noteMessage, noteWhere } from './note-text';

/** The list of notes (or a line saying every line was understood). */
export function ImportNotes({ notes }: { notes: readonly ImportNote[] }) {
  const { t } = useTranslation();
  return (
    <section className="import-notes" aria-labelledby="import-notes-title">
      <h3 id="import-notes-title">{t('import.preview.notes')}</h3>
      {notes.length === 0 ? (
        <p>{t('import.preview.noNotes')}</p>
      ) : (
        <ul>
          {notes.map((note, index) => (
            <li key={index} className={`import-note is-${note.severity}`}>
              <strong>{t(`import.severity.${note.severity}`)}</strong>{' '}
              <code>{noteWhere(t, note)}</code> {noteMessage(t, note)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
