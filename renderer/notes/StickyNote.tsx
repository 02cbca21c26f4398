import { memo, useLayoutEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useStore } from '@xyflow/react';
import type { Note } from '../../shared/records/note';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../shared/notes';
import { LIMITS } from '../../shared/format/limits';
import { workshopStrings } from '../../shared/i18n/workshop';
import { translator } from '../../shared/i18n/core';
import { useServices, useLanguage } from '../state/services';
import { useEditRun } from '../inspector/useEditRun';
import { toastCommandError } from '../state/commandErrorToast';
import { takeNoteFocus } from './noteFocus';
import { OriginBadges } from '../versions/OriginBadges';

const zoomOf = (s: { transform: [number, number, number] }) => s.transform[2];
/** Canvas units a note moves per Alt+arrow press (the cards' snap grid). */
const STEP = 16;

/**
 * One sticky note on the canvas: a strip to drag it by (or Alt+arrow keys), its text
 * (typing is one undo step), and a button that removes it. Not a card: no stage, no links.
 */
function StickyNoteView({ note, index }: { note: Note; index: number }) {
  const { editor, ui } = useServices();
  const language = useLanguage();
  const w = translator(workshopStrings, language);
  const zoom = useStore(zoomOf);
  const typing = useEditRun();
  const drag = useRef<{ mark: string; x: number; y: number; from: { x: number; y: number } } | null>(null);
  const label = w('noteLabel', { n: index + 1 });
  const text = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    if (takeNoteFocus(note.id)) text.current?.focus({ preventScroll: true });
  }, [note.id]);

  const run = (name: 'moveNotes' | 'deleteNotes', args: never) => {
    try {
      editor.run(name, args);
    } catch (error) {
      toastCommandError(ui, error);
    }
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || (e.target as Element).closest('button')) return;
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { mark: editor.mark('moveNotes'), x: e.clientX, y: e.clientY, from: note.position };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const position = { x: Math.round(d.from.x + (e.clientX - d.x) / zoom), y: Math.round(d.from.y + (e.clientY - d.y) / zoom) };
    run('moveNotes', { moves: [{ id: note.id, position }] } as never);
  };
  const onPointerUp = () => {
    const d = drag.current;
    if (!d) return;
    drag.current = null;
    editor.squashToMark(d.mark);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && drag.current) {
      e.stopPropagation();
      editor.bailToMark(drag.current.mark);
      drag.current = null;
      return;
    }
    // Alt+arrows move the note (for a card they move the card: the note keeps them to itself).
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const arrow = arrows[e.key];
    if (e.altKey && arrow) {
      e.preventDefault();
      e.stopPropagation();
      // The text typed so far is one step, each move another.
      typing.end();
      run('moveNotes', { moves: [{ id: note.id, position: { x: note.position.x + arrow[0] * STEP, y: note.position.y + arrow[1] * STEP } }] } as never);
    }
  };

  return (
    <section
      className="sticky-note nodrag nopan nowheel"
      data-note-id={note.id}
      aria-label={label}
      style={{ left: note.position.x, top: note.position.y, width: NOTE_WIDTH, height: NOTE_HEIGHT }}
      onKeyDown={onKeyDown}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      {/* The text first, for the keyboard (Tab reaches it before the remove button); the strip is drawn above it. */}
      <textarea
        ref={text}
        className="sticky-note-text"
        aria-label={label}
        aria-description={w('noteHelp')}
        value={note.text}
        placeholder={w('notePlaceholder')}
        maxLength={LIMITS.stringLength}
        readOnly={editor.locked}
        onChange={(e) => {
          const text = e.target.value;
          typing.change(() => editor.run('updateNote', { id: note.id, text }));
        }}
        onBlur={typing.end}
      />
      <div className="sticky-note-head" onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={onPointerUp}>
        <span aria-hidden="true">{label}</span>
        {/* In a generic theory: the organisation whose parking lot it came from. */}
        {note.organisation && <OriginBadges origins={[{ organisation: note.organisation }]} />}
        <button type="button" className="sticky-note-delete" aria-label={w('noteDelete', { n: index + 1 })} title={w('noteDelete', { n: index + 1 })} onClick={() => run('deleteNotes', { ids: [note.id] } as never)}>
          ×
        </button>
      </div>
    </section>
  );
}

export const StickyNote = memo(StickyNoteView);
