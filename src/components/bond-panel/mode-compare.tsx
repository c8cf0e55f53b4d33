/**
 * "Compare all seven modes": a modal dialog with one column per mode and one row per aspect of
 * the explanation, so an admin can weigh the modes side by side.
 */
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { modeKey } from '../../model/bond-modes';
import { BOND_MODES } from '../../model/types';
import { MODE_ASPECTS } from './mode-aspects';

/** The compare button and its dialog. */
export const ModeCompare = memo(function ModeCompare() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {t('panel.mode.compare')}
      </button>
      <dialog ref={dialog} className="mode-compare" aria-labelledby="mode-compare-title">
        <header className="dialog-header">
          <h2 id="mode-compare-title">{t('panel.mode.compareTitle')}</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('panel.mode.close')}
          </button>
        </header>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('panel.mode.aspect')}</th>
                {BOND_MODES.map((mode) => (
                  <th key={mode} scope="col">
                    {t(`modes.${modeKey(mode)}.title`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {MODE_ASPECTS.map((aspect) => (
                <tr key={aspect}>
                  <th scope="row">{t(`panel.mode.aspects.${aspect}`)}</th>
                  {BOND_MODES.map((mode) => (
                    <td key={mode}>{t(`modes.${modeKey(mode)}.${aspect}`)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </dialog>
    </>
  );
});
