import { diffDocuments } from '../../shared/diff';
import type { WerkzaamDocument } from '../../shared/model';
import type { Services } from './services';

/**
 * Open a document made by the app (an import, a merge) as a new, unsaved theory whose first
 * undo step is its making: undo gives the empty theory back. False when the user kept
 * unsaved work.
 */
export async function openAsNew(services: Services, doc: WerkzaamDocument, name: string): Promise<boolean> {
  const { editor, session } = services;
  if (!(await session.newDocument())) return false;
  editor.apply(diffDocuments(editor.document, { ...doc, theory: { ...doc.theory, created: editor.theory.created, modified: editor.theory.modified } }, 'import'), { name });
  return true;
}
