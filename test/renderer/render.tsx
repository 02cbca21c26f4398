import { act, render } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { ActionId } from '../../shared/actions';
import { Editor } from '../../shared/editor';
import { emptyDocument, type WerkzaamDocument } from '../../shared/model';
import { DocumentSession } from '../../renderer/session/documentSession';
import { createUiStore, type UiState } from '../../renderer/state/uiStore';
import { ServicesContext, type Services } from '../../renderer/state/services';
import { ActionRegistry } from '../../renderer/actions/registry';
import { ActionsContext } from '../../renderer/actions/useActions';
import type { Behaviour } from '../../renderer/actions/behaviours/types';
import { FakePlatform } from '../support/fakePlatform';

/** Let the page paint and run what waits for it: the inspector follows the selection one frame late (useAfterPaint). */
export const paint = () => act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));

export interface RenderOptions {
  doc?: WerkzaamDocument;
  ui?: Partial<UiState>;
  /** Other behaviours for the action registry (the real ones by default). */
  behaviours?: Record<ActionId, Behaviour>;
  /** The platform (a new FakePlatform by default): pass one to carry settings from one window to the next. */
  platform?: FakePlatform;
}

/**
 * Render a piece of the editor with real services (editor, session, UI store), the action
 * registry, and a fake platform.
 */
export function renderWithServices(node: ReactNode | ((services: Services, actions: ActionRegistry) => ReactNode), options: RenderOptions = {}) {
  const platform = options.platform ?? new FakePlatform();
  const editor = new Editor(options.doc ?? emptyDocument('en'));
  const ui = createUiStore({ language: 'en', ...options.ui });
  const session = new DocumentSession(platform, editor, { confirmUnsaved: async () => 'cancel', showError: () => undefined }, () => ui.get().language);
  const services: Services = { editor, session, platform, ui };
  const actions = new ActionRegistry({ ...services, flow: () => null, setLanguage: (language) => ui.set({ language }) }, options.behaviours);
  const result = render(
    <ServicesContext.Provider value={services}>
      <ActionsContext.Provider value={actions}>
        <ReactFlowProvider>{typeof node === 'function' ? node(services, actions) : node}</ReactFlowProvider>
      </ActionsContext.Provider>
    </ServicesContext.Provider>,
  );
  return { ...result, services, editor, ui, platform, actions };
}
