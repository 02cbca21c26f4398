import { useCallback, useSyncExternalStore } from 'react';
import { translator } from '../../shared/i18n/core';
import { versionStrings } from '../../shared/i18n/versions';
import type { Id, WerkzaamDocument } from '../../shared/model';
import { versionComparison, type ChangeMark, type VersionComparison } from '../../shared/versions/marks';
import { useServices, useUi, useLanguage } from '../state/services';
import { useUiValue } from '../state/uiKeys';
import type { UiState } from '../state/uiStore';

/** The versions and comparison strings in the UI language. */
export function useVersionsText() {
  return translator(versionStrings, useLanguage());
}

/** One part of the document; re-renders only when that part is another object (or value). */
export function useDocumentPart<T>(select: (doc: WerkzaamDocument) => T): T {
  const { editor } = useServices();
  const subscribe = useCallback((listener: () => void) => editor.subscribe(listener), [editor]);
  return useSyncExternalStore(subscribe, () => select(editor.document));
}

const has = (doc: WerkzaamDocument, id: Id | null): id is Id => id !== null && doc.versions.some((v) => v.id === id);

/**
 * The comparison the canvas shows, derived from the document and the UI state: the version
 * compared (`comparingVersion`) with the one shown read-only (`viewingVersion`) or, when
 * none is, with now; null when no version is compared.
 */
export function useVersionComparison(): VersionComparison | null {
  const from = useUi((s) => s.comparingVersion);
  const to = useUi((s) => s.viewingVersion);
  return useDocumentPart((doc) => comparisonIn(doc, from, to));
}

export function comparisonIn(doc: WerkzaamDocument, from: Id | null, to: Id | null): VersionComparison | null {
  if (!has(doc, from)) return null;
  if (to !== null && !has(doc, to)) return null;
  return versionComparison(doc, from, to ?? 'now');
}

const comparingVersion = (s: UiState) => s.comparingVersion;
const viewingVersion = (s: UiState) => s.viewingVersion;
const NO_SUBSCRIPTION = () => undefined;

/**
 * The mark of one card or link while a version is compared: re-renders only when its own
 * mark changes. Every card and arrow on screen asks, so while no version is compared it asks
 * the document nothing, and the UI store through one listener for all (uiKeys).
 */
export function useChangeMark(type: 'cards' | 'links', id: Id): ChangeMark | null {
  const { editor, ui } = useServices();
  const from = useUiValue(ui, comparingVersion);
  const to = useUiValue(ui, viewingVersion);
  const subscribe = useCallback((listener: () => void) => (from === null ? NO_SUBSCRIPTION : editor.subscribe(listener)), [editor, from]);
  return useSyncExternalStore(subscribe, () => (from === null ? null : (comparisonIn(editor.document, from, to)?.[type].get(id) ?? null)));
}
