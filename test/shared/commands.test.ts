import { emptyIndicator } from '../../shared/records/indicator';
import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { COMMAND_NAMES, CommandError, type CommandArgs, type CommandName } from '../../shared/commands';
import { emptyDocument, type WerkzaamDocument } from '../../shared/model';
import { CARD_GAP_Y, CARD_HEIGHT, LANE_WIDTH, cardRect, insideLane, laneCardX, laneLeft, rectsOverlap, stageAtX } from '../../shared/layout';
import { NOTE_HEIGHT } from '../../shared/notes';
import { fragmentOf } from '../../shared/clipboard';

/** A small theory: input c1 → action c2 → outcome c3, assumption a1 on l2, sticky note n1. */
function base(): Editor {
  const e = new Editor(emptyDocument('nl'));
  e.run('addCard', { stage: 'input', title: 'Begeleiders' });
  e.run('addCard', { stage: 'action', title: 'Coaching' });
  e.run('addCard', { stage: 'outcome', title: 'Zelfvertrouwen' });
  e.run('connect', { from: 'c1', to: 'c2', rationale: 'mensen nodig' });
  e.run('addAssumption', { text: 'Deelnemers blijven komen' });
  e.run('connect', { from: 'c2', to: 'c3', assumptions: ['a1'] });
  e.run('addIndicator', { cardId: 'c3', indicator: { name: 'MPE-score' } });
  e.run('addNote', { text: 'Vervoer naar de training?' });
  e.run('addInstrument', { preset: 'mpe' });
  e.run('updateIndicator', { cardId: 'c3', indicatorId: 'c3-i1', changes: { instrument: 'm1', factor: 'intrapsychisch' } });
  e.run('addMeasurement', { cardId: 'c3', indicatorId: 'c3-i1', measurement: { date: '2025-01', value: '3.1', n: 14, kind: 'baseline' } });
  return new Editor(e.document);
}

