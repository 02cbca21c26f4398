import type { Id, Position, Theory } from './model';
import type { Note } from './records/note';
import { LANE_TOP, LANE_WIDTH, laneLeft } from './layout';

/** A sticky note's size on the canvas and in its column (canvas units). */
export const NOTE_WIDTH = 200;
export const NOTE_HEIGHT = 140;
const NOTE_GAP = 16;
/** The parking lot: a column right of the Impact lane, clear of the chain. */
export const PARKING_X = laneLeft('impact') + LANE_WIDTH + 48;

/** The notes of a theory, in file order (a theory read from an older file has none). */
export function notesOf(theory: Pick<Theory, 'notes'>): readonly Note[] {
  return theory.notes ?? [];
}

/** A note id not in use: n1, n2, … after the highest. */
export function newNoteId(notes: readonly Note[]): Id {
  let n = 0;
  for (const note of notes) {
    const m = /^n(\d+)$/.exec(note.id);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return `n${n + 1}`;
}

/** The first free place in the parking lot, top down: no note there overlaps it. */
export function freeNoteSpot(notes: readonly Note[]): Position {
  const x = PARKING_X;
  for (let y = LANE_TOP; ; y += NOTE_HEIGHT + NOTE_GAP) {
    const taken = notes.some((n) => n.position.x < x + NOTE_WIDTH && x < n.position.x + NOTE_WIDTH && n.position.y < y + NOTE_HEIGHT && y < n.position.y + NOTE_HEIGHT);
    if (!taken) return { x, y };
  }
}
