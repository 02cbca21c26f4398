/**
 * The note whose text gets the keyboard as soon as it is on screen. A new note is focused
 * when it mounts (a layout effect), not a frame later: keys typed right after Shift+N
 * would otherwise reach the card that had the focus.
 */
let pending: string | null = null;

export function requestNoteFocus(id: string): void {
  pending = id;
}

/** True once for the requested note; clears the request. */
export function takeNoteFocus(id: string): boolean {
  if (pending !== id) return false;
  pending = null;
  return true;
}
