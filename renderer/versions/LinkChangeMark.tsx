import { EdgeLabelRenderer } from '@xyflow/react';
import type { Id } from '../../shared/model';
import type { ChangeMark } from '../../shared/versions/marks';
import { useChangeMark, useVersionsText } from './useVersionsText';

/** A link's mark while a version is compared: null, "added" or "changed". */
export function useLinkChangeMark(id: Id): ChangeMark | null {
  return useChangeMark('links', id);
}

/**
 * The word on a link added or changed since the version compared (the arrow's colour follows
 * it in CSS), a little below the middle of the arrow, clear of its rationale marker.
 */
export function LinkChangeMark({ id, mark, x, y }: { id: Id; mark: ChangeMark; x: number; y: number }) {
  const t = useVersionsText();
  return (
    <EdgeLabelRenderer>
      <span
        className={`version-mark link-version-mark mark-${mark}`}
        data-link-mark={id}
        aria-hidden="true"
        style={{ transform: `translate(-50%, 0) translate(${x}px, ${y + 12}px)` }}
      >
        {t(mark === 'added' ? 'markAdded' : 'markChanged')}
      </span>
    </EdgeLabelRenderer>
  );
}
