import type { Editor } from '../../shared/editor';

/**
 * Listen for whole-document replacements (open, new, restore) as opposed to edits.
 * Each change is reported to `onChange` with whether it was a load.
 */
export function subscribeChanges(editor: Editor, onChange: (editor: Editor, loaded: boolean) => void): () => void {
  return editor.subscribe((change) => onChange(change.editor, change.kind === 'load'));
}
