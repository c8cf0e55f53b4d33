/**
 * IPv4 addressing of the bond (static, DHCP or none) and its MTU. Leaving static addressing
 * drops the typed drafts of its fields, since the design no longer has those values.
 */
import { useTranslation } from 'react-i18next';
import type { Bond, Ipv4 } from '../../model/types';
import { useAppStoreApi } from '../../store/app-store-context';
import { fieldId } from '../ui/field-id';
import { MtuField } from './mtu-field';
import { StaticAddressFields } from './static-address-fields';

type Method = Ipv4['method'];
const METHODS: readonly Method[] = ['static', 'dhcp', 'none'];

/*
 * A new static address starts with prefix 24: the seed's (and most LANs') netmask 255.255.255.0;
 * the prefix field shows it and the derived netmask, so it is never a hidden guess.
 */
const NEW_STATIC_PREFIX = 24;

/** Radio choice of the method, the static fields when static, and the MTU. */
export function AddressingSection({ bond, bondIndex }: { bond: Bond; bondIndex: number }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const method: Method = bond.ipv4?.method ?? 'none';
  const pointer = `/bonds/${bondIndex}/ipv4`;
  const choose = (next: Method) => {
    const { setIpv4, setDraft } = store.getState();
    if (next === 'static') {
      setIpv4(bond.name, { method: 'static', address: '', prefix: NEW_STATIC_PREFIX });
      return;
    }
    setIpv4(bond.name, { method: next });
    for (const field of ['address', 'prefix', 'gateway'])
      setDraft(`${pointer}/${field}`, undefined);
  };
  return (
    <fieldset className="addressing-section">
      <legend>{t('panel.addressing.legend')}</legend>
      <div role="radiogroup" aria-label={t('panel.addressing.legend')} className="monitor-choice">
        {METHODS.map((choice) => (
          <label key={choice} className="inline-choice">
            <input
              type="radio"
              id={choice === method ? fieldId(pointer) : undefined}
              name={`${fieldId(pointer)}-method`}
              value={choice}
              checked={choice === method}
              onChange={() => choose(choice)}
            />
            {t(`panel.addressing.${choice}`)}
          </label>
        ))}
      </div>
      {bond.ipv4?.method === 'static' && (
        <StaticAddressFields bondName={bond.name} bondIndex={bondIndex} ipv4={bond.ipv4} />
      )}
      <MtuField bondName={bond.name} bondIndex={bondIndex} mtu={bond.mtu} />
    </fieldset>
  );
}
