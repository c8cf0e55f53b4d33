/** The export targets as checkboxes, listed from TARGET_IDS; the choice is remembered. */
import { useTranslation } from 'react-i18next';
import { TARGET_IDS } from '../../export/target-ids';
import { useAppStore } from '../../store/app-store-context';

/** Checkbox per target, keeping the targets' order in the stored choice. */
export function TargetChoice() {
  const { t } = useTranslation();
  const chosen = useAppStore((state) => state.exportTargets);
  const setExportTargets = useAppStore((state) => state.setExportTargets);
  const toggle = (id: string, on: boolean) => {
    setExportTargets(TARGET_IDS.filter((other) => (other === id ? on : chosen.includes(other))));
  };
  return (
    <fieldset className="target-choice">
      <legend>{t('export.dialog.targets')}</legend>
      {TARGET_IDS.map((id) => (
        <div key={id} className="choice">
          <input
            type="checkbox"
            id={`export-target-${id}`}
            checked={chosen.includes(id)}
            aria-describedby={`export-target-${id}-description`}
            onChange={(event) => toggle(id, event.target.checked)}
          />
          <label htmlFor={`export-target-${id}`}>{t(`targets.${id}.title`)}</label>
          <p id={`export-target-${id}-description`} className="choice-summary">
            {t(`targets.${id}.description`)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
