/**
 * One target in the runbook: its README.txt (where each file goes, apply, check with
 * /proc/net/bonding, switch, roll back: the bundle's own outline, not re-derived here), then every
 * file of the folder in full.
 */
import { useTranslation } from 'react-i18next';
import { TOPOLOGY_FILE } from '../../export/bundle';
import type { ExportFile } from '../../export/types';

interface RunbookTargetProps {
  id: string;
  /** The bundle's files of this target, paths starting with `<id>/`. */
  files: readonly ExportFile[];
}

const README = 'README.txt';

/** The section of one target: steps from its README, then its files. */
export function RunbookTarget({ id, files }: RunbookTargetProps) {
  const { t } = useTranslation();
  const inFolder = (file: ExportFile) => file.path.slice(id.length + 1);
  const readme = files.find((file) => inFolder(file) === README);
  const others = files.filter((file) => ![README, TOPOLOGY_FILE].includes(inFolder(file)));
  const headingId = `runbook-target-${id}`;
  return (
    <section className="runbook-section runbook-target" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('runbook.target.heading', { title: t(`targets.${id}.title`), id })}</h3>
      {readme && (
        <>
          <h4>{t('runbook.target.steps')}</h4>
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrolls when long: keyboard users must reach it to scroll (WCAG 2.1.1) */}
          <pre tabIndex={0}>{readme.contents}</pre>
        </>
      )}
      <h4>{t('runbook.target.files')}</h4>
      {others.map((file) => (
        <figure key={file.path} className="runbook-file">
          <figcaption>{file.path}</figcaption>
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrolls when long: keyboard users must reach it to scroll (WCAG 2.1.1) */}
          <pre tabIndex={0}>{file.contents}</pre>
        </figure>
      ))}
    </section>
  );
}
