/**
 * The ways in: a paste area, "Choose files…", "Choose folder…", a drop zone for files, folders
 * and archives, and the optional format. Chosen input is handed up; nothing is read here.
 */
import { useId, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { IMPORT_FORMATS, type ImportFormat } from '../../import/types';
import { UPLOAD_LIMITS } from '../../import/upload-limits';
import {
  checkPicked,
  droppedEntries,
  pickDropped,
  pickedFromList,
  type Picked,
} from './read-uploads';

interface ImportInputProps {
  format: ImportFormat | undefined;
  onFormat: (format: ImportFormat | undefined) => void;
  onPaste: (text: string) => void;
  onPicked: (picked: Promise<Picked>) => void;
}

function isFormat(value: string): value is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(value);
}

/** The input step of the import dialog. */
export function ImportInput({ format, onFormat, onPaste, onPicked }: ImportInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);

  const onChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const list = event.target.files;
    if (list && list.length > 0)
      onPicked(Promise.resolve(checkPicked(pickedFromList(list), UPLOAD_LIMITS)));
    event.target.value = '';
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const entries = droppedEntries(event.dataTransfer);
    if (entries.length > 0) onPicked(pickDropped(entries, UPLOAD_LIMITS));
  };

  return (
    <div className="import-input">
      <p>{t('import.dialog.intro')}</p>
      <label htmlFor={`${id}-format`}>{t('import.dialog.formatLabel')}</label>
      <select
        id={`${id}-format`}
        value={format ?? ''}
        onChange={(event) =>
          onFormat(isFormat(event.target.value) ? event.target.value : undefined)
        }
      >
        <option value="">{t('import.dialog.formatAuto')}</option>
        {IMPORT_FORMATS.map((id) => (
          <option key={id} value={id}>
            {t(`import.formats.${id}`, { defaultValue: id })}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-paste`}>{t('import.dialog.pasteLabel')}</label>
      <textarea
        id={`${id}-paste`}
        rows={8}
        spellCheck={false}
        placeholder={t('import.dialog.pastePlaceholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="import-actions">
        <button type="button" disabled={text.trim() === ''} onClick={() => onPaste(text)}>
          {t('import.dialog.readPasted')}
        </button>
        <button type="button" onClick={() => files.current?.click()}>
          {t('import.dialog.chooseFiles')}
        </button>
        <button type="button" onClick={() => folder.current?.click()}>
          {t('import.dialog.chooseFolder')}
        </button>
      </div>
      <input
        ref={files}
        type="file"
        multiple
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('import.dialog.chooseFilesLabel')}
        onChange={onChosen}
      />
      <input
        ref={(element) => {
          folder.current = element;
          if (element) element.webkitdirectory = true;
        }}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('import.dialog.chooseFolderLabel')}
        onChange={onChosen}
      />
      <p
        className={dragging ? 'import-drop is-dragging' : 'import-drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        {dragging ? t('import.dialog.dropZoneActive') : t('import.dialog.dropZone')}
      </p>
    </div>
  );
}
