/**
 * The runbook's design summary: host, then one table row per bond with its mode (and what the
 * mode does, in one line), slaves, addressing and what its switch ports need; free NICs last.
 */
import { useTranslation } from 'react-i18next';
import { BOND_MODE_INFO, modeKey } from '../../model/bond-modes';
import type { Bond, Design } from '../../model/types';

function useAddressing(): (bond: Bond) => string {
  const { t } = useTranslation();
  return (bond) => {
    const ipv4 = bond.ipv4;
    const parts =
      ipv4?.method === 'static'
        ? [
            t('runbook.summary.static', { address: ipv4.address, prefix: ipv4.prefix }),
            ...(ipv4.gateway === undefined
              ? []
              : [t('runbook.summary.gateway', { gateway: ipv4.gateway })]),
          ]
        : [t(ipv4?.method === 'dhcp' ? 'runbook.summary.dhcp' : 'runbook.summary.none')];
    if (bond.mtu !== undefined) parts.push(t('runbook.summary.mtu', { mtu: bond.mtu }));
    return parts.join(', ');
  };
}

/** Summary of `design` for the printed runbook. */
export function RunbookSummary({ design, host }: { design: Design; host: string }) {
  const { t } = useTranslation();
  const addressing = useAddressing();
  const enslaved = new Set(design.bonds.flatMap((bond) => bond.slaves));
  const free = design.nics.filter((nic) => !enslaved.has(nic.name)).map((nic) => nic.name);
  const slaves = (bond: Bond) =>
    bond.slaves.length === 0
      ? t('runbook.summary.noSlaves')
      : bond.slaves
          .map((name) =>
            name === bond.options.primary ? t('runbook.summary.primary', { name }) : name,
          )
          .join(', ');
  return (
    <section className="runbook-section" aria-labelledby="runbook-summary-heading">
      <h3 id="runbook-summary-heading">{t('runbook.summary.heading')}</h3>
      <p>{t('runbook.summary.host', { host })}</p>
      <table className="runbook-table">
        <thead>
          <tr>
            <th scope="col">{t('runbook.summary.bond')}</th>
            <th scope="col">{t('runbook.summary.mode')}</th>
            <th scope="col">{t('runbook.summary.slaves')}</th>
            <th scope="col">{t('runbook.summary.addressing')}</th>
            <th scope="col">{t('runbook.summary.switch')}</th>
          </tr>
        </thead>
        <tbody>
          {design.bonds.map((bond) => (
            <tr key={bond.name}>
              <th scope="row">{bond.name}</th>
              <td>
                <strong>
                  {t('runbook.summary.modeName', {
                    mode: bond.mode,
                    number: BOND_MODE_INFO[bond.mode].number,
                  })}
                </strong>
                <br />
                {t(`modes.${modeKey(bond.mode)}.summary`)}
              </td>
              <td>{slaves(bond)}</td>
              <td>{addressing(bond)}</td>
              <td>{t(`modes.${modeKey(bond.mode)}.switch`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {free.length > 0 && <p>{t('runbook.summary.freeNics', { names: free.join(', ') })}</p>}
    </section>
  );
}
