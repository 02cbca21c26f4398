import type { ReactNode } from 'react';
import { keysOf, type ActionId } from '../../shared/actions';
import { useServices, useLanguage } from '../state/services';
import { displayAccelerator } from './accelerator';
import { useActions, useActionState } from './useActions';

interface ActionButtonProps {
  id: ActionId;
  className?: string;
  /** Visible text; the action's label by default. It must be part of the label (WCAG 2.5.3). */
  children?: ReactNode;
  value?: unknown;
  tabIndex?: number;
  /** Which one, for a screen reader, when several such buttons are on screen ("Remove indicator: Reach"). */
  detail?: string;
}

/**
 * A button for one registry action: its label in the UI language, its shortcut in the
 * tooltip, disabled when the action is, pressed when a check toggle is on.
 */
export function ActionButton({ id, className, children, value, tabIndex, detail }: ActionButtonProps) {
  const actions = useActions();
  const { platform } = useServices();
  useLanguage();
  const { enabled, checked } = useActionState(id);
  const def = actions.def(id);
  const label = actions.label(id);
  const key = keysOf(def, platform.macShortcuts)[0];
  const title = key ? `${label} (${displayAccelerator(key, platform.macShortcuts)})` : label;
  return (
    <button
      type="button"
      className={className}
      data-action={id}
      tabIndex={tabIndex}
      aria-label={detail ? `${label}: ${detail}` : children === undefined ? undefined : label}
      title={title}
      disabled={!enabled}
      aria-pressed={def.toggle === 'check' ? checked : undefined}
      onClick={() => actions.run(id, value)}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      {children ?? label}
    </button>
  );
}
