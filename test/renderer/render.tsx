import { render } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';
import { Editor } from '../../shared/editor';
import { emptyDocument, type WerkzaamDocument } from '../../shared/model';
import { DocumentSession } from '../../renderer/session/documentSession';
import { createUiStore, type UiState } from '../../renderer/state/uiStore';
import { ServicesContext, type Services } from '../../renderer/state/services';
import { FakePlatform } from '../support/fakePlatform';

/** Render a piece of the editor with real services (editor, session, UI store) and a fake platform. */
export function renderWithServices(node: ReactNode | ((services: Services) => ReactNode), options: { doc?: WerkzaamDocument; ui?: Partial<UiState> } = {}) {
  const platform = new FakePlatform();
  const editor = new Editor(options.doc ?? emptyDocument('en'));
  const ui = createUiStore({ language: 'en', ...options.ui });
  const session = new DocumentSession(platform, editor, { confirmUnsaved: async () => 'cancel', showError: () => undefined }, () => ui.get().language);
  const services: Services = { editor, session, platform, ui };
  const result = render(
    <ServicesContext.Provider value={services}>
      <ReactFlowProvider>{typeof node === 'function' ? node(services) : node}</ReactFlowProvider>
    </ServicesContext.Provider>,
  );
  return { ...result, services, editor, ui, platform };
}
