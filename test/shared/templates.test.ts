import { describe, expect, it } from 'vitest';
import { TEMPLATES, templateByName } from '../../shared/templates';
import { LANGUAGES } from '../../shared/model';
import { serializeDocument } from '../../shared/format/serialize';
import { loadDocument } from '../../shared/format/parse';

describe('templates', () => {
  it('the empty template gives an empty theory titled in the chosen language, stamped with the given time', () => {
    const empty = templateByName('empty')!;
    const nl = empty.create('nl', '2026-03-01T09:00:00.000Z');
    expect(nl.theory).toMatchObject({ title: 'Naamloze theorie', language: 'nl', created: '2026-03-01T09:00:00.000Z', modified: '2026-03-01T09:00:00.000Z' });
    expect([nl.theory.cards, nl.theory.links, nl.theory.assumptions]).toEqual([{}, {}, {}]);
    expect(empty.create('en').theory).toMatchObject({ title: 'Untitled theory', language: 'en', created: '' });
  });

  it('names are unique and found by name; an unknown name is undefined', () => {
    const names = TEMPLATES.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const t of TEMPLATES) expect(templateByName(t.name)).toBe(t);
    expect(templateByName('kdg')).toBeUndefined();
    expect(templateByName('constructor')).toBeUndefined();
  });

  for (const t of TEMPLATES) {
    it(`${t.name}: labelled in both languages; every document it makes saves, reopens and is its own copy`, () => {
      for (const language of LANGUAGES) {
        expect(t.label[language].trim()).not.toBe('');
        expect(t.description[language].trim()).not.toBe('');
        const doc = t.create(language, '2026-03-01T09:00:00.000Z');
        expect(doc.theory.language).toBe(language);
        expect(loadDocument(serializeDocument(doc))).toEqual(doc);
        // A second document must not share records with the first (one is edited, the other not).
        const other = t.create(language);
        expect(other.theory.cards).not.toBe(doc.theory.cards);
        expect(other.theory.authors).not.toBe(doc.theory.authors);
      }
    });
  }
});
