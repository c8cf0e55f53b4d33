/**
 * The host name field in the toolbar. It has the id the findings list jumps to, and shows the
 * model's message for a bad host name right under it.
 */
import { useTranslation } from 'react-i18next';
import { findingMessage } from '../../i18n/instance';
import { useAppStore } from '../../store/app-store-context';
import { fieldId, messagesId } from '../ui/field-id';
import { useFieldFindings } from '../ui/use-field-findings';
import { useFocusRequest } from '../ui/use-focus-request';

const POINTER = '/host/name';

/** Label, input and messages for design.host.name. */
export function HostNameField() {
  const { t } = useTranslation();
  const hostName = useAppStore((state) => state.design.host?.name ?? '');
  const setHostName = useAppStore((state) => state.setHostName);
  const errors = useFieldFindings(POINTER).filter((finding) => finding.severity === 'error');
  useFocusRequest('/host');
  return (
    <div className="host-name">
      <label htmlFor={fieldId(POINTER)}>{t('ui.toolbar.hostName')}</label>
      <input
        id={fieldId(POINTER)}
        value={hostName}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={errors.length > 0}
        aria-describedby={messagesId(POINTER)}
        onChange={(event) => setHostName(event.target.value)}
      />
      <div id={messagesId(POINTER)} className="host-name-messages">
        {errors.map((finding) => (
          <p key={finding.code} role="alert" className="field-error">
            {findingMessage(t, finding)}
          </p>
        ))}
      </div>
    </div>
  );
}
