/**
 * Preview of the bundle: the list of files with their modes, then each file's text. A large
 * bundle (thousands of files, megabytes of text) is added a batch per frame, to the list and to
 * the texts alike, and texts out of view skip layout, so showing it never holds the page for
 * more than a frame; the heading gives the whole count from the start.
 */
import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFile } from '../../export/types';

/** Files whose text is added per frame. */
const BATCH = 32;

// Off-screen files are not laid out until scrolled near; the size stands in until then.
const FIGURE_STYLE = { contentVisibility: 'auto', containIntrinsicSize: 'auto 24rem' } as const;

/** Renders every file of the bundle with its path. */
export function FilePreview({ files }: { files: readonly ExportFile[] }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState({ files, count: BATCH });
  const count = progress.files === files ? progress.count : BATCH;
  useEffect(() => {
    if (count >= files.length) return;
    const frame = requestAnimationFrame(() =>
      startTransition(() => setProgress({ files, count: count + BATCH })),
    );
    return () => cancelAnimationFrame(frame);
  }, [files, count]);
  return (
    <section
      className="file-preview"
      aria-labelledby="export-preview-heading"
      aria-busy={count < files.length}
    >
      <h3 id="export-preview-heading">
        {t('export.dialog.preview')}{' '}
        <span className="field-help">{t('export.dialog.fileCount', { count: files.length })}</span>
      </h3>
      <ul className="file-list">
        {files.slice(0, count).map((file, index) => (
          <li key={file.path}>
            <a href={`#export-file-${index}`}>{file.path}</a>{' '}
            <span className="field-help">
              {t('export.dialog.fileMode', { mode: file.mode.toString(8).padStart(4, '0') })}
            </span>
          </li>
        ))}
      </ul>
      {files.slice(0, count).map((file, index) => (
        <figure key={file.path} id={`export-file-${index}`} className="file" style={FIGURE_STYLE}>
          <figcaption>{file.path}</figcaption>
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrolls when long: keyboard users must reach it to scroll (WCAG 2.1.1) */}
          <pre tabIndex={0}>{file.contents}</pre>
        </figure>
      ))}
    </section>
  );
}
