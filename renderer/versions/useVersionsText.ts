import { useSyncExternalStore } from 'react';
import { translator } from '../../shared/i18n/core';
import { versionStrings } from '../../shared/i18n/versions';
import type { Id, WerkzaamDocument } from '../../shared/model';
import { versionComparison, type ChangeMark, type VersionComparison } from '../../shared/versions/marks';
import { useServices, useUi, useLanguage } from '../state/services';

/** The versions and comparison strings in the UI language. */
export function useVersionsText() {
  return translator(versionStrings, useUi((s) => s.language));
}

/** One part of the document; re-renders only when that part is another object (or value). */
export function useDocumentPart<T>(select: (doc: WerkzaamDocument) => T): T {
  const { editor } = useServices();
  return useSyncExternalStore(editor.subscribe.bind(editor), () => select(editor.document));
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

/** The mark of one card or link while a version is compared: re-renders only when its own mark changes. */
export function useChangeMark(type: 'cards' | 'links', id: Id): ChangeMark | null {
  const from = useUi((s) => s.comparingVersion);
  const to = useUi((s) => s.viewingVersion);
  return useDocumentPart((doc) => comparisonIn(doc, from, to)?.[type].get(id) ?? null);
}
