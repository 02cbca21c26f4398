import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Editor } from '../../shared/editor';
import { CHECK_CODES, runChecks, type CheckCode } from '../../shared/checks';
import { emptyDocument, STAGES, type Theory } from '../../shared/model';
import { loadDocument } from '../../shared/format/parse';
import { generateTheory } from '../bench/generate';

/** A complete, healthy chain: one card per stage, linked in order, with rationale, AIO and an indicator. */
function healthy(): Editor {
  const e = new Editor(emptyDocument('nl'));
  for (const stage of STAGES) e.run('addCard', { stage, title: stage, aio: ['integraal'] });
  for (let i = 1; i < 5; i++) e.run('connect', { from: `c${i}`, to: `c${i + 1}`, rationale: 'omdat' });
  e.run('addIndicator', { cardId: 'c4', indicator: { name: 'MPE' } });
  return e;
}
const codes = (t: Theory) => runChecks(t).map((r) => r.code);
const only = (t: Theory, code: CheckCode) => runChecks(t).filter((r) => r.code === code);

describe('chain checks', () => {
  it('a healthy chain and an empty theory raise nothing', () => {
    expect(codes(healthy().theory)).toEqual([]);
    expect(codes(emptyDocument().theory)).toEqual([]);
  });

  it('card-unlinked', () => {
    const e = healthy();
    e.run('addCard', { stage: 'action', title: 'Los', aio: ['netwerk'] });
    expect(only(e.theory, 'card-unlinked')).toEqual([
      { code: 'card-unlinked', severity: 'warning', ids: ['c6'], message: { nl: '“Los” is met niets verbonden.', en: '“Los” is not linked to anything.' } },
    ]);
  });

  it('stage-empty names the stage', () => {
    const e = healthy();
    e.run('deleteCards', { ids: ['c3'] });
    const [r] = only(e.theory, 'stage-empty');
    expect(r).toMatchObject({ ids: ['intermediate'], message: { nl: 'De fase Tussenresultaten heeft nog geen kaarten.', en: 'The stage Intermediate results has no cards yet.' } });
  });

  it('outcome-no-indicator', () => {
    const e = healthy();
    e.run('deleteIndicator', { cardId: 'c4', indicatorId: 'c4-i1' });
    expect(only(e.theory, 'outcome-no-indicator').map((r) => r.ids)).toEqual([['c4']]);
  });

  it('card-no-aio is info; a card with an empty title is named by its id', () => {
    const e = healthy();
    e.run('setCardAio', { id: 'c2', aio: [] });
    e.run('updateCard', { id: 'c2', changes: { title: '' } });
    const [r] = only(e.theory, 'card-no-aio');
    expect(r).toMatchObject({ severity: 'info', ids: ['c2'], message: { en: '“c2” has no AIO element yet.' } });
  });

  it('link-backwards (same-stage links are fine)', () => {
    const e = healthy();
    e.run('connect', { from: 'c3', to: 'c2', rationale: 'terugkoppeling' });
    e.run('addCard', { stage: 'outcome', title: 'lange termijn', aio: ['netwerk'] });
    e.run('connect', { from: 'c4', to: 'c6', rationale: 'r' });
    e.run('connect', { from: 'c6', to: 'c5', rationale: 'r' });
    e.run('addIndicator', { cardId: 'c6' });
    expect(only(e.theory, 'link-backwards').map((r) => r.ids)).toEqual([['l5', 'c3', 'c2']]);
  });

  it('link-skips-stages from two skipped stages on', () => {
    const e = healthy();
    e.run('connect', { from: 'c1', to: 'c3', rationale: 'r' }); // skips one: fine
    e.run('connect', { from: 'c1', to: 'c4', rationale: 'r' }); // skips two
    e.run('connect', { from: 'c1', to: 'c5', rationale: 'r' }); // skips three
    const found = only(e.theory, 'link-skips-stages');
    expect(found.map((r) => r.ids[0])).toEqual(['l6', 'l7']);
    expect(found[1]!.message.en).toBe('The link from “input” to “impact” skips 3 stages.');
  });

  it('impact-unreached', () => {
    const e = healthy();
    e.run('deleteLinks', { ids: ['l2'] });
    expect(only(e.theory, 'impact-unreached').map((r) => r.ids)).toEqual([['c5']]);
  });

  it('cycle: reported once with the cards on it', () => {
    const e = healthy();
    e.run('connect', { from: 'c4', to: 'c2', rationale: 'r' });
    const found = only(e.theory, 'cycle');
    expect(found).toHaveLength(1);
    expect(found[0]!.ids.sort()).toEqual(['c2', 'c3', 'c4']);
  });

  it('cycle detection survives a 3,000-card ring without recursion', () => {
    const doc = emptyDocument('en');
    for (let i = 1; i <= 3000; i++) {
      doc.theory.cards[`c${i}`] = { id: `c${i}`, stage: 'outcome', title: `${i}`, description: '', aio: [], position: { x: 0, y: i }, indicators: [], notes: '' };
      doc.theory.links[`l${i}`] = { id: `l${i}`, from: `c${i}`, to: `c${(i % 3000) + 1}`, rationale: 'r', evidence: '', assumptions: [] };
    }
    const found = only(doc.theory, 'cycle');
    expect(found).toHaveLength(1);
    expect(found[0]!.ids).toHaveLength(3000);
  });

  it('link-no-rationale is info', () => {
    const e = healthy();
    e.run('updateLink', { id: 'l1', changes: { rationale: '  ' } });
    expect(only(e.theory, 'link-no-rationale')).toMatchObject([{ severity: 'info', ids: ['l1'] }]);
  });

  it('every code is exercised above and has a description', async () => {
    const { CHECK_DESCRIPTIONS } = await import('../../shared/checks');
    expect(Object.keys(CHECK_DESCRIPTIONS).sort()).toEqual([...CHECK_CODES].sort());
  });

  it('the seed theory: every impact reached, no cycles, no backwards links', () => {
    const doc = loadDocument(readFileSync(join(__dirname, '../fixtures/valid/kdg-aio.werkzaam'), 'utf8'));
    const found = codes(doc.theory);
    for (const code of ['impact-unreached', 'cycle', 'link-backwards', 'card-unlinked'] as const) expect(found).not.toContain(code);
  });

  it('a generated 1,000-card forward chain has no cycles or backwards links', () => {
    const found = codes(generateTheory(1000).theory);
    expect(found).not.toContain('cycle');
    expect(found).not.toContain('link-backwards');
    expect(found).toContain('link-no-rationale');
  });
});

describe('keyboard navigation between cards', async () => {
  const { neighbour } = await import('../../shared/navigation');
  const e = healthy();
  e.run('addCard', { stage: 'action', title: 'tweede actie', aio: ['netwerk'] });
  it('moves within a lane and across stages, skipping empty stages', () => {
    expect(neighbour(e.theory, 'c2', 'down')).toBe('c6');
    expect(neighbour(e.theory, 'c6', 'up')).toBe('c2');
    expect(neighbour(e.theory, 'c2', 'up')).toBeNull();
    expect(neighbour(e.theory, 'c1', 'right')).toBe('c2');
    expect(neighbour(e.theory, 'c6', 'left')).toBe('c1');
    expect(neighbour(e.theory, 'c5', 'right')).toBeNull();
    expect(neighbour(e.theory, null, 'right')).toBe('c1');
    const f = new Editor(e.document);
    f.run('deleteCards', { ids: ['c3'] });
    expect(neighbour(f.theory, 'c2', 'right')).toBe('c4');
  });
});
