import { useCallback, useEffect, useMemo, useRef } from 'react';
import { ReactFlowProvider, useReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { getOwn, type Language } from '../shared/model';
import { translator } from '../shared/i18n/core';
import { uiStrings } from '../shared/i18n/ui';
import { Canvas } from './canvas/Canvas';
import { Inspector } from './inspector/Inspector';
import { ChecksPanel } from './panels/ChecksPanel';
import { EmptyCanvasHint } from './panels/EmptyCanvasHint';
import { SearchBox } from './panels/SearchBox';
import { MenuBar } from './panels/MenuBar';
import { Toolbar } from './panels/Toolbar';
import { Toast } from './panels/Toast';
import { ProgressOverlay } from './panels/ProgressOverlay';
import { Dialogs } from './dialogs/Dialogs';
import { Presentation } from './presentation/Presentation';
import { SummaryPanel } from './summary/SummaryPanel';
import { MatrixPanel } from './research/MatrixPanel';
import { TraceBanner } from './trace/TraceBanner';
import type { ActionContext } from './actions/context';
import { ActionRegistry } from './actions/registry';
import { ActionsContext } from './actions/useActions';
import { useKeyboard } from './actions/useKeyboard';
import { isActionId } from '../shared/actions';
import { useServices, useUi, useLanguage } from './state/services';
import { EMPTY_SELECTION, pruneSelection } from './state/uiStore';
import { subscribeChanges } from './state/documentLoads';
import { useFileDrop } from './import/useFileDrop';
import { useFileSizeAhead } from './state/fileSizeAhead';
import { VersionsPanel } from './versions/VersionsPanel';
import { ComparisonView } from './compare/ComparisonView';
import { VersionViewer } from './versions/VersionViewer';
import { OrganisationFilter } from './versions/OrganisationFilter';

export function App() {
  return (
    <ReactFlowProvider>
      <Shell />
    </ReactFlowProvider>
  );
}

function Shell() {
  const services = useServices();
  const { platform, ui, session } = services;
  const flow = useReactFlow();
  const flowRef = useRef<ReactFlowInstance | null>(null);
  flowRef.current = flow as unknown as ReactFlowInstance;
  const searchOpen = useUi((s) => s.searchOpen);
  const language = useLanguage();
  const inspectorOpen = useUi((s) => s.inspectorOpen);
  const presenting = useUi((s) => s.presentationStep !== null);
  const versionsOpen = useUi((s) => s.versionsOpen);
  const comparing = useUi((s) => s.comparison !== null);
  const viewingVersion = useUi((s) => s.viewingVersion);

  const setLanguage = useCallback(
    (next: Language) => {
      ui.set({ language: next });
      document.documentElement.lang = next;
      void platform.setLanguage(next);
      session.refresh();
    },
    [ui, platform, session],
  );

  const ctx: ActionContext = useMemo(() => ({ ...services, flow: () => flowRef.current, setLanguage }), [services, setLanguage]);
  const actions = useMemo(() => new ActionRegistry(ctx), [ctx]);
  useKeyboard(actions, platform.nativeMenus);
  useFileDrop(services);
  useFileSizeAhead(services.editor);

  useEffect(
    () =>
      platform.onMenuAction((action) => {
        if (isActionId(action)) actions.run(action);
      }),
    [platform, actions],
  );
  useEffect(() => platform.onCloseRequest(() => session.requestClose()), [platform, session]);
  // Undo, delete or opening another file can take selected items away: keep the selection real.
  useEffect(
    () =>
      subscribeChanges(services.editor, (editor, loaded) => {
        // Another document (opened, new, restored) starts with nothing selected, even where ids repeat.
        if (loaded) {
          // A read-only view of a version belonged to the document before (the load unlocked the editor).
          // So does the organisation filter: organisations are the document's own.
          const { highlight } = ui.get();
          ui.set({
            selection: EMPTY_SELECTION,
            editingCardId: null,
            newCardId: null,
            newCardMark: null,
            viewingVersion: null,
            comparingVersion: null,
            focusedGhost: null,
            ...(highlight.organisations?.length ? { highlight: { ...highlight, organisations: [] } } : {}),
          });
          return;
        }
        const { selection, editingCardId, newCardMark } = ui.get();
        const pruned = pruneSelection(selection, { cards: (id) => Boolean(getOwn(editor.theory.cards, id)), links: (id) => Boolean(getOwn(editor.theory.links, id)) });
        if (pruned !== selection) ui.set({ selection: pruned });
        if (editingCardId && !getOwn(editor.theory.cards, editingCardId)) {
          // The card being titled is gone (undone, deleted): its run ends where it stands.
          ui.set({ editingCardId: null, newCardId: null, newCardMark: null });
          if (newCardMark) editor.squashToMark(newCardMark);
        }
      }),
    [services.editor, ui],
  );
  useEffect(() => platform.onOpenRequest((file) => void session.openGiven(file)), [platform, session]);

  const t = translator(uiStrings, language);
  return (
    <ActionsContext.Provider value={actions}>
    <div className="app">
      {inspectorOpen && !comparing && (
        <a className="skip-link" href="#inspector-start">
          {t('inspector')}
        </a>
      )}
      <header className="app-header">
        {!platform.nativeMenus && <MenuBar />}
        <Toolbar />
      </header>
      {comparing ? (
        <ComparisonView />
      ) : (
      <main className="workspace">
        {viewingVersion !== null ? (
          <VersionViewer id={viewingVersion} side={versionsOpen && <VersionsPanel />} />
        ) : (
          <>
            <SummaryPanel />
            <MatrixPanel />
            {/* A generic theory's organisation filter is a bar above the canvas, not over it: it covers no card, check or toast. */}
            <div className="canvas-column">
              <OrganisationFilter />
              <div className="canvas-area">
                <Canvas />
                <EmptyCanvasHint />
                {searchOpen && <SearchBox />}
                <TraceBanner />
                <ChecksPanel />
              </div>
            </div>
            {versionsOpen && <VersionsPanel />}
            {inspectorOpen && (
              <>
                <div id="inspector-start" tabIndex={-1} />
                <Inspector />
              </>
            )}
          </>
        )}
      </main>
      )}
      <Toast />
      <ProgressOverlay />
      <Dialogs />
      {presenting && <Presentation />}
    </div>
    </ActionsContext.Provider>
  );
}
