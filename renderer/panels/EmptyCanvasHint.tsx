import { actionById, keysOf } from '../../shared/actions';
import { displayAccelerator } from '../actions/accelerator';
import { useServices, useT, useTheoryPart } from '../state/services';
import { hasCards } from './hasCards';

/** On an empty theory, the first step, visibly: where to start and the key that does it. */
export function EmptyCanvasHint() {
  const { platform } = useServices();
  const t = useT();
  // Renders again only when the theory gains its first card or loses its last.
  if (useTheoryPart(hasCards)) return null;
  const key = keysOf(actionById('card.new'), platform.macShortcuts)[0]!;
  return (
    <div className="empty-hint" role="note">
      <p className="empty-hint-title">{t('emptyHintTitle')}</p>
      <p>{t('emptyHintBody', { key: displayAccelerator(key, platform.macShortcuts) })}</p>
    </div>
  );
}
