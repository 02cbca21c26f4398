import type { Theory, WerkzaamDocument } from '../../shared/model';
import type { Version } from '../../shared/records/version';
import { documentAt, theoryAt } from '../../shared/versions/store';
import type { Services } from '../state/services';

type Shown = Pick<Services, 'editor' | 'ui'>;

/** The saved version shown read-only on the canvas (renderer/versions/VersionViewer), or null for the theory now. */
export function shownVersion({ editor, ui }: Shown): Version | null {
  const id = ui.get().viewingVersion;
  return id === null ? null : (editor.document.versions.find((v) => v.id === id) ?? null);
}

/**
 * The theory on the canvas: a saved version while one is shown read-only, else the theory
 * now. Keyboard navigation, copy, select all and fit go by it, so they act on the cards
 * that are drawn.
 */
export function shownTheory(services: Shown): Theory {
  const version = shownVersion(services);
  return version ? theoryAt(services.editor.document, version.id) : services.editor.theory;
}

/**
 * The document with the shown theory: what the exports write while a version is shown
 * (the user exports what they see). Its list of versions is the file's, unchanged.
 */
export function shownDocument(services: Shown): WerkzaamDocument {
  const version = shownVersion(services);
  return version ? documentAt(services.editor.document, version.id) : services.editor.document;
}
