import { useCallback, useEffect, useRef } from 'react';
import type { MarkId } from '../../shared/editor';
import { useServices } from '../state/services';

/**
 * Typing in one field is one undo step: the first change sets a history mark, leaving the
 * field (or the field going away) squashes everything since into one step.
 * `change(run)` runs a command inside the run; `end()` closes it.
 */
export function useEditRun(): { change: (run: () => void) => void; end: () => void } {
  const { editor } = useServices();
  const mark = useRef<MarkId | null>(null);
  const end = useCallback(() => {
    if (mark.current === null) return;
    editor.squashToMark(mark.current);
    mark.current = null;
  }, [editor]);
  const change = useCallback(
    (run: () => void) => {
      mark.current ??= editor.mark();
      run();
    },
    [editor],
  );
  useEffect(() => end, [end]);
  return { change, end };
}
