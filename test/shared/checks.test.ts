import { cardRecord } from '../../shared/records';
import { newRecord } from '../../shared/records/define';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Editor } from '../../shared/editor';
import { CHECK_CODES, CHECK_DESCRIPTIONS, cycles, runChecks, type CheckCode } from '../../shared/checks';
import { emptyDocument, STAGES, type Card, type Theory } from '../../shared/model';
import { generateTheory } from '../bench/generate';

/** A complete, healthy chain: one card per stage (c1…c5), linked in order, with rationale, AIO and an indicator. */
function healthy(): Editor {
  const e = new Editor(emptyDocument('nl'));
  for (const stage of STAGES) e.run('addCard', { stage, title: stage, aio: ['integraal'] });
  for (let i = 1; i < 5; i++) e.run('connect', { from: `c${i}`, to: `c${i + 1}`, rationale: 'omdat' });
  e.run('addIndicator', { cardId: 'c4', indicator: { name: 'MPE' } });
  return e;
}
const codes = (t: Theory) => runChecks(t).map((r) => r.code);
const only = (t: Theory, code: CheckCode) => runChecks(t).filter((r) => r.code === code);

function bareCard(id: string, stage: Card['stage'], y: number): Card {
  return newRecord(cardRecord, { id, stage, title: id, aio: ['netwerk'], position: { x: 0, y } });
}

