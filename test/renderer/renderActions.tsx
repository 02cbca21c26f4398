import { ACTIONS, type ActionId } from '../../shared/actions';
import { BEHAVIOURS } from '../../renderer/actions/registry';
import type { Behaviour } from '../../renderer/actions/behaviours/types';
export { renderWithServices as renderWithActions } from './render';

/** Behaviours that only record which action ran (all enabled), for testing the surfaces alone. */
export function recordingBehaviours(calls: ActionId[], base: Record<ActionId, Behaviour> = BEHAVIOURS): Record<ActionId, Behaviour> {
  return Object.fromEntries(
    ACTIONS.map((a) => [a.id, { perform: () => void calls.push(a.id), checked: base[a.id].checked } satisfies Behaviour]),
  ) as unknown as Record<ActionId, Behaviour>;
}
