/** Preview of the bundle: the list of files with their modes, then each file's text. */
import { useTranslation } from 'react-i18next';
import type { ExportFile } from '../../export/types';

/** Renders every file of the bundle with its path. */
export function FilePreview({ files }: { files: readonly ExportFile[] }) {
  const { t } = useTranslation();
  return (
    <section className="file-preview" aria-labelledby="export-preview-heading">
      <h3 id="export-preview-heading">
        {t('export.dialog.preview')}{' '}
        <span className="field-help">{t('export.dialog.fileCount', { count: files.length })}</span>
      </h3>
      <ul className="file-list">
        {files.map((file) => (
          <li key={file.path}>
            <a href={`#export-file-${files.indexOf(file)}`}>{file.path}</a>{' '}
            <span className="field-help">
              {t('export.dialog.fileMode', { mode: file.mode.toString(8).padStart(4, '0') })}
            </span>
          </li>
        ))}
      </ul>
      {files.map((file, index) => (
        <figure key={file.path} id={`export-file-${index}`} className="file">
          <figcaption>{file.path}</figcaption>
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrolls when long: keyboard users must reach it to scroll (WCAG 2.1.1) */}
          <pre tabIndex={0}>{file.contents}</pre>
        </figure>
      ))}
    </section>
  );
}
