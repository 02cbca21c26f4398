import type { Theory } from '../../shared/model';
import { theoryAt } from '../../shared/versions/store';
import type { Services } from '../state/services';

/**
 * The theory on the canvas: a saved version while one is shown read-only
 * (renderer/versions/VersionViewer), else the theory now. Keyboard navigation goes by it, so
 * the arrows move between the cards that are drawn.
 */
export function shownTheory({ editor, ui }: Pick<Services, 'editor' | 'ui'>): Theory {
  const id = ui.get().viewingVersion;
  return id !== null && editor.document.versions.some((v) => v.id === id) ? theoryAt(editor.document, id) : editor.theory;
}
