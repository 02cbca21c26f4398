import { actionById, keysOf } from '../../shared/actions';
import { displayAccelerator } from '../actions/accelerator';
import { useServices, useT, useTheory } from '../state/services';

/** On an empty theory, the first step, visibly: where to start and the key that does it. */
export function EmptyCanvasHint() {
  const { platform } = useServices();
  const t = useT();
  const theory = useTheory();
  if (Object.keys(theory.cards).length > 0) return null;
  const key = keysOf(actionById('card.new'), platform.macShortcuts)[0]!;
  return (
    <div className="empty-hint" role="note">
      <p className="empty-hint-title">{t('emptyHintTitle')}</p>
      <p>{t('emptyHintBody', { key: displayAccelerator(key, platform.macShortcuts) })}</p>
    </div>
  );
}
