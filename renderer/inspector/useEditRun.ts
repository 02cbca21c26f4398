import { useCallback, useEffect, useRef } from 'react';
import type { MarkId } from '../../shared/editor';
import { useServices } from '../state/services';
import { toastCommandError } from '../state/commandErrorToast';

/**
 * Typing in one field is one undo step: the first change sets a history mark, leaving the
 * field (or the field going away) squashes everything since into one step.
 * `change(run)` runs a command inside the run; `end()` closes it.
 */
export function useEditRun(): { change: (run: () => void) => void; end: () => void } {
  const { editor, ui } = useServices();
  const mark = useRef<MarkId | null>(null);
  const end = useCallback(() => {
    if (mark.current === null) return;
    editor.squashToMark(mark.current);
    mark.current = null;
  }, [editor]);
  const change = useCallback(
    (run: () => void) => {
      mark.current ??= editor.mark();
      // A refused change (past a limit the file would not reopen with) is told, not thrown from an event handler.
      try {
        run();
      } catch (error) {
        toastCommandError(ui, error);
      }
    },
    [editor, ui],
  );
  useEffect(() => end, [end]);
  return { change, end };
}
