import { useSyncExternalStore } from 'react';
import type { ActionDef, ActionId } from '../../shared/actions';
import { MENU_LABELS } from '../../shared/actions';
import { useLanguage } from '../state/services';
import { useActions } from './useActions';

/**
 * A set of radio actions (the UI language, the highlighted stage) as one drop-down: each
 * option is an action, the chosen one is the action that is checked.
 */
export function ActionSelect({ actions: options }: { actions: readonly ActionDef[] }) {
  const actions = useActions();
  const language = useLanguage();
  const current = useSyncExternalStore(
    (listener) => actions.ctx.ui.subscribe(listener),
    () => options.find((option) => actions.isChecked(option.id as ActionId))?.id ?? '',
  );
  const submenu = options[0]?.place?.submenu;
  const name = submenu ? MENU_LABELS[language][submenu] : undefined;
  return (
    <select aria-label={name} title={name} value={current} onChange={(e) => actions.run(e.target.value as ActionId)}>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label[language]}
        </option>
      ))}
    </select>
  );
}
