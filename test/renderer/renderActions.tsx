import type { ReactNode } from 'react';
import { ACTIONS, type ActionId } from '../../shared/actions';
import type { WerkzaamDocument } from '../../shared/model';
import { ActionRegistry, BEHAVIOURS } from '../../renderer/actions/registry';
import { ActionsContext } from '../../renderer/actions/useActions';
import type { Behaviour } from '../../renderer/actions/behaviours/types';
import type { Services } from '../../renderer/state/services';
import type { UiState } from '../../renderer/state/uiStore';
import { renderWithServices } from './render';

/** Behaviours that only record which action ran (all enabled), for testing the surfaces alone. */
export function recordingBehaviours(calls: ActionId[], base: Record<ActionId, Behaviour> = BEHAVIOURS): Record<ActionId, Behaviour> {
  return Object.fromEntries(
    ACTIONS.map((a) => [a.id, { perform: () => void calls.push(a.id), checked: base[a.id].checked } satisfies Behaviour]),
  ) as unknown as Record<ActionId, Behaviour>;
}

export function registryFor(services: Services, behaviours?: Record<ActionId, Behaviour>): ActionRegistry {
  return new ActionRegistry({ ...services, flow: () => null, setLanguage: (language) => services.ui.set({ language }) }, behaviours);
}

/**
 * Render with real services and an action registry (the real behaviours unless given others),
 * as the app does.
 */
export function renderWithActions(
  node: ReactNode | ((services: Services, actions: ActionRegistry) => ReactNode),
  options: { doc?: WerkzaamDocument; ui?: Partial<UiState>; behaviours?: Record<ActionId, Behaviour> } = {},
) {
  let actions: ActionRegistry | undefined;
  const rendered = renderWithServices((services) => {
    actions ??= registryFor(services, options.behaviours);
    return <ActionsContext.Provider value={actions}>{typeof node === 'function' ? node(services, actions) : node}</ActionsContext.Provider>;
  }, options);
  return { ...rendered, actions: actions! };
}
