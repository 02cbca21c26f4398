import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { COMMAND_NAMES, CommandError, type CommandArgs, type CommandName } from '../../shared/commands';
import { emptyDocument, type WerkzaamDocument } from '../../shared/model';
import { laneCardX, stageAtX } from '../../shared/layout';
import { fragmentOf } from '../../shared/clipboard';

/** A small theory: input c1 → action c2 → outcome c3, assumption a1 on l2. */
function base(): Editor {
  const e = new Editor(emptyDocument('nl'));
  e.run('addCard', { stage: 'input', title: 'Begeleiders' });
  e.run('addCard', { stage: 'action', title: 'Coaching' });
  e.run('addCard', { stage: 'outcome', title: 'Zelfvertrouwen' });
  e.run('connect', { from: 'c1', to: 'c2', rationale: 'mensen nodig' });
  e.run('addAssumption', { text: 'Deelnemers blijven komen' });
  e.run('connect', { from: 'c2', to: 'c3', assumptions: ['a1'] });
  e.run('addIndicator', { cardId: 'c3', indicator: { name: 'MPE-score' } });
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
  pasteFragment: {
    args: { fragment: fragmentOf(base().theory, ['c2', 'c3']) },
    after: (d) => {
      expect(Object.keys(d.theory.cards)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
      expect(d.theory.links.l3).toMatchObject({ from: 'c4', to: 'c5', assumptions: ['a1'] });
      expect(d.theory.cards.c4!.position.y).toBe(d.theory.cards.c2!.position.y + 32);
    },
  },
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
