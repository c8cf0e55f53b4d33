/**
 * "Member of" select: the keyboard and menu equivalent of dragging a NIC onto a bond or off it.
 * Used on the canvas node and in the NIC panel.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/app-store-context';

interface MemberOfSelectProps {
  nic: string;
  /** The canvas variant names the NIC in its label, since many nodes show one at a time. */
  compact?: boolean;
  id?: string;
}

/** A select listing "none" and every bond; changing it attaches or detaches the NIC. */
export function MemberOfSelect({ nic, compact = false, id }: MemberOfSelectProps) {
  const { t } = useTranslation();
  const generatedId = useId();
  const selectId = id ?? generatedId;
  const bondNames = useAppStore(useShallow((state) => state.design.bonds.map((bond) => bond.name)));
  const current = useAppStore(
    (state) => state.design.bonds.find((bond) => bond.slaves.includes(nic))?.name ?? '',
  );
  const attachNic = useAppStore((state) => state.attachNic);
  const detachNic = useAppStore((state) => state.detachNic);
  const label = compact ? t('ui.memberOf.labelFor', { nic }) : t('ui.memberOf.label');
  return (
    <div className={compact ? 'member-of member-of-compact nodrag' : 'member-of'}>
      <label htmlFor={selectId} className={compact ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {compact && (
        <span className="member-of-caption" aria-hidden="true">
          {t('ui.memberOf.label')}
        </span>
      )}
      <select
        id={selectId}
        value={current}
        onChange={(event) => {
          const bond = event.target.value;
          if (bond === '') detachNic(nic);
          else attachNic(nic, bond);
        }}
      >
        <option value="">{t('ui.memberOf.none')}</option>
        {bondNames.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
