/**
 * Static IPv4 fields: address (CIDR accepted), prefix or netmask in one field, gateway, and the
 * network, netmask and broadcast the model derives from them, shown read-only.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ipv4Subnet } from '../../model/addressing';
import type { Ipv4 } from '../../model/types';
import { useAppStoreApi } from '../../store/app-store-context';
import { Field } from '../ui/field';
import { useCommitText, useDraftText } from '../ui/use-draft-text';
import { cidrSchema } from './cidr-schema';

type StaticIpv4 = Extract<Ipv4, { method: 'static' }>;

interface StaticAddressFieldsProps {
  bondName: string;
  bondIndex: number;
  ipv4: StaticIpv4;
}

/** Address, prefix and gateway inputs plus the derived subnet. */
export const StaticAddressFields = memo(function StaticAddressFields({
  bondName,
  bondIndex,
  ipv4,
}: StaticAddressFieldsProps) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const commitText = useCommitText();
  const base = `/bonds/${bondIndex}/ipv4`;
  /* Read the freshest ipv4 at commit time: two fields may commit within one render. */
  const update = (patch: (current: StaticIpv4) => StaticIpv4) => {
    const state = store.getState();
    const current = state.design.bonds.find((bond) => bond.name === bondName)?.ipv4;
    if (current?.method === 'static') state.setIpv4(bondName, patch(current));
  };
  const address = useDraftText(`${base}/address`, ipv4.address, (text) => {
    const cidr = cidrSchema.safeParse(text);
    if (cidr.success) {
      update((current) => ({ ...current, ...cidr.data }));
      store.getState().setDraft(`${base}/address`, undefined);
      store.getState().setDraft(`${base}/prefix`, undefined);
      return;
    }
    commitText(`${base}/address`, text, {
      apply: (value) => update((current) => ({ ...current, address: value as string })),
      clear: () => update((current) => ({ ...current, address: '' })),
    });
  });
  const prefix = useDraftText(`${base}/prefix`, String(ipv4.prefix), (text) => {
    /* A static address needs a prefix: cleared text keeps the design's, shown again on blur. */
    commitText(`${base}/prefix`, text, {
      apply: (value) => update((current) => ({ ...current, prefix: value as number })),
      clear: () => undefined,
    });
  });
  const gateway = useDraftText(`${base}/gateway`, ipv4.gateway ?? '', (text) => {
    commitText(`${base}/gateway`, text, {
      apply: (value) => update((current) => ({ ...current, gateway: value as string })),
      clear: () => update(({ method, address, prefix }) => ({ method, address, prefix })),
    });
  });
  const subnet = ipv4Subnet(ipv4.address, ipv4.prefix);
  const text = (kind: 'address' | 'prefix' | 'gateway') => (
    <Field
      pointer={`${base}/${kind}`}
      label={t(`panel.addressing.${kind}`)}
      help={t(`panel.addressing.${kind}Help`)}
    >
      {(control) => (
        <input
          {...control}
          {...{ address, prefix, gateway }[kind]}
          type="text"
          inputMode="decimal"
          spellCheck={false}
        />
      )}
    </Field>
  );
  return (
    <>
      {text('address')}
      {text('prefix')}
      {text('gateway')}
      {subnet && (
        <section aria-label={t('panel.addressing.derived')}>
          <dl className="derived">
            <dt>{t('panel.addressing.network')}</dt>
            <dd>{subnet.network}</dd>
            <dt>{t('panel.addressing.netmask')}</dt>
            <dd>{subnet.netmask}</dd>
            <dt>{t('panel.addressing.broadcast')}</dt>
            <dd>{subnet.broadcast}</dd>
          </dl>
        </section>
      )}
    </>
  );
});
