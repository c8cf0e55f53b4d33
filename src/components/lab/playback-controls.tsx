/**
 * Play / pause, step one packet at a time. Stepping works while paused; playing sends the
 * traffic in a loop at the chosen rate.
 */
import { useTranslation } from 'react-i18next';
import type { LabSession } from './use-lab-session';

/** The playback toolbar of a session. */
export function PlaybackControls({ session }: { session: LabSession }) {
  const { t } = useTranslation();
  return (
    <div className="lab-controls" role="group" aria-label={t('lab.controls.label')}>
      {session.playing ? (
        <button type="button" onClick={session.pause}>
          {t('lab.controls.pause')}
        </button>
      ) : (
        <button type="button" className="primary" onClick={session.play}>
          {t('lab.controls.play')}
        </button>
      )}
      <button type="button" disabled={session.playing} onClick={session.step}>
        {t('lab.controls.step')}
      </button>
    </div>
  );
}
