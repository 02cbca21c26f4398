import type { Language } from '../model';

/**
 * The UI language for a first start, from the languages the OS or browser prefers (most
 * preferred first, BCP 47 tags such as "nl-BE", "en-GB", "fr"): the first one the app
 * speaks wins, so a Belgian "fr-BE, nl-BE" gets Dutch; with none of them, English.
 * Once the user picks a language, that choice is kept and this is not asked again.
 */
export function languageFromLocales(locales: readonly (string | null | undefined)[]): Language {
  for (const tag of locales) {
    const primary = String(tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'nl') return 'nl';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
