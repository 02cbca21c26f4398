/**
 * What a theory file is called, in one place: the extensions Werkzaam opens and saves
 * (the first is its own; `.json` is read too), for file dialogs, pickers, the command
 * line and suggested names.
 */
export const THEORY_EXTENSIONS = ['werkzaam', 'json'] as const;
export type TheoryExtension = (typeof THEORY_EXTENSIONS)[number];

const THEORY_FILE = new RegExp(`\\.(${THEORY_EXTENSIONS.join('|')})$`, 'i');

/** Whether a file name or path ends in a theory extension. */
export function isTheoryFileName(name: string): boolean {
  return THEORY_FILE.test(name);
}

/** A file name without its theory extension ("plan.werkzaam" → "plan"). */
export function withoutTheoryExtension(name: string): string {
  return name.replace(THEORY_FILE, '');
}
