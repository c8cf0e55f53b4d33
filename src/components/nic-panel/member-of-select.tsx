/**
 * "Member of" select: the keyboard and menu equivalent of dragging a NIC onto a bond or off it.
 * Used on the canvas node and in the NIC panel.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { selectBondNames, selectBondOf } from '../../store/selectors';

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
  // Every NIC node on the canvas has one of these: two shared lookups, actions read on change.
  const bondNames = useAppStore(selectBondNames);
  const current = useAppStore(selectBondOf(nic));
  const store = useAppStoreApi();
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
          if (bond === '') store.getState().detachNic(nic);
          else store.getState().attachNic(nic, bond);
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
