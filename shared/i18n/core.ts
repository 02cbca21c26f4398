import type { Language } from '../model';

/**
 * Strings live in namespace files (domain, ui, menu, checks, errors, report), each an
 * object `{ nl: {...}, en: {...} }` whose English half is typed against the Dutch one,
 * so a key missing in one language is a compile error.
 */
export type Strings = Record<string, string>;
export type Bundle<T extends Strings> = { nl: T; en: { [K in keyof T]: string } };

export function defineBundle<T extends Strings>(bundle: { nl: T; en: { [K in keyof T]: string } }): Bundle<T> {
  return bundle;
}

/** Fill `{name}` placeholders. Unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole,
  );
}

export function translator<T extends Strings>(bundle: Bundle<T>, lang: Language) {
  const table = bundle[lang] as Record<keyof T, string>;
  return (key: keyof T, values?: Record<string, string | number>): string => format(table[key], values);
}

/** The locale for dates and numbers in each UI language. */
export const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
