import { useSyncExternalStore } from 'react';
import type { AioKey, Id, Language, Position, StageKey } from '../../shared/model';
import type { MarkId } from '../../shared/editor';
import type { SaveConflict } from '../../shared/bridge';
import type { OverwriteChoice } from '../session/saveToFile';
import type { PendingImport } from '../import/pending';
import type { MatchDecisions, TheoryInput } from '../../shared/compare/match';
import type { PersonalLibraryRead } from '../../shared/research/personalLibrary';

/** The comparison view of theories (issue #12): the theories, the user's decisions, the match in focus. */
export interface TheoryComparisonState {
  inputs: TheoryInput[];
  decisions: MatchDecisions;
  /** The id of the compared item (shared/compare/model.ts) in focus. */
  selected: string | null;
}

export interface Selection {
  cards: Id[];
  links: Id[];
}

export type ExportFormat = 'pdf' | 'png' | 'svg' | 'docx' | 'xlsx';

/** What the export dialog asks: the report's language and sections, or which part of the canvas. */
export interface ExportChoices {
  language: Language;
  includeChecks: boolean;
  /** The sticky notes (the parking lot): off by default, they are not part of the theory. */
  includeNotes: boolean;
  /** A report section "Changes since version …": the id of a saved version, or '' for none. */
  changesSince: string;
  scope: 'whole' | 'view';
}

export type DialogState =
  /** `shownVersion`: the name of the saved version shown read-only, which the export writes; null for the theory now. */
  | { kind: 'exportOptions'; format: ExportFormat; shownVersion: string | null; defaults: ExportChoices; resolve: (choices: ExportChoices | null) => void }
  | { kind: 'confirmUnsaved'; name: string; resolve: (choice: 'save' | 'discard' | 'cancel') => void }
  | { kind: 'error'; message: string; details: string[] }
  | { kind: 'recovery'; name: string; savedAt: string; resolve: (restore: boolean) => void }
  | { kind: 'confirmOverwrite'; conflict: SaveConflict; name: string; resolve: (choice: OverwriteChoice) => void }
  | { kind: 'about' }
  /** What an import will create, with its mapping to correct, before anything is made (renderer/import). */
  | { kind: 'importPreview'; pending: PendingImport }
  /** Link a card to another (`to`) or another to it (`from`), choosing the other by keyboard. */
  | { kind: 'linkCard'; card: Id; direction: 'to' | 'from' }
  | { kind: 'shortcuts' }
  /** File ▸ New: choose a template (with a preview); resolves with its name, or null. */
  | { kind: 'newTheory'; resolve: (template: string | null) => void }
  /** Save a version (name, note), or rename one (`id`). */
  | { kind: 'versionName'; id: Id | null; defaults: VersionNameChoice; resolve: (choice: VersionNameChoice | null) => void }
  | { kind: 'deleteVersion'; label: string; resolve: (sure: boolean) => void }
  /** Import measurements… found bad rows (renderer/research/measurementImport.ts): each named; import the good ones or nothing. */
  | { kind: 'measurementImport'; name: string; problems: string[]; rows: number; good: number; resolve: (skipBad: boolean) => void };

export interface VersionNameChoice {
  label: string;
  note: string;
  author: string;
}

export interface UiState {
  language: Language;
  selection: Selection;
  /** Card whose title is being edited in place on the canvas. */
  editingCardId: Id | null;
  /** A card made by the keyboard flow, removed again if its title is cancelled empty. */
  newCardId: Id | null;
  /** The history mark set before that card was made (see canvas/cardFocus.ts). */
  newCardMark: MarkId | null;
  /** The card the new one was made from: the keyboard goes back there if it is cancelled. */
  newCardFrom: Id | null;
  /** The card that holds the canvas's one tab stop (roving tabindex); the last one focused. */
  activeCard: Id | null;
  /**
   * What the canvas highlights: the AIO elements shown (any set of them; a card with one of
   * them stays bright) and at most one stage. Both together: cards that pass both stay bright.
   */
  highlight: { aio: readonly AioKey[]; stage: StageKey | null; organisations?: readonly Id[] };
  searchOpen: boolean;
  checksOpen: boolean;
  /** The inspector can make way for the canvas (a projector at 1280 px wide). */
  inspectorOpen: boolean;
  /** The canvas's zoom controls and minimap (folded into one button when off). */
  overlaysOpen: boolean;
  dialog: DialogState | null;
  /** Trace mode: the canvas dims all but the paths through the selected cards. */
  traceOn: boolean;
  /** The one-page summary beside the canvas. */
  summaryOpen: boolean;
  /** The research matrix (AIO × empowerment or rung) beside the canvas (#11). */
  matrixOpen: boolean;
  /** Presentation mode: the stage shown last (0 = Input), or null when not presenting. */
  presentationStep: number | null;
  /** Where cards are drawn while tidy-up animates them (not yet in the document). */
  tidyPositions: ReadonlyMap<Id, Position> | null;
  versionsOpen: boolean;
  /** The version the canvas compares with the theory shown (marks on cards and links, ghosts of removed ones). */
  comparingVersion: Id | null;
  /** A saved version shown on the canvas read-only (null: the theory now); compared with `comparingVersion` when both are set. */
  viewingVersion: Id | null;
  /** A removed card or link the change list brought into view (its ghost stands out). */
  focusedGhost: Id | null;
  comparison: TheoryComparisonState | null;
  /** The personal instrument library (#11) as last read from the app's settings; null until read. */
  personalLibrary: PersonalLibraryRead | null;
  progress: number | null;
  toast: string | null;
}

export const EMPTY_SELECTION: Selection = { cards: [], links: [] };

export interface UiStore {
  get(): UiState;
  set(patch: Partial<UiState> | ((state: UiState) => Partial<UiState>)): void;
  subscribe(listener: () => void): () => void;
}

/** The selection without ids the document no longer has (after undo, delete, open). */
export function pruneSelection(selection: Selection, has: { cards: (id: Id) => boolean; links: (id: Id) => boolean }): Selection {
  const cards = selection.cards.filter(has.cards);
  const links = selection.links.filter(has.links);
  return cards.length === selection.cards.length && links.length === selection.links.length ? selection : { cards, links };
}

export function createUiStore(initial: Partial<UiState> = {}): UiStore {
  let state: UiState = {
    language: 'nl',
    selection: EMPTY_SELECTION,
    editingCardId: null,
    newCardId: null,
    newCardMark: null,
    newCardFrom: null,
    activeCard: null,
    highlight: { aio: [], stage: null },
    searchOpen: false,
    checksOpen: false,
    inspectorOpen: true,
    overlaysOpen: true,
    dialog: null,
    traceOn: false,
    summaryOpen: false,
    matrixOpen: false,
    presentationStep: null,
    tidyPositions: null,
    versionsOpen: false,
    comparingVersion: null,
    viewingVersion: null,
    focusedGhost: null,
    comparison: null,
    personalLibrary: null,
    progress: null,
    toast: null,
    ...initial,
  };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      const next = typeof patch === 'function' ? patch(state) : patch;
      state = { ...state, ...next };
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Subscribe to one slice; the component re-renders only when that slice changes. */
export function useUiSlice<T>(store: UiStore, select: (state: UiState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
