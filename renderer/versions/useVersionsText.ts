import { useSyncExternalStore } from 'react';
import { translator } from '../../shared/i18n/core';
import { versionStrings } from '../../shared/i18n/versions';
import type { WerkzaamDocument } from '../../shared/model';
import { versionComparison, type VersionComparison } from '../../shared/versions/marks';
import { useServices, useUi } from '../state/services';

/** The versions and comparison strings in the UI language. */
export function useVersionsText() {
  return translator(versionStrings, useUi((s) => s.language));
}

/** One part of the document; re-renders only when that part is another object (or value). */
export function useDocumentPart<T>(select: (doc: WerkzaamDocument) => T): T {
  const { editor } = useServices();
  return useSyncExternalStore(editor.subscribe.bind(editor), () => select(editor.document));
}

/** The version the canvas compares with now, derived from the document and the UI state; null when none is. */
export function useVersionComparison(): VersionComparison | null {
  const id = useUi((s) => s.comparingVersion);
  return useDocumentPart((doc) => (id && doc.versions.some((v) => v.id === id) ? versionComparison(doc, id) : null));
}
