/**
 * How long a message stays: four seconds for a short one, about a second more per dozen
 * characters (reading speed, with margin), at most twenty seconds. WCAG 2.2.1 asks that
 * timed text can be held: the toast also waits while hovered or focused.
 */
export function toastDuration(text: string): number {
  return Math.min(20_000, Math.max(4000, 1500 + 80 * text.length));
}
