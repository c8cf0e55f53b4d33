/**
 * What an import found, before anything changes: the format, host, bonds (mode, link
 * monitoring, slaves, addressing), NICs, and the design's own findings.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { findingMessage } from '../../i18n/instance';
import type { ImportFormat } from '../../import/types';
import type { Bond, Design, Finding } from '../../model/types';

function addressing(t: TFunction, bond: Bond): string {
  const ipv4 = bond.ipv4;
  if (!ipv4 || ipv4.method === 'none') return t('import.preview.addressNone');
  if (ipv4.method === 'dhcp') return t('import.preview.addressDhcp');
  return ipv4.gateway
    ? t('import.preview.addressGateway', { ...ipv4 })
    : t('import.preview.addressStatic', { address: ipv4.address, prefix: ipv4.prefix });
}

function bondLine(t: TFunction, bond: Bond): string {
  const parts = [t('import.preview.bond', { name: bond.name, mode: bond.mode })];
  if (bond.options.miimon !== undefined) {
    parts.push(t('import.preview.miimon', { value: bond.options.miimon }));
  }
  if (bond.options.arp_interval !== undefined) {
    parts.push(t('import.preview.arp', { value: bond.options.arp_interval }));
  }
  parts.push(
    bond.slaves.length > 0
      ? t('import.preview.slaves', { slaves: bond.slaves.join(', ') })
      : t('import.preview.noSlaves'),
  );
  parts.push(addressing(t, bond));
  return parts.join(', ');
}

interface ImportPreviewProps {
  design: Design;
  format: ImportFormat;
  findings: readonly Finding[];
}

/** The preview of an imported design. */
export function ImportPreview({ design, format, findings }: ImportPreviewProps) {
  const { t } = useTranslation();
  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">{t('import.preview.heading')}</h3>
      <dl>
        <dt>{t('import.preview.format')}</dt>
        <dd>{t(`import.formats.${format}`, { defaultValue: format })}</dd>
        <dt>{t('import.preview.host')}</dt>
        <dd>{design.host?.name ?? t('import.preview.noHost')}</dd>
        <dt>{t('import.preview.bonds')}</dt>
        <dd>
          {design.bonds.length === 0 ? (
            t('import.preview.noBonds')
          ) : (
            <ul>
              {design.bonds.map((bond) => (
                <li key={bond.name}>{bondLine(t, bond)}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('import.preview.nics')}</dt>
        <dd>
          {design.nics.length === 0 ? (
            t('import.preview.noNics')
          ) : (
            <ul>
              {design.nics.map((nic) => (
                <li key={nic.name}>
                  {nic.model
                    ? t('import.preview.nicModel', { name: nic.name, model: nic.model })
                    : t('import.preview.nic', { name: nic.name })}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <h3>{t('import.preview.findings')}</h3>
      {findings.length === 0 ? (
        <p>{t('import.preview.noFindings')}</p>
      ) : (
        <ul>
          {findings.map((finding, index) => (
            <li key={index} className={`import-note is-${finding.severity}`}>
              <strong>{t(`import.severity.${finding.severity}`)}</strong>{' '}
              {findingMessage(t, finding)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
