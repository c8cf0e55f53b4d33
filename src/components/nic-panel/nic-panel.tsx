/**
 * The side panel for a selected NIC: name, model, driver, MAC, speed, bond membership and
 * removal. Fields carry fieldId(pointer) ids so the findings list can jump to them.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store-context';
import { selectNic } from '../../store/selectors';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { fieldId } from '../ui/field-id';
import { useFocusRequest } from '../ui/use-focus-request';
import { MemberOfSelect } from './member-of-select';
import { NicNameField } from './nic-name-field';
import { NicTextField } from './nic-text-field';

/** Edits the NIC called `nicName`. */
export function NicPanel({ nicName }: { nicName: string }) {
  const { t } = useTranslation();
  const nic = useAppStore(selectNic(nicName));
  const index = useAppStore((state) => state.design.nics.findIndex((n) => n.name === nicName));
  const removeNic = useAppStore((state) => state.removeNic);
  const [confirming, setConfirming] = useState(false);
  useFocusRequest(`/nics/${index}`);
  if (!nic) return null;
  return (
    <section className="panel nic-panel" aria-labelledby="nic-panel-title">
      <h2 id="nic-panel-title" className="panel-title">
        {t('ui.nicPanel.title', { name: nic.name })}
      </h2>
      <NicNameField index={index} name={nic.name} />
      <NicTextField index={index} nic={nic} attribute="model" label={t('ui.nicPanel.model')} />
      <NicTextField index={index} nic={nic} attribute="driver" label={t('ui.nicPanel.driver')} />
      <NicTextField index={index} nic={nic} attribute="mac" label={t('ui.nicPanel.mac')} />
      <NicTextField
        index={index}
        nic={nic}
        attribute="speed"
        label={t('ui.nicPanel.speed')}
        inputMode="numeric"
      />
      <MemberOfSelect nic={nic.name} id={fieldId(`/nics/${index}/bond`)} />
      <div className="panel-actions">
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('ui.nicPanel.remove')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('ui.nicPanel.confirmRemoveTitle', { name: nic.name })}
        body={t('ui.nicPanel.confirmRemove')}
        confirmLabel={t('ui.nicPanel.remove')}
        onConfirm={() => {
          setConfirming(false);
          removeNic(nic.name);
        }}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
