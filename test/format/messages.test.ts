import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProblem, describeProblemIn } from '../../shared/format/parse';
import { formatErrorStrings } from '../../shared/i18n/errors';
import { problemsOf } from '../support/problems';

const invalid = join(__dirname, '../fixtures/invalid');


const nl = describeProblemIn('nl');

describe('file problems in Dutch', () => {
  it('every problem of the hostile corpus reads in Dutch, fully filled in', () => {
    for (const name of readdirSync(invalid)) {
      const raw = readFileSync(join(invalid, name));
      const text = name === 'binary.werkzaam' ? raw.toString('latin1') : raw.toString('utf8');
      for (const problem of problemsOf(text)) {
        const line = nl(problem);
        expect(problem.key, name).toBeDefined();
        expect(line, name).not.toMatch(/\{\w+\}/);
        expect(line, name).not.toBe(describeProblem(problem));
      }
    }
  });

  it('names values, types and fields in Dutch', () => {
    const [stage] = problemsOf(readFileSync(join(invalid, 'bad-stage.werkzaam'), 'utf8'));
    expect(nl(stage!)).toBe('theory.cards[3].stage: "outcomes" is geen fase; kies uit input, action, intermediate, outcome, impact');
    const types = problemsOf(readFileSync(join(invalid, 'wrong-types.werkzaam'), 'utf8')).map(nl);
    expect(types).toEqual(
      expect.arrayContaining([
        'theory.title: verwacht een tekst, gevonden: het getal 42',
        'theory.cards[0].title: verwacht een tekst, gevonden: een lijst',
      ]),
    );
  });

  it('gives line and column as regel and kolom, and JSON errors in words', () => {
    const [p] = problemsOf('{\n  "format": "werkzaam",\n  "version": 1\n  "theory": {}\n}');
    expect(describeProblem(p!)).toBe('the file is not valid JSON: comma expected (line 4, column 3)');
    expect(nl(p!)).toBe('het bestand is geen geldige JSON: komma verwacht (regel 4, kolom 3)');
  });

  it('the English text of every message is its `message`, so the CLI and the bundle agree', () => {
    const [p] = problemsOf('{"format":"werkzaam","version":9,"theory":{"title":"x"}}');
    expect(p!.message).toBe(
      'this file was made by a newer version of Werkzaam (file version 9; this version reads up to 4). Update Werkzaam to open it.',
    );
    expect(nl(p!)).toBe(
      'version: dit bestand is gemaakt met een nieuwere versie van Werkzaam (bestandsversie 9; deze versie leest tot en met 4). Werk Werkzaam bij om het te openen.',
    );
  });

  it('has the same placeholders in both languages', () => {
    const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(formatErrorStrings.nl) as (keyof typeof formatErrorStrings.nl)[]) {
      expect(placeholders(formatErrorStrings.nl[key]), key).toEqual(placeholders(formatErrorStrings.en[key]));
    }
  });

  it('a problem without a message key (from elsewhere) keeps its English text', () => {
    expect(nl({ code: 'x', path: 'theory', message: 'something else' })).toBe('theory: something else');
  });
});
