import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { DocIndex } from '../../shared/docIndex';
import { emptyDocument } from '../../shared/model';

function withCards(n: number): Editor {
  const editor = new Editor(emptyDocument('en'));
  for (let i = 0; i < n; i++) editor.run('addCard', { stage: 'input', title: `card ${i + 1}` });
  return editor;
}

const added = (editor: Editor, from: string) => editor.run('addLinkedCard', { from }).created.find((id) => id.startsWith('c'))!;

describe('the document index: the next id (shared/docIndex.ts)', () => {
  it('after a cancelled new card, or the newest cards deleted, the next card takes the lowest number free above the rest', () => {
    const editor = withCards(5);
    const mark = editor.mark('add');
    expect(added(editor, 'c2')).toBe('c6');
    editor.bailToMark(mark);
    expect(added(editor, 'c2')).toBe('c6');
    editor.run('deleteCards', { ids: ['c6', 'c5', 'c3'] });
    // c3 stays free: ids only grow from the highest one in use.
    expect(added(editor, 'c1')).toBe('c5');
    expect(added(editor, 'c1')).toBe('c6');
    editor.undo();
    editor.undo();
    expect(added(editor, 'c4')).toBe('c5');
    expect(DocIndex.of(editor.document).matches(editor.document)).toBe(true);
  });
});