describe('chain checks', () => {
  it('a healthy chain raises nothing', () => {
    expect(runChecks(healthy().theory)).toEqual([]);
  });

  it('an empty theory raises nothing (no stage-empty ×5); its first card brings the checks on', () => {
    const e = new Editor(emptyDocument('nl'));
    expect(runChecks(e.theory)).toEqual([]);
    e.run('addCard', { stage: 'input', title: 'Begeleiders' });
    expect(codes(e.theory)).toEqual(['card-unlinked', 'stage-empty', 'stage-empty', 'stage-empty', 'stage-empty', 'card-no-aio']);
  });

  it('card-unlinked: a card with no links; one link in either direction is enough', () => {
    const e = healthy();
    e.run('addCard', { stage: 'action', title: 'Los', aio: ['netwerk'] });
    expect(only(e.theory, 'card-unlinked')).toEqual([
      { code: 'card-unlinked', severity: 'warning', ids: ['c6'], message: { nl: '“Los” is met niets verbonden.', en: '“Los” is not linked to anything.' } },
    ]);
    e.run('connect', { from: 'c6', to: 'c3', rationale: 'r' });
    expect(only(e.theory, 'card-unlinked')).toEqual([]);
  });

  it('stage-empty names the stage in both languages, with the stage key as id', () => {
    const e = healthy();
    e.run('deleteCards', { ids: ['c3'] });
    expect(only(e.theory, 'stage-empty')).toEqual([
      {
        code: 'stage-empty',
        severity: 'warning',
        ids: ['intermediate'],
        message: { nl: 'De fase Tussenresultaten heeft nog geen kaarten.', en: 'The stage Intermediate results has no cards yet.' },
      },
    ]);
    e.undo();
    expect(only(e.theory, 'stage-empty')).toEqual([]);
  });

  it('outcome-no-indicator: only outcome cards need one', () => {
    const e = healthy();
    e.run('deleteIndicator', { cardId: 'c4', indicatorId: 'c4-i1' });
    expect(only(e.theory, 'outcome-no-indicator')).toMatchObject([{ severity: 'warning', ids: ['c4'], message: { nl: 'Outcome “outcome” heeft geen indicator.' } }]);
    // The impact and intermediate cards have no indicator either, and that is fine.
    expect(e.theory.cards.c5!.indicators).toEqual([]);
    expect(only(e.theory, 'outcome-no-indicator')).toHaveLength(1);
  });

  it('card-no-aio is info; a card with an empty title is named by its id', () => {
    const e = healthy();
    e.run('setCardAio', { id: 'c2', aio: [] });
    e.run('updateCard', { id: 'c2', changes: { title: '  ' } });
    expect(only(e.theory, 'card-no-aio')).toEqual([
      { code: 'card-no-aio', severity: 'info', ids: ['c2'], message: { nl: '“c2” heeft nog geen AIO-element.', en: '“c2” has no AIO element yet.' } },
    ]);
    e.run('setCardAio', { id: 'c2', aio: ['netwerk'] });
    expect(only(e.theory, 'card-no-aio')).toEqual([]);
  });

  it('link-backwards: to an earlier stage warns, within one stage does not', () => {
    const e = healthy();
    e.run('connect', { from: 'c3', to: 'c2', rationale: 'terugkoppeling' }); // l5
    e.run('addCard', { stage: 'outcome', title: 'lange termijn', aio: ['netwerk'] });
    e.run('addIndicator', { cardId: 'c6' });
    e.run('connect', { from: 'c4', to: 'c6', rationale: 'korte → lange termijn' }); // same stage
    e.run('connect', { from: 'c6', to: 'c5', rationale: 'r' });
    expect(only(e.theory, 'link-backwards')).toEqual([
      {
        code: 'link-backwards',
        severity: 'warning',
        ids: ['l5', 'c3', 'c2'],
        message: {
          nl: 'De verbinding van “intermediate” naar “action” loopt terug van Tussenresultaten naar Acties.',
          en: 'The link from “intermediate” to “action” runs backwards from Intermediate results to Actions.',
        },
      },
    ]);
  });

  it('link-skips-stages from two skipped stages on, naming the stages skipped', () => {
    const e = healthy();
    e.run('connect', { from: 'c1', to: 'c3', rationale: 'r' }); // l5 skips one: fine
    e.run('connect', { from: 'c1', to: 'c4', rationale: 'r' }); // l6 skips two
    e.run('connect', { from: 'c1', to: 'c5', rationale: 'r' }); // l7 skips three
    const found = only(e.theory, 'link-skips-stages');
    expect(found.map((r) => r.ids)).toEqual([
      ['l6', 'c1', 'c4'],
      ['l7', 'c1', 'c5'],
    ]);
    expect(found[0]!.message.nl).toBe('De verbinding van “input” naar “outcome” slaat 2 fasen over (Acties, Tussenresultaten).');
    expect(found[1]!.message.en).toBe('The link from “input” to “impact” skips 3 stages (Actions, Intermediate results, Outcomes).');
  });

  it('impact-unreached: following links forward from any input', () => {
    const e = healthy();
    e.run('deleteLinks', { ids: ['l2'] });
    expect(only(e.theory, 'impact-unreached')).toMatchObject([{ severity: 'warning', ids: ['c5'], message: { en: 'No input leads to impact “impact”.' } }]);
    // A link pointing the other way does not count as reaching it.
    e.run('connect', { from: 'c3', to: 'c2', rationale: 'r' });
    expect(only(e.theory, 'impact-unreached')).toHaveLength(1);
    // Another input that does lead there is enough.
    e.run('addCard', { stage: 'input', title: 'Partners', aio: ['netwerk'] });
    e.run('connect', { from: 'c6', to: 'c3', rationale: 'r' });
    expect(only(e.theory, 'impact-unreached')).toEqual([]);
  });

  it('impact-unreached when the theory has no input at all', () => {
    const e = healthy();
    e.run('deleteCards', { ids: ['c1'] });
    expect(only(e.theory, 'impact-unreached').map((r) => r.ids)).toEqual([['c5']]);
  });

  it('cycle: reported once with the cards on it, however many loops run through them', () => {
    const e = healthy();
    expect(only(e.theory, 'cycle')).toEqual([]);
    e.run('connect', { from: 'c4', to: 'c2', rationale: 'r' });
    e.run('connect', { from: 'c3', to: 'c2', rationale: 'r' }); // a second loop through the same cards
    expect(only(e.theory, 'cycle')).toEqual([
      {
        code: 'cycle',
        severity: 'warning',
        ids: ['c2', 'c3', 'c4'],
        message: {
          nl: 'Deze 3 kaarten vormen een kringloop: “action”, “intermediate”, “outcome”.',
          en: 'These 3 cards form a cycle: “action”, “intermediate”, “outcome”.',
        },
      },
    ]);
  });

  it('two separate cycles are two results', () => {
    const e = healthy();
    e.run('connect', { from: 'c2', to: 'c1', rationale: 'r' });
    e.run('connect', { from: 'c5', to: 'c4', rationale: 'r' });
    expect(only(e.theory, 'cycle').map((r) => r.ids)).toEqual([
      ['c1', 'c2'],
      ['c4', 'c5'],
    ]);
  });

  it('cycle detection survives a 3,000-card ring and a 5,000-card chain without recursion', () => {
    const doc = emptyDocument('en');
    for (let i = 1; i <= 3000; i++) {
      doc.theory.cards[`c${i}`] = bareCard(`c${i}`, 'outcome', i);
      doc.theory.links[`l${i}`] = { id: `l${i}`, from: `c${i}`, to: `c${(i % 3000) + 1}`, rationale: 'r', evidence: '', assumptions: [], origins: [] };
    }
    const found = only(doc.theory, 'cycle');
    expect(found).toHaveLength(1);
    expect(found[0]!.ids).toHaveLength(3000);
    // The message names a few cards, not 3,000.
    expect(found[0]!.message.en).toBe('These 3000 cards form a cycle: “c1”, “c2”, “c3”, “c4”, “c5”, “c6” and 2994 more.');
    expect(found[0]!.message.nl).toMatch(/“c6” en nog 2994\.$/);

    const chain = new Map<string, string[]>();
    const ids = Array.from({ length: 5000 }, (_, i) => `n${i}`);
    ids.forEach((id, i) => i + 1 < ids.length && chain.set(id, [ids[i + 1]!]));
    expect(cycles(ids, chain)).toEqual([]);
    chain.set('n4999', ['n0']);
    expect(cycles(ids, chain)[0]).toHaveLength(5000);
  });

  it('link-no-rationale is info; whitespace is no rationale', () => {
    const e = healthy();
    e.run('updateLink', { id: 'l1', changes: { rationale: '  ' } });
    expect(only(e.theory, 'link-no-rationale')).toEqual([
      {
        code: 'link-no-rationale',
        severity: 'info',
        ids: ['l1'],
        message: {
          nl: 'De verbinding van “input” naar “action” heeft geen onderbouwing (waarom leidt het een tot het ander?).',
          en: 'The link from “input” to “action” has no rationale (why does one lead to the other?).',
        },
      },
    ]);
  });

  it('every code has a description, severity and explanation in both languages, and the severities agree', () => {
    expect(Object.keys(CHECK_DESCRIPTIONS).sort()).toEqual([...CHECK_CODES].sort());
    for (const code of CHECK_CODES) {
      const d = CHECK_DESCRIPTIONS[code];
      for (const text of [d.nl, d.en, d.explain.nl, d.explain.en]) expect(text.trim()).not.toBe('');
    }
    const e = healthy();
    e.run('deleteCards', { ids: ['c3'] });
    e.run('addCard', { stage: 'outcome', title: 'x' });
    e.run('connect', { from: 'c4', to: 'c1' });
    for (const r of runChecks(e.theory)) expect(r.severity).toBe(CHECK_DESCRIPTIONS[r.code].severity);
  });

  it('results come grouped by code, in reading order, and undoing a delete gives the same list', () => {
    const e = new Editor(emptyDocument('nl'));
    e.run('addCard', { stage: 'outcome', title: 'onder', position: { x: 1002, y: 400 } }); // c1
    e.run('addCard', { stage: 'input', title: 'invoer' }); // c2
    e.run('addCard', { stage: 'outcome', title: 'boven', position: { x: 1002, y: 112 } }); // c3
    const before = runChecks(e.theory);
    const sequence = before.map((r) => r.code);
    expect(sequence).toEqual([...sequence].sort((a, b) => CHECK_CODES.indexOf(a) - CHECK_CODES.indexOf(b)));
    expect(before.filter((r) => r.code === 'card-unlinked').map((r) => r.ids[0])).toEqual(['c2', 'c3', 'c1']);
    e.run('deleteCards', { ids: ['c2'] });
    e.undo();
    expect(runChecks(e.theory)).toEqual(before);
  });

  it('1,000 generated cards: a forward chain, no cycles or backwards links', () => {
    const found = codes(generateTheory(1000).theory);
    expect(found).not.toContain('cycle');
    expect(found).not.toContain('link-backwards');
    expect(found).toContain('link-no-rationale');
  });
});

