import type { Editor } from '../../shared/editor';

/**
 * Listen for whole-document replacements (open, new, restore) as opposed to edits: the
 * document changed and the history is empty, which only Editor.load leaves behind.
 * Each change is reported to `onChange` with whether it was a load.
 */
export function subscribeChanges(editor: Editor, onChange: (editor: Editor, loaded: boolean) => void): () => void {
  let shown = editor.document;
  return editor.subscribe((current) => {
    const { undo, redo } = current.historySize;
    const loaded = current.document !== shown && undo === 0 && redo === 0;
    shown = current.document;
    onChange(current, loaded);
  });
}
