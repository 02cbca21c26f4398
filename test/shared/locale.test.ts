import { describe, expect, it } from 'vitest';
import { languageFromLocales } from '../../shared/i18n/locale';

describe('languageFromLocales', () => {
  it('Dutch for nl-NL, nl-BE and nl; English for English locales', () => {
    expect(languageFromLocales(['nl-NL'])).toBe('nl');
    expect(languageFromLocales(['nl-BE', 'en-US'])).toBe('nl');
    expect(languageFromLocales(['nl'])).toBe('nl');
    expect(languageFromLocales(['en-GB', 'nl-NL'])).toBe('en');
    expect(languageFromLocales(['EN_us'])).toBe('en');
  });

  it('the first language the app speaks wins; none of them gives English', () => {
    expect(languageFromLocales(['fr-BE', 'nl-BE'])).toBe('nl');
    expect(languageFromLocales(['de-DE', 'fr'])).toBe('en');
    expect(languageFromLocales([])).toBe('en');
    expect(languageFromLocales([undefined, null, ''])).toBe('en');
    // "nld"/"nb" are not Dutch tags the browser sends for Dutch; only the primary subtag counts.
    expect(languageFromLocales(['nb-NO'])).toBe('en');
  });
});
