/**
 * The export dialog's picture section: the design's topology as an SVG file or, drawn at twice
 * its size, a PNG, both from the design as it is now in the page's language; and the button
 * that opens the printable runbook.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderTopologySvg } from '../../export/topology-svg';
import { downloadBytes } from '../../lib/download';
import { useAppStore } from '../../store/app-store-context';
import { PNG_MIME_TYPE, SVG_MIME_TYPE, svgToPng, topologyFileName } from './topology-image';
import './topology.css';
import { appLanguage } from '../../i18n/language';

interface TopologyActionsProps {
  /** Whether the runbook can be built (no error, a target chosen). */
  canPrint: boolean;
  onRunbook: () => void;
}

/**
 * "Topology picture" with Download SVG / Download PNG and the runbook's opener (needs the
 * `runbook` strings loaded).
 */
export function TopologyActions({ canPrint, onRunbook }: TopologyActionsProps) {
  const { t, i18n } = useTranslation();
  const design = useAppStore((state) => state.design);
  const [pngFailed, setPngFailed] = useState(false);
  const host = design.host?.name;
  const svg = () => renderTopologySvg(design, { language: appLanguage(i18n.language) });
  const downloadSvg = () => {
    downloadBytes(new TextEncoder().encode(svg()), topologyFileName(host, 'svg'), SVG_MIME_TYPE);
  };
  const downloadPng = () => {
    setPngFailed(false);
    svgToPng(svg()).then(
      (bytes) => downloadBytes(bytes, topologyFileName(host, 'png'), PNG_MIME_TYPE),
      () => setPngFailed(true),
    );
  };
  return (
    <section className="topology-actions" aria-labelledby="topology-actions-heading">
      <h3 id="topology-actions-heading">{t('runbook.picture.heading')}</h3>
      <div className="topology-buttons">
        <button type="button" onClick={downloadSvg}>
          {t('runbook.picture.downloadSvg')}
        </button>
        <button type="button" onClick={downloadPng}>
          {t('runbook.picture.downloadPng')}
        </button>
        <button type="button" disabled={!canPrint} onClick={onRunbook}>
          {t('runbook.open')}
        </button>
      </div>
      {pngFailed && <p role="alert">{t('runbook.picture.pngFailed')}</p>}
    </section>
  );
}
