import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Editor } from '../../shared/editor';
import type { Theory } from '../../shared/model';
import type { Platform } from '../platform/platform';
import type { DocumentSession } from '../session/documentSession';
import { translator } from '../../shared/i18n/core';
import { uiStrings } from '../../shared/i18n/ui';
import { useUiSlice, type UiState, type UiStore } from './uiStore';
import { useUiValue } from './uiKeys';

export interface Services {
  editor: Editor;
  session: DocumentSession;
  platform: Platform;
  ui: UiStore;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('Werkzaam services are missing: render inside <ServicesContext.Provider>.');
  return services;
}

const wholeTheory = (theory: Theory) => theory;

/** The current theory; re-renders on every document change. */
export function useTheory(): Theory {
  return useTheoryPart(wholeTheory);
}

/**
 * One part of the current theory (a record, a list): re-renders when that part changes, not
 * on every document change. `select` must return what the theory holds (records are shared
 * between documents until they change), not a new object each time.
 */
export function useTheoryPart<T>(select: (theory: Theory) => T): T {
  const { editor } = useServices();
  const subscribe = useCallback((listener: () => void) => editor.subscribe(listener), [editor]);
  return useSyncExternalStore(subscribe, () => select(editor.document.theory));
}

const NO_SUBSCRIPTION = () => () => undefined;

/**
 * The current theory while `active` (a panel open), else null without listening to the
 * document at all: a closed view costs an edit nothing.
 */
export function useTheoryWhile(active: boolean): Theory | null {
  const { editor } = useServices();
  const subscribe = useCallback((listener: () => void) => editor.subscribe(listener), [editor]);
  return useSyncExternalStore(active ? subscribe : NO_SUBSCRIPTION, () => (active ? editor.document.theory : null));
}

export function useUi<T>(select: (state: UiState) => T): T {
  return useUiSlice(useServices().ui, select);
}

const selectLanguage = (state: UiState) => state.language;

/** The UI language: one store listener for all the components that draw in it (uiKeys.ts). */
export function useLanguage(): UiState['language'] {
  return useUiValue(useServices().ui, selectLanguage);
}

/** The translate function for the current UI language. */
export function useT() {
  return translator(uiStrings, useLanguage());
}

export function useSessionState() {
  const { session } = useServices();
  return useSyncExternalStore(
    (fn) => session.subscribe(fn),
    () => session.state,
    () => session.state,
  );
}