describe('the seed-based example theories', async () => {
  const { loadDocument } = await import('../../shared/format/parse');
  const load = (name: string) => loadDocument(readFileSync(join(__dirname, '../fixtures/valid', name), 'utf8'));

  for (const [name, size] of [
    ['kdg-aio.werkzaam', [15, 22]],
    ['ijmond-groepsaanpak.werkzaam', [8, 12]],
  ] as const) {
    it(`${name} loads and its chain is sound`, () => {
      const { theory } = load(name);
      expect(theory.language).toBe('nl');
      const cards = Object.values(theory.cards);
      expect(cards.length).toBeGreaterThanOrEqual(size[0]);
      expect(cards.length).toBeLessThanOrEqual(size[1]);
      const results = runChecks(theory);
      // Only advice is left: a few cards without an AIO tag; no structural findings.
      expect(new Set(results.map((r) => r.code))).toEqual(new Set(['card-no-aio']));
      expect(results.every((r) => r.severity === 'info')).toBe(true);
      // Every assumption a link names exists; every assumption is used or an external factor.
      const used = new Set(Object.values(theory.links).flatMap((l) => l.assumptions));
      for (const id of used) expect(theory.assumptions[id]).toBeDefined();
      for (const a of Object.values(theory.assumptions)) expect(used.has(a.id) || a.kind === 'external').toBe(true);
    });
  }

  it('they use the whole vocabulary: every stage, AIO element and assumption status occurs', () => {
    const kdg = load('kdg-aio.werkzaam').theory;
    const ijmond = load('ijmond-groepsaanpak.werkzaam').theory;
    for (const theory of [kdg, ijmond]) {
      const cards = Object.values(theory.cards);
      expect(new Set(cards.map((c) => c.stage))).toEqual(new Set(STAGES));
      expect(new Set(cards.flatMap((c) => c.aio))).toEqual(new Set(['arbeidsmatig', 'integraal', 'netwerk']));
      expect(Object.values(theory.links).every((l) => l.rationale.trim() !== '')).toBe(true);
      expect(Object.values(theory.links).some((l) => l.evidence.trim() !== '')).toBe(true);
    }
    const statuses = [kdg, ijmond].flatMap((t) => Object.values(t.assumptions).map((a) => a.status));
    expect(new Set(statuses)).toEqual(new Set(['untested', 'partly', 'confirmed', 'refuted']));
    expect(Object.values(ijmond.assumptions).map((a) => a.status).sort()).toEqual(['confirmed', 'partly', 'refuted', 'untested']);
  });

  it('the KdG theory measures outcomes with the MPE, and names the MBE only by its abbreviation', () => {
    const indicators = Object.values(load('kdg-aio.werkzaam').theory.cards).flatMap((c) => c.indicators);
    expect(indicators.some((i) => i.source.includes('MPE (Meetschaal voor Psychologisch Empowerment)'))).toBe(true);
    const mbe = indicators.filter((i) => /MBE/.test(i.source));
    expect(mbe.length).toBeGreaterThan(0);
    // The seed does not give the MBE's full name; the fixture must not make one up.
    for (const i of mbe) expect(i.source).toBe('MBE');
  });

  it('cards sit in their lanes, stacked from the top without overlap', async () => {
    const { laneCardX, stageAtX, cardCentreX, LANE_TOP, CARD_HEIGHT, CARD_GAP_Y } = await import('../../shared/layout');
    for (const name of ['kdg-aio.werkzaam', 'ijmond-groepsaanpak.werkzaam']) {
      const cards = Object.values(load(name).theory.cards);
      for (const stage of STAGES) {
        const ys = cards.filter((c) => c.stage === stage).map((c) => c.position.y);
        expect(ys.sort((a, b) => a - b)).toEqual(ys.map((_, i) => LANE_TOP + i * (CARD_HEIGHT + CARD_GAP_Y)));
      }
      for (const c of cards) {
        expect(c.position.x).toBe(laneCardX(c.stage));
        expect(stageAtX(cardCentreX(c.position))).toBe(c.stage);
      }
    }
  });
});
