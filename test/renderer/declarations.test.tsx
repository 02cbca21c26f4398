// @vitest-environment happy-dom
import './setup';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Inspector } from '../../renderer/inspector/Inspector';
import { clipboardTextToFragment, fragmentOf, fragmentToClipboardText } from '../../shared/clipboard';
import { Editor } from '../../shared/editor';
import { parseDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import { emptyDocument, type WerkzaamDocument } from '../../shared/model';
import { applyDiff } from '../../shared/diff';
import { saveVersion } from '../../shared/versions/store';
import { RECORDS, declarationsUnder } from '../../shared/records';
import { labelOf, type AnyDecl, type AnyField, type ValueField } from '../../shared/records/define';
import { renderWithServices } from './render';

/**
 * Every record type and field, listed from the declarations (shared/records), goes
 * through the file, the clipboard and the inspector. A field added to a declaration is
 * checked here at once; it passes when parse/serialize and the clipboard carry it (they
 * read the declarations) and the inspector shows it (its forms place it, or DeclaredFields
 * does) — or when its declaration says it is shown on the canvas or is internal.
 */
afterEach(cleanup);

/** A value for every field that is not its default, so a field that is dropped or defaulted shows. */
function sample(decl: AnyDecl, n: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of decl.keys) {
    const f = decl.fields[key] as AnyField;
    switch (f.kind) {
      case 'id':
        out[key] = `${decl.type}${n}`;
        break;
      case 'text':
        out[key] = `${decl.type} ${key} ${n} ✓`;
        break;
      case 'number':
        out[key] = 100.5 + n;
        break;
      case 'literal':
        out[key] = f.defaultValue();
        break;
      case 'enum': {
        const values = (f as ValueField<string>).values!;
        out[key] = values.find((v) => v !== f.defaultValue())!;
        break;
      }
      case 'list':
        out[key] = (f as ValueField<string[]>).values ? [...(f as ValueField<string[]>).values!] : [`${decl.type} ${key} ${n} ✓`];
        break;
      case 'struct':
        out[key] = sample(f.decl, n);
        break;
      case 'nested':
        out[key] = [sample(f.decl, n)];
        break;
      case 'collection':
        out[key] = {};
    }
  }
  return out;
}

/** A theory with one of every record, every field set to a value that is not its default. */
function fullDocument(): WerkzaamDocument {
  const doc = sample(RECORDS.document, 1) as unknown as WerkzaamDocument;
  const theory = doc.theory;
  // Origins name one of the theory's organisations.
  const fromOrganisation = <T extends { origins: { organisation: string }[] }>(r: T) => ({ ...r, origins: r.origins.map((o) => ({ ...o, organisation: 'organisation1' })) });
  const card = (n: number) => fromOrganisation({ ...sample(RECORDS.card, n), stage: 'outcome', position: { x: 940 + n, y: 200 * n } } as never) as never;
  theory.cards = { card1: card(1), card2: card(2) };
  theory.assumptions = { assumption1: sample(RECORDS.assumption, 1) as never };
  theory.links = { link1: fromOrganisation({ ...sample(RECORDS.link, 1), from: 'card1', to: 'card2', assumptions: ['assumption1'] } as never) as never };
  // So does a sticky note's organisation.
  theory.notes = theory.notes.map((n) => ({ ...n, organisation: 'organisation1' }));
  // A version as the app saves it: the theory as it is (test/versions covers removals and reorders).
  const version = doc.versions[0]!;
  const saved = applyDiff({ ...doc, versions: [] }, saveVersion({ ...doc, versions: [] }, { label: version.label, author: version.author, note: version.note, created: version.created }).diff);
  return { ...saved, versions: saved.versions.map((v) => ({ ...v, id: version.id })) };
}

/** Fields a version holds only when the version before it had something to remove or reorder: a first version has none. */
const FIRST_VERSION_EMPTY = ['removedCards', 'removedLinks', 'removedAssumptions', 'cardOrder', 'linkOrder', 'assumptionOrder'];

/** Each record of the document with its declaration: the root, the theory, and one of each below. */
function recordsIn(doc: WerkzaamDocument): { decl: AnyDecl; record: Record<string, unknown> }[] {
  const out: { decl: AnyDecl; record: Record<string, unknown> }[] = [];
  const walk = (decl: AnyDecl, record: Record<string, unknown>) => {
    out.push({ decl, record });
    for (const key of decl.keys) {
      const f = decl.fields[key] as AnyField;
      const value = record[key];
      if (f.kind === 'struct') walk(f.decl, value as Record<string, unknown>);
      else if (f.kind === 'nested') walk(f.decl, (value as Record<string, unknown>[])[0]!);
      else if (f.kind === 'collection') walk(f.decl, Object.values(value as object)[0] as Record<string, unknown>);
    }
  };
  walk(RECORDS.document, doc as unknown as Record<string, unknown>);
  return out;
}