/** Each command, a valid call on base() and what must hold after it. */
const cases: { [K in CommandName]: { args: CommandArgs[K]; after: (d: WerkzaamDocument) => void } } = {
  addCard: { args: { stage: 'impact', title: 'Duurzaam werk' }, after: (d) => expect(d.theory.cards.c4).toMatchObject({ stage: 'impact', title: 'Duurzaam werk', position: { x: laneCardX('impact') } }) },
  moveCards: {
    args: { moves: [{ id: 'c1', position: { x: laneCardX('intermediate'), y: 300 } }] },
    after: (d) => expect(d.theory.cards.c1).toMatchObject({ stage: 'intermediate', position: { x: laneCardX('intermediate'), y: 300 } }),
  },
  updateCard: {
    args: { id: 'c2', changes: { title: 'Groepstraining', stage: 'intermediate', notes: 'n' } },
    after: (d) => {
      expect(d.theory.cards.c2).toMatchObject({ title: 'Groepstraining', stage: 'intermediate', notes: 'n' });
      expect(stageAtX(d.theory.cards.c2!.position.x + 1)).toBe('intermediate');
    },
  },
  setCardAio: { args: { id: 'c2', aio: ['netwerk', 'arbeidsmatig'] }, after: (d) => expect(d.theory.cards.c2!.aio).toEqual(['arbeidsmatig', 'netwerk']) },
  toggleAio: { args: { ids: ['c1', 'c2'], key: 'integraal' }, after: (d) => expect([d.theory.cards.c1!.aio, d.theory.cards.c2!.aio]).toEqual([['integraal'], ['integraal']]) },
  deleteCards: {
    args: { ids: ['c2'] },
    after: (d) => {
      expect(d.theory.cards.c2).toBeUndefined();
      expect(Object.keys(d.theory.links)).toEqual([]);
    },
  },
  addLinkedCard: {
    args: { from: 'c2', title: 'Twaalf sessies' },
    after: (d) => {
      expect(d.theory.cards.c4).toMatchObject({ stage: 'intermediate', title: 'Twaalf sessies', position: { x: laneCardX('intermediate'), y: d.theory.cards.c2!.position.y } });
      expect(d.theory.links.l3).toMatchObject({ from: 'c2', to: 'c4' });
    },
  },
  connect: { args: { from: 'c1', to: 'c3', rationale: 'r' }, after: (d) => expect(d.theory.links.l3).toMatchObject({ from: 'c1', to: 'c3', rationale: 'r' }) },
  updateLink: { args: { id: 'l1', changes: { rationale: 'nieuw', evidence: 'studie' } }, after: (d) => expect(d.theory.links.l1).toMatchObject({ rationale: 'nieuw', evidence: 'studie' }) },
  setLinkAssumptions: { args: { id: 'l1', assumptions: ['a1', 'a1'] }, after: (d) => expect(d.theory.links.l1!.assumptions).toEqual(['a1']) },
  deleteLinks: { args: { ids: ['l1'] }, after: (d) => expect(Object.keys(d.theory.links)).toEqual(['l2']) },
  updateTheory: {
    args: { changes: { title: 'T', organisation: 'IJmond Werkt!', authors: ['A', 'B'], language: 'en', revision: '2' } },
    after: (d) => expect(d.theory).toMatchObject({ title: 'T', organisation: 'IJmond Werkt!', authors: ['A', 'B'], language: 'en', revision: '2' }),
  },
  addAssumption: {
    args: { text: 'Werkgevers doen mee', kind: 'external', linkId: 'l1' },
    after: (d) => {
      expect(d.theory.assumptions.a2).toEqual({ id: 'a2', text: 'Werkgevers doen mee', status: 'untested', kind: 'external' });
      expect(d.theory.links.l1!.assumptions).toEqual(['a2']);
    },
  },
  updateAssumption: { args: { id: 'a1', changes: { status: 'partly' } }, after: (d) => expect(d.theory.assumptions.a1!.status).toBe('partly') },
  deleteAssumption: {
    args: { id: 'a1' },
    after: (d) => {
      expect(d.theory.assumptions).toEqual({});
      expect(d.theory.links.l2!.assumptions).toEqual([]);
    },
  },
  addIndicator: { args: { cardId: 'c3', indicator: { name: 'Werkhouding' } }, after: (d) => expect(d.theory.cards.c3!.indicators.map((i) => i.id)).toEqual(['c3-i1', 'c3-i2']) },
  updateIndicator: { args: { cardId: 'c3', indicatorId: 'c3-i1', changes: { baseline: '3,1', target: '3,8' } }, after: (d) => expect(d.theory.cards.c3!.indicators[0]).toMatchObject({ name: 'MPE-score', baseline: '3,1', target: '3,8' }) },
  deleteIndicator: { args: { cardId: 'c3', indicatorId: 'c3-i1' }, after: (d) => expect(d.theory.cards.c3!.indicators).toEqual([]) },
  addInstrument: {
    args: { preset: 'mbe' },
    after: (d) => {
      // base() holds the MPE, in the theory's language (Dutch); the MBE comes without an invented full name.
      expect(d.theory.instruments[0]).toMatchObject({ id: 'm1', abbreviation: 'MPE', factors: ['intrapsychisch', 'interpsychisch', 'gedragsmatig'] });
      expect(d.theory.instruments[1]).toMatchObject({ id: 'm2', name: 'MBE', abbreviation: 'MBE', measures: '', reference: '', factors: [] });
    },
  },
  updateInstrument: {
    args: { id: 'm1', changes: { scale: '1–5' } },
    after: (d) => expect(d.theory.instruments[0]).toMatchObject({ abbreviation: 'MPE', scale: '1–5' }),
  },
  deleteInstrument: {
    args: { id: 'm1' },
    after: (d) => {
      expect(d.theory.instruments).toEqual([]);
      expect(d.theory.cards.c3!.indicators[0]).toMatchObject({ instrument: '', factor: '' });
    },
  },
  addMeasurement: {
    args: { cardId: 'c3', indicatorId: 'c3-i1', measurement: { date: '2025-06', value: '3.4', n: 12 } },
    after: (d) => expect(d.theory.cards.c3!.indicators[0]!.measurements.map((m) => [m.id, m.date, m.value, m.n, m.kind])).toEqual([['c3-i1-m1', '2025-01', '3.1', 14, 'baseline'], ['c3-i1-m2', '2025-06', '3.4', 12, 'followUp']]),
  },
  updateMeasurement: {
    args: { cardId: 'c3', indicatorId: 'c3-i1', measurementId: 'c3-i1-m1', changes: { value: '3.0', note: 'herzien' } },
    after: (d) => expect(d.theory.cards.c3!.indicators[0]!.measurements[0]).toMatchObject({ value: '3.0', note: 'herzien', kind: 'baseline' }),
  },
  addMeasurements: {
    args: {
      items: [
        { cardId: 'c3', indicatorId: 'c3-i1', measurement: { date: '2025-06', value: '3.4', n: 12 } },
        { cardId: 'c3', indicatorId: 'c3-i1', measurement: { date: '2025-12', value: 'beter', note: 'focusgroep' } },
      ],
    },
    after: (d) =>
      expect(d.theory.cards.c3!.indicators[0]!.measurements.map((m) => [m.id, m.date, m.value, m.n, m.note, m.kind])).toEqual([
        ['c3-i1-m1', '2025-01', '3.1', 14, '', 'baseline'],
        ['c3-i1-m2', '2025-06', '3.4', 12, '', 'followUp'],
        ['c3-i1-m3', '2025-12', 'beter', 0, 'focusgroep', 'followUp'],
      ]),
  },
  deleteMeasurement: { args: { cardId: 'c3', indicatorId: 'c3-i1', measurementId: 'c3-i1-m1' }, after: (d) => expect(d.theory.cards.c3!.indicators[0]!.measurements).toEqual([]) },
  pasteFragment: {
    args: { fragment: fragmentOf(base().theory, ['c2', 'c3']) },
    after: (d) => {
      expect(Object.keys(d.theory.cards)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
      expect(d.theory.links.l3).toMatchObject({ from: 'c4', to: 'c5', assumptions: ['a1'] });
      // Each copy lands in a free spot in its own lane, not on its original.
      expect(d.theory.cards.c4).toMatchObject({ stage: 'action', position: { x: laneCardX('action') } });
      expect(d.theory.cards.c4!.position.y).toBeGreaterThanOrEqual(d.theory.cards.c2!.position.y + CARD_HEIGHT + CARD_GAP_Y);
    },
  },
  addNote: {
    args: { text: 'Wie betaalt de lunch?' },
    after: (d) => {
      expect(d.theory.notes.map((n) => n.id)).toEqual(['n1', 'n2']);
      // The next free place in the parking lot, right of the Impact lane, under the first note.
      const [first, second] = d.theory.notes;
      expect(second).toMatchObject({ text: 'Wie betaalt de lunch?', position: { x: first!.position.x } });
      expect(second!.position.y).toBeGreaterThanOrEqual(first!.position.y + NOTE_HEIGHT);
      expect(first!.position.x).toBeGreaterThan(laneLeft('impact') + LANE_WIDTH);
      // Not part of the chain: no card, no link, no check.
      expect(Object.keys(d.theory.cards)).toEqual(['c1', 'c2', 'c3']);
    },
  },
  updateNote: { args: { id: 'n1', text: 'Vervoer: vraag de gemeente' }, after: (d) => expect(d.theory.notes[0]!.text).toBe('Vervoer: vraag de gemeente') },
  moveNotes: { args: { moves: [{ id: 'n1', position: { x: 40, y: 900 } }] }, after: (d) => expect(d.theory.notes[0]!.position).toEqual({ x: 40, y: 900 }) },
  deleteNotes: { args: { ids: ['n1'] }, after: (d) => expect(d.theory.notes).toEqual([]) },
};

describe('every command', () => {
  it('has a case here', () => {
    expect(Object.keys(cases).sort()).toEqual([...COMMAND_NAMES].sort());
  });

  for (const name of COMMAND_NAMES) {
    it(`${name}: applies, undoes exactly, redoes`, () => {
      const e = base();
      const before = e.document;
      e.run(name, cases[name].args as never);
      const after = e.document;
      cases[name].after(after);
      expect(e.historySize.undo).toBe(1);
      e.undo();
      expect(e.document).toEqual(before);
      e.redo();
      expect(e.document).toEqual(after);
    });
  }
});

describe('invalid requests leave the document unchanged', () => {
  const bad: [CommandName, unknown, string][] = [
    ['updateCard', { id: 'c9', changes: { title: 'x' } }, 'missing-card'],
    ['connect', { from: 'c1', to: 'c1' }, 'self-link'],
    ['connect', { from: 'c1', to: 'c2' }, 'duplicate-link'],
    ['connect', { from: 'c1', to: 'c404' }, 'missing-card'],
    ['connect', { from: 'c1', to: 'c3', assumptions: ['a9'] }, 'missing-assumption'],
    ['addCard', { id: 'c1', stage: 'input' }, 'duplicate-id'],
    ['setCardAio', { id: 'c1', aio: ['empowerment'] }, 'bad-aio'],
    ['deleteCards', { ids: ['c1', 'c9'] }, 'missing-card'],
    ['updateLink', { id: 'l1', changes: { to: 'c1' } }, 'self-link'],
    ['deleteIndicator', { cardId: 'c3', indicatorId: 'nope' }, 'missing-indicator'],
    ['deleteAssumption', { id: 'a7' }, 'missing-assumption'],
    ['updateNote', { id: 'n9', text: 'x' }, 'missing-note'],
    ['deleteNotes', { ids: ['n1', 'n9'] }, 'missing-note'],
    ['moveNotes', { moves: [{ id: 'n1', position: { x: 1e308, y: 0 } }] }, 'bad-position'],
    ['moveCards', { moves: [{ id: 'c1', position: { x: 30, y: 9 } }, { id: 'c9', position: { x: 0, y: 0 } }] }, 'missing-card'],
    ['toggleAio', { ids: ['c1', 'c9'], key: 'netwerk' }, 'missing-card'],
    ['deleteCards', { ids: ['c1'], links: ['l9'] }, 'missing-link'],
    ['addLinkedCard', { from: 'c9' }, 'missing-card'],
    ['updateLink', { id: 'l9', changes: { rationale: 'x' } }, 'missing-link'],
    ['updateLink', { id: 'l2', changes: { from: 'c1', to: 'c2' } }, 'duplicate-link'],
    ['setLinkAssumptions', { id: 'l1', assumptions: ['a1', 'a9'] }, 'missing-assumption'],
    ['setLinkAssumptions', { id: 'l9', assumptions: [] }, 'missing-link'],
    ['deleteLinks', { ids: ['l1', 'l9'] }, 'missing-link'],
    ['addAssumption', { text: 't', linkId: 'l9' }, 'missing-link'],
    ['addAssumption', { id: 'a1', text: 't' }, 'duplicate-id'],
    ['updateAssumption', { id: 'a9', changes: { text: 'x' } }, 'missing-assumption'],
    ['addIndicator', { cardId: 'c9' }, 'missing-card'],
    ['addIndicator', { cardId: 'c3', indicator: { id: 'c3-i1' } }, 'duplicate-id'],
    ['updateIndicator', { cardId: 'c3', indicatorId: 'c3-i9', changes: { name: 'x' } }, 'missing-indicator'],
    ['connect', { id: 'l1', from: 'c1', to: 'c3' }, 'duplicate-id'],
    // Ids a caller chooses must be ones the file format accepts, or the saved file would not reopen.
    ['addCard', { id: 'met spatie', stage: 'input' }, 'bad-id'],
    ['addCard', { id: '__proto__', stage: 'input' }, 'bad-id'],
    ['connect', { id: 'constructor', from: 'c1', to: 'c3' }, 'bad-id'],
    ['addAssumption', { id: '', text: 't' }, 'bad-id'],
    ['addIndicator', { cardId: 'c3', indicator: { id: 'a/b' } }, 'bad-id'],
    // Texts longer than the file format allows would make a file that does not reopen.
    ['updateCard', { id: 'c1', changes: { description: 'x'.repeat(100_001) } }, 'too-long'],
    ['updateTheory', { changes: { authors: ['a', 'y'.repeat(100_001)] } }, 'too-long'],
    ['updateIndicator', { cardId: 'c3', indicatorId: 'c3-i1', changes: { definition: 'z'.repeat(100_001) } }, 'too-long'],
    ['moveCards', { moves: [{ id: 'c1', position: { x: Number.NaN, y: 0 } }] }, 'bad-position'],
    ['addCard', { stage: 'input', position: { x: 0, y: Number.POSITIVE_INFINITY } }, 'bad-position'],
  ];
  it.each(bad)('%s %j → %s', (name, args, code) => {
    const e = base();
    const before = e.document;
    let thrown: unknown;
    try {
      e.run(name, args as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CommandError);
    expect((thrown as CommandError).code).toBe(code);
    expect(e.document).toBe(before);
    expect(e.historySize.undo).toBe(0);
  });
});

describe('stage and lane stay in step', () => {
  it('updateCard with a new stage moves the card into that lane, keeping its height', () => {
    const e = base();
    const y = e.theory.cards.c2!.position.y;
    e.run('updateCard', { id: 'c2', changes: { stage: 'impact' } });
    expect(e.theory.cards.c2!.position).toEqual({ x: laneCardX('impact'), y });
    // Same stage again: nothing changes and no step is added.
    e.run('updateCard', { id: 'c2', changes: { stage: 'impact' } });
    expect(e.historySize.undo).toBe(1);
  });

  it('moveCards takes the stage from the lane the card centre lands in, for every card moved', () => {
    const e = base();
    e.run('moveCards', {
      moves: [
        { id: 'c1', position: { x: laneCardX('outcome') + 40, y: 500 } },
        { id: 'c3', position: { x: laneCardX('input') - 20, y: 10 } },
      ],
    });
    expect(e.theory.cards.c1).toMatchObject({ stage: 'outcome', position: { x: laneCardX('outcome') + 40, y: 500 } });
    expect(e.theory.cards.c3!.stage).toBe('input');
    expect(e.historySize.undo).toBe(1);
    e.undo();
    expect([e.theory.cards.c1!.stage, e.theory.cards.c3!.stage]).toEqual(['input', 'outcome']);
  });
});

describe('positions', () => {
  it('-0 is stored as 0, so the saved file reopens equal (JSON writes -0 as 0)', () => {
    const e = base();
    e.run('moveCards', { moves: [{ id: 'c1', position: { x: -0, y: -0 } }] });
    expect(Object.is(e.theory.cards.c1!.position.x, 0) && Object.is(e.theory.cards.c1!.position.y, 0)).toBe(true);
  });
});

describe('deleteAssumption', () => {
  it('removes the assumption from every link that names it, in one undo step', () => {
    const e = base();
    e.run('addAssumption', { text: 'tweede', linkId: 'l2' });
    e.run('setLinkAssumptions', { id: 'l1', assumptions: ['a2', 'a1'] });
    e.run('deleteAssumption', { id: 'a1' });
    expect([e.theory.links.l1!.assumptions, e.theory.links.l2!.assumptions]).toEqual([['a2'], ['a2']]);
    e.undo();
    expect([e.theory.links.l1!.assumptions, e.theory.links.l2!.assumptions]).toEqual([['a2', 'a1'], ['a1', 'a2']]);
  });
});

describe('an indicator has one baseline', () => {
  const kinds = (e: Editor) => e.theory.cards.c3!.indicators[0]!.measurements.map((m) => [m.id, m.kind]);
  it('marking a follow-up as the baseline makes the old baseline a follow-up, in one undo step', () => {
    const e = base();
    e.run('addMeasurement', { cardId: 'c3', indicatorId: 'c3-i1', measurement: { date: '2024-12', value: '2.9' } });
    e.run('updateMeasurement', { cardId: 'c3', indicatorId: 'c3-i1', measurementId: 'c3-i1-m2', changes: { kind: 'baseline' } });
    expect(kinds(e)).toEqual([['c3-i1-m1', 'followUp'], ['c3-i1-m2', 'baseline']]);
    e.undo();
    expect(kinds(e)).toEqual([['c3-i1-m1', 'baseline'], ['c3-i1-m2', 'followUp']]);
  });
  it('editing a baseline keeps the others as they are; making it a follow-up promotes nothing; an added baseline is taken as it comes', () => {
    const e = base();
    e.run('addMeasurement', { cardId: 'c3', indicatorId: 'c3-i1', measurement: { date: '2025-06', value: '3.5' } });
    e.run('updateMeasurement', { cardId: 'c3', indicatorId: 'c3-i1', measurementId: 'c3-i1-m1', changes: { value: '3.0' } });
    expect(kinds(e)).toEqual([['c3-i1-m1', 'baseline'], ['c3-i1-m2', 'followUp']]);
    e.run('updateMeasurement', { cardId: 'c3', indicatorId: 'c3-i1', measurementId: 'c3-i1-m1', changes: { kind: 'followUp' } });
    expect(kinds(e)).toEqual([['c3-i1-m1', 'followUp'], ['c3-i1-m2', 'followUp']]);
    e.run('addMeasurement', { cardId: 'c3', indicatorId: 'c3-i1', measurement: { date: '2024-06', kind: 'baseline' } });
    e.run('addMeasurement', { cardId: 'c3', indicatorId: 'c3-i1', measurement: { date: '2024-01', kind: 'baseline' } });
    expect(kinds(e).map(([, kind]) => kind)).toEqual(['followUp', 'followUp', 'baseline', 'baseline']);
  });
});

describe('pasteFragment', () => {
  it('into another theory: fresh ids for everything that clashes, links follow the cards, only inner links come along', () => {
    const source = base();
    source.run('addAssumption', { text: 'Andere aanname', linkId: 'l1' }); // a2 on l1
    const fragment = fragmentOf(source.theory, ['c1', 'c2']); // l1 comes along, l2 (to c3) does not
    const target = base();
    target.run('updateAssumption', { id: 'a1', changes: { text: 'iets anders' } });
    const { created } = target.run('pasteFragment', { fragment, offset: { x: 0, y: 400 } });
    expect(created).toEqual(['c4', 'c5', 'l3']);
    expect(target.theory.cards.c4).toMatchObject({ title: 'Begeleiders', stage: 'input' });
    expect(target.theory.links.l3).toMatchObject({ from: 'c4', to: 'c5', rationale: 'mensen nodig', assumptions: ['a2'] });
    // a2 did not exist in the target, so it is taken over under that id's next free number.
    expect(target.theory.assumptions.a2).toMatchObject({ text: 'Andere aanname' });
    // The originals are untouched.
    expect(target.theory.links.l1).toMatchObject({ from: 'c1', to: 'c2' });
  });

  it('an assumption with the same id but other text is cloned, not merged', () => {
    const source = base();
    const target = base();
    target.run('updateAssumption', { id: 'a1', changes: { text: 'iets anders' } });
    target.run('pasteFragment', { fragment: fragmentOf(source.theory, ['c2', 'c3']) });
    expect(target.theory.assumptions.a2).toMatchObject({ text: 'Deelnemers blijven komen' });
    expect(target.theory.links.l3!.assumptions).toEqual(['a2']);
  });

  it('a crafted fragment (self-link, repeated pair, repeated indicator ids) still gives a document that saves and reopens', async () => {
    const { serializeDocument } = await import('../../shared/format/serialize');
    const { loadDocument } = await import('../../shared/format/parse');
    const e = base();
    const card = (id: string) => ({ ...structuredClone(e.theory.cards.c3!), id, indicators: [
      { ...emptyIndicator('x'), name: 'a' },
      { ...emptyIndicator('x'), name: 'b' },
    ] });
    const link = (id: string, from: string, to: string) => ({ id, from, to, rationale: '', evidence: '', assumptions: [], origins: [] });
    e.run('pasteFragment', {
      fragment: { cards: [card('p'), card('q')], links: [link('k1', 'p', 'p'), link('k2', 'p', 'q'), link('k3', 'p', 'q')], assumptions: [] },
    });
    expect(Object.values(e.theory.links).filter((l) => l.from === 'c4')).toEqual([expect.objectContaining({ from: 'c4', to: 'c5' })]);
    expect(e.theory.cards.c4!.indicators.map((i) => [i.id, i.name])).toEqual([['x', 'a'], ['c4-i1', 'b']]);
    expect(loadDocument(serializeDocument(e.document)).theory.cards.c5!.indicators).toHaveLength(2);
  });
});

describe('deleting cards', () => {
  it('deletes a whole selection of cards and links in one step', () => {
    const e = base();
    e.run('deleteCards', { ids: ['c3'], links: ['l1'] });
    expect(Object.keys(e.theory.links)).toEqual([]);
    expect(Object.keys(e.theory.cards)).toEqual(['c1', 'c2']);
    e.undo();
    expect(Object.keys(e.theory.links)).toEqual(['l1', 'l2']);
  });

  it('a linked card goes beside its source, below any card already there', () => {
    const e = base();
    e.run('addLinkedCard', { from: 'c1' });
    e.run('addLinkedCard', { from: 'c1' });
    const [first, second] = [e.theory.cards.c4!, e.theory.cards.c5!];
    expect(first.stage).toBe('action');
    expect(second.position.y).toBeGreaterThan(first.position.y);
    const c2 = e.theory.cards.c2!;
    expect(Math.abs(first.position.y - c2.position.y)).toBeGreaterThanOrEqual(96);
  });

  it('removes their links in the same undo step', () => {
    const e = base();
    e.run('deleteCards', { ids: ['c2'] });
    expect(e.theory.links).toEqual({});
    e.undo();
    expect(Object.keys(e.theory.links)).toEqual(['l1', 'l2']);
    expect(e.canUndo()).toBe(false);
  });
});

describe('placement: cards never overlap after an add, a paste or a duplicate', () => {
  const overlapping = (e: Editor) => {
    const cards = Object.values(e.theory.cards);
    const pairs: string[] = [];
    for (let i = 0; i < cards.length; i++)
      for (let j = i + 1; j < cards.length; j++) if (rectsOverlap(cardRect(cards[i]!), cardRect(cards[j]!))) pairs.push(`${cards[i]!.id}/${cards[j]!.id}`);
    return pairs;
  };

  it('duplicating a card three times puts each copy in a free spot of the same lane', () => {
    const e = base();
    for (let n = 0; n < 3; n++) e.run('pasteFragment', { fragment: fragmentOf(e.theory, ['c2']) });
    expect(overlapping(e)).toEqual([]);
    for (const id of ['c4', 'c5', 'c6']) {
      expect(e.theory.cards[id]!.stage).toBe('action');
      expect(insideLane(cardRect(e.theory.cards[id]!), 'action'), id).toBe(true);
    }
  });

  it('a card pasted from another theory, where it sat off its lane edge, lands inside its own lane', () => {
    const other = new Editor(emptyDocument('nl'));
    other.run('addCard', { stage: 'outcome', title: 'Scheef' });
    other.run('moveCards', { moves: [{ id: 'c1', position: { x: laneCardX('outcome') + 50, y: 130 } }] });
    const e = base();
    e.run('pasteFragment', { fragment: fragmentOf(other.theory, ['c1']) });
    const pasted = e.theory.cards.c4!;
    expect(pasted.stage).toBe('outcome');
    expect(insideLane(cardRect(pasted), 'outcome')).toBe(true);
    expect(overlapping(e)).toEqual([]);
  });

  it('a card added on top of another (a double-click on a card’s spot) moves to the nearest free spot; a free spot is kept', () => {
    const e = base();
    const { y } = e.theory.cards.c2!.position;
    e.run('addCard', { stage: 'action', position: { x: laneCardX('action'), y: y + 10 } });
    expect(overlapping(e)).toEqual([]);
    e.run('addCard', { stage: 'action', position: { x: laneCardX('action'), y: 900 } });
    expect(e.theory.cards.c5!.position).toEqual({ x: laneCardX('action'), y: 900 });
  });

  it('a linked card in a full lane goes to the free spot nearest its source, above or below', () => {
    const e = base();
    for (let n = 0; n < 4; n++) e.run('addCard', { stage: 'action' });
    e.run('moveCards', { moves: [{ id: 'c3', position: { x: laneCardX('outcome'), y: 600 } }] });
    e.run('addLinkedCard', { from: 'c3', stage: 'action' });
    expect(overlapping(e)).toEqual([]);
  });
});
