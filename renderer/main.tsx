// First: the Trusted Types policy must exist before any module reaches a script sink.
import './platform/trustedTypes';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import './workshop.css';
import { Editor } from '../shared/editor';
import { templateByName } from '../shared/templates';
import { languageFromLocales } from '../shared/i18n/locale';
import { App } from './App';
import { getPlatform } from './platform';
import { DocumentSession } from './session/documentSession';
import { createUiStore } from './state/uiStore';
import { ServicesContext, type Services } from './state/services';
import { whenNoDialog } from './state/whenNoDialog';

async function start() {
  const platform = getPlatform();
  // The user's choice once made; until then the OS or browser language (nl-BE, nl-NL: Dutch).
  const language = (await platform.getLanguage().catch(() => null)) ?? languageFromLocales(navigator.languages?.length ? navigator.languages : [navigator.language]);
  document.documentElement.lang = language;
  const ui = createUiStore({ language });
  const editor = new Editor(templateByName('empty')!.create(language, new Date().toISOString()));
  const session = new DocumentSession(platform, editor, {
    confirmUnsaved: (name) => new Promise((resolve) => ui.set({ dialog: { kind: 'confirmUnsaved', name, resolve } })),
    showError: (message, details = []) => ui.set({ dialog: { kind: 'error', message, details } }),
    showInfo: (message) => ui.set({ toast: message }),
    confirmRecovery: (name, savedAt) => whenNoDialog(ui).then(() => new Promise((resolve) => ui.set({ dialog: { kind: 'recovery', name, savedAt, resolve } }))),
    confirmOverwrite: (conflict, name) => new Promise((resolve) => ui.set({ dialog: { kind: 'confirmOverwrite', conflict, name, resolve } })),
  }, () => ui.get().language);
  const services: Services = { editor, session, platform, ui };
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </StrictMode>,
  );
  void session.checkRecovery();
  // Tests and the desktop shell may look at the live document; read-only by contract.
  (window as unknown as { __werkzaam?: unknown }).__werkzaam = { editor, session };
}

void start();