describe('every declared record type and field', () => {
  const doc = fullDocument();
  // Types used in more than one place (a card in the theory and in a version) are listed once.
  const types = [...new Set(declarationsUnder().map(({ decl }) => decl.type))];

  it('the declarations list the record types: document, theory, card, link, assumption, indicator, position', () => {
    expect(types.sort()).toEqual(Object.keys(RECORDS).sort());
  });

  it('the sample sets every field away from its default (so the checks below can fail)', () => {
    for (const { decl, record } of recordsIn(doc)) {
      for (const key of decl.keys) {
        const f = decl.fields[key] as AnyField;
        if (f.kind === 'literal' || f.kind === 'collection' || f.kind === 'struct') continue;
        if (decl.type === 'version' && FIRST_VERSION_EMPTY.includes(key)) continue;
        expect(record[key], `${decl.type}.${key}`).not.toEqual(f.defaultValue());
      }
    }
  });

  it('parse → serialize: the file writes every field, in declaration order, and reads it back', () => {
    const text = serializeDocument(doc);
    const parsed = parseDocument(text);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(parsed.document).toEqual(doc);
    const file = JSON.parse(text) as Record<string, unknown>;
    const check = (decl: AnyDecl, object: Record<string, unknown>) => {
      const written = decl.type === 'version' ? decl.keys.filter((k) => !FIRST_VERSION_EMPTY.includes(k)) : decl.keys;
      expect(Object.keys(object), decl.type).toEqual(written);
      for (const key of decl.keys) {
        const f = decl.fields[key] as AnyField;
        const value = object[key];
        if (f.kind === 'struct') check(f.decl, value as Record<string, unknown>);
        else if (f.kind === 'nested' || f.kind === 'collection') check(f.decl, (value as Record<string, unknown>[])[0]!);
      }
    };
    check(RECORDS.document, file);
  });

  it('clipboard copy → paste carries every field of cards (with their indicators), links and assumptions', () => {
    const fragment = fragmentOf(doc.theory, ['card1', 'card2']);
    const back = clipboardTextToFragment(fragmentToClipboardText(doc.theory, ['card1', 'card2']));
    expect(back).toEqual(fragment);
    // Into a theory with the same organisations, so the cards' and links' origins hold there too.
    const empty = emptyDocument('en');
    const target = new Editor({ ...empty, theory: { ...empty.theory, organisations: doc.theory.organisations } });
    target.run('pasteFragment', { fragment: back! });
    const [pastedCard] = Object.values(target.theory.cards);
    const [pastedLink] = Object.values(target.theory.links);
    const [pastedAssumption] = Object.values(target.theory.assumptions);
    // What paste gives anew: ids, where the copy lands (and so its stage), a link's ends.
    const given = { card: ['id', 'position', 'stage'], link: ['id', 'from', 'to', 'assumptions'], assumption: ['id'] };
    const pairs = [
      [RECORDS.card, doc.theory.cards.card1, pastedCard, given.card],
      [RECORDS.link, doc.theory.links.link1, pastedLink, given.link],
      [RECORDS.assumption, doc.theory.assumptions.assumption1, pastedAssumption, given.assumption],
    ] as const;
    for (const [decl, original, pasted, renewed] of pairs) {
      for (const key of decl.keys) {
        if ((renewed as readonly string[]).includes(key)) continue;
        expect((pasted as Record<string, unknown>)[key], `${decl.type}.${key}`).toEqual((original as Record<string, unknown>)[key]);
      }
    }
    expect(pastedLink!.assumptions).toEqual([pastedAssumption!.id]);
  });

  it('fields not in the inspector say where they are shown instead', () => {
    const elsewhere = Object.fromEntries(
      declarationsUnder().map(({ decl }) => [
        decl.type,
        decl.keys.filter((key) => (decl.fields[key] as AnyField).shown !== 'inspector').map((key) => `${key}:${(decl.fields[key] as AnyField).shown}`),
      ]),
    );
    expect(elsewhere).toEqual({
      document: ['format:internal', 'version:internal', 'theory:internal', 'versions:internal'],
      // The theory's own fields as a version keeps them (the theory's declaration without its collections).
      // Sticky notes are drawn on the canvas (renderer/notes).
      theory: ['created:internal', 'modified:internal', 'notes:canvas'],
      note: ['id:internal', 'position:canvas', 'organisation:canvas'],
      card: ['id:internal', 'position:canvas'],
      position: ['x:canvas', 'y:canvas'],
      indicator: ['id:internal'],
      link: ['id:internal'],
      assumption: ['id:internal'],
      organisation: ['id:internal', 'file:internal'],
      cardOrigin: ['id:internal', 'organisation:canvas', 'card:internal'],
      linkOrigin: ['id:internal', 'organisation:canvas', 'link:internal'],
      instrument: ['id:internal'],
      measurement: ['id:internal'],
      // Versions are shown in the timeline (renderer/versions), not the inspector.
      version: [
        'id:internal',
        'created:internal',
        'theory:internal',
        'cards:internal',
        'links:internal',
        'assumptions:internal',
        'removedCards:internal',
        'removedLinks:internal',
        'removedAssumptions:internal',
        'cardOrder:internal',
        'linkOrder:internal',
        'assumptionOrder:internal',
      ],
    });
    expect(declarationsUnder().filter(({ decl }) => decl === RECORDS.theory).map(({ decl }) => decl.keys.filter((key) => (decl.fields[key] as AnyField).shown !== 'inspector'))).toEqual([
      ['created', 'modified', 'notes', 'cards', 'links'],
    ]);
  });

  /** The inspector shows a field: its declared label, and its value. */
  function expectShown(decl: AnyDecl, record: Record<string, unknown>, language: 'en' | 'nl' = 'en') {
    const page = document.body.textContent ?? '';
    const values = [...document.querySelectorAll('input, textarea, select')].map((e) => (e as HTMLInputElement).value);
    for (const key of decl.keys) {
      const f = decl.fields[key] as AnyField;
      if (f.shown !== 'inspector' || f.kind === 'nested' || f.kind === 'collection') continue;
      const label = labelOf(decl, key, language);
      const labelled = [...document.querySelectorAll('label, legend, dt, [aria-label]')].some(
        (e) => (e.textContent ?? '').includes(label) || (e.getAttribute('aria-label') ?? '').includes(label),
      );
      expect(labelled, `label of ${decl.type}.${key} (${label})`).toBe(true);
      const value = record[key];
      if (f.kind === 'text') expect(values, `${decl.type}.${key}`).toContain(value);
      else if (f.kind === 'enum') expect(values, `${decl.type}.${key}`).toContain(value);
      else if (f.kind === 'list' && (f as ValueField<string[]>).values) {
        for (const v of value as string[]) expect(page, `${decl.type}.${key}`).toContain((f as ValueField<string[]>).valueLabels![language][v]);
      } else if (f.kind === 'list') expect(values.join('\n'), `${decl.type}.${key}`).toContain((value as string[])[0]);
    }
  }

  it('the inspector shows every field of the theory', () => {
    renderWithServices(<Inspector />, { doc });
    expectShown(RECORDS.theory, doc.theory as unknown as Record<string, unknown>);
  });

  it('the inspector shows every field of a card and of its indicators', () => {
    renderWithServices(<Inspector />, { doc, ui: { selection: { cards: ['card1'], links: [] } } });
    const card = doc.theory.cards.card1!;
    expectShown(RECORDS.card, card as unknown as Record<string, unknown>);
    expectShown(RECORDS.indicator, card.indicators[0] as unknown as Record<string, unknown>);
  });

  it('the inspector shows every field of a link and of the assumptions it rests on, in Dutch too', () => {
    for (const language of ['en', 'nl'] as const) {
      renderWithServices(<Inspector />, { doc, ui: { language, selection: { cards: [], links: ['link1'] } } });
      const link = doc.theory.links.link1!;
      // A link's ends are shown as the cards' titles, its assumptions as their texts.
      const shown = { ...link, from: doc.theory.cards.card1!.title, to: doc.theory.cards.card2!.title };
      const page = document.body.textContent ?? '';
      expect(page).toContain(shown.from);
      expect(page).toContain(shown.to);
      expect(page).toContain(doc.theory.assumptions.assumption1!.text);
      expectShown({ ...RECORDS.link, keys: RECORDS.link.keys.filter((k) => !['from', 'to', 'assumptions'].includes(k)) }, link as unknown as Record<string, unknown>, language);
      expectShown({ ...RECORDS.assumption, keys: ['status', 'kind'] }, doc.theory.assumptions.assumption1 as unknown as Record<string, unknown>, language);
      cleanup();
    }
    expect(screen.queryByText('x')).toBeNull();
  });
});
