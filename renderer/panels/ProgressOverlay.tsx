import { useT, useUi } from '../state/services';

/** Progress of a long export; the worker keeps the editor itself responsive. */
export function ProgressOverlay() {
  const t = useT();
  const progress = useUi((s) => s.progress);
  if (progress === null) return null;
  const percent = Math.round(progress * 100);
  return (
    <div className="progress" role="status" aria-live="polite">
      <span>{t('exporting', { percent })}</span>
      <progress max={100} value={percent} aria-label={t('exporting', { percent })} />
    </div>
  );
}
