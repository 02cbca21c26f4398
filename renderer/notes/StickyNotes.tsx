import { ViewportPortal } from '@xyflow/react';
import { notesOf } from '../../shared/notes';
import { useTheory } from '../state/services';
import { StickyNote } from './StickyNote';

/** The theory's sticky notes (the parking lot), drawn on the canvas in its coordinates, above the lanes. */
export function StickyNotes() {
  const notes = notesOf(useTheory());
  if (notes.length === 0) return null;
  return (
    <ViewportPortal>
      <div className="sticky-notes">
        {notes.map((note, i) => (
          <StickyNote key={note.id} note={note} index={i} />
        ))}
      </div>
    </ViewportPortal>
  );
}
