/**
 * The header toolbar: app name, host name, add NIC / bond, file actions, export and the
 * findings count.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store-context';
import { AddNicDialog } from '../shell/add-nic-dialog';
import { FileActions } from './file-actions';
import { FindingsBadge } from './findings-badge';
import { HistoryButtons } from './history-buttons';
import { HostNameField } from './host-name-field';
import { LanguageSwitcher } from './language-switcher';
import { ShareButton } from './share-button';

/** The app's views: the design canvas, the mode lab and the guided tour with its quiz. */
export type View = 'design' | 'lab' | 'learn';
const VIEWS: readonly View[] = ['design', 'lab', 'learn'];

interface ToolbarProps {
  onExport: () => void;
  view: View;
  onView: (view: View) => void;
}

/** The toolbar; `onExport` opens the export dialog, `onView` switches the main area. */
export function Toolbar({ onExport, view, onView }: ToolbarProps) {
  const { t } = useTranslation();
  const addBond = useAppStore((state) => state.addBond);
  const [addingNic, setAddingNic] = useState(false);
  return (
    <header className="toolbar">
      <div className="brand">
        <span className="brand-name">{t('ui.appName')}</span>
        <span className="brand-tagline">{t('ui.tagline')}</span>
      </div>
      <nav className="toolbar-actions" aria-label={t('ui.views.label')}>
        {VIEWS.map((id) => (
          <button
            key={id}
            type="button"
            className={id === view ? 'primary' : undefined}
            aria-current={id === view ? 'page' : undefined}
            onClick={() => onView(id)}
          >
            {t(`ui.views.${id}`)}
          </button>
        ))}
      </nav>
      <HostNameField />
      <div className="toolbar-actions" role="group" aria-label={t('ui.toolbar.label')}>
        <button type="button" onClick={() => setAddingNic(true)}>
          {t('ui.toolbar.addNic')}
        </button>
        <button type="button" onClick={addBond}>
          {t('ui.toolbar.addBond')}
        </button>
        <HistoryButtons />
        <span className="toolbar-separator" aria-hidden="true" />
        <FileActions />
        <ShareButton />
        <button type="button" className="primary" onClick={onExport}>
          {t('ui.toolbar.export')}
        </button>
      </div>
      <FindingsBadge />
      <LanguageSwitcher />
      <AddNicDialog open={addingNic} onClose={() => setAddingNic(false)} />
    </header>
  );
}
