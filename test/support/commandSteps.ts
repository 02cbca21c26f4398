import fc from 'fast-check';
import { COMMAND_NAMES, CommandError, type CommandArgs, type CommandName } from '../../shared/commands';
import { fragmentOf } from '../../shared/clipboard';
import type { Editor } from '../../shared/editor';
import { AIO_KEYS, ASSUMPTION_STATUSES, STAGES, type WerkzaamDocument } from '../../shared/model';
import { textArb } from './arbitraries';

/**
 * Random commands for property tests, one helper for all of them. The command list comes
 * from the commands themselves (COMMAND_NAMES), and `ARGS` must name every command, so a
 * new command is generated as soon as it exists (or the suite does not compile).
 */
export type Step = { name: CommandName; pick: [number, number, number]; text: string; n: number };

export const stepArb: fc.Arbitrary<Step> = fc.record({
  name: fc.constantFrom(...COMMAND_NAMES),
  pick: fc.tuple(fc.nat(50), fc.nat(50), fc.nat(50)),
  text: textArb,
  n: fc.double({ min: -3000, max: 3000, noNaN: true }),
});

interface Picked {
  doc: WerkzaamDocument;
  step: Step;
  card: string;
  other: string;
  link: string;
  links: string[];
  assumptions: string[];
  assumption: string;
  indicator: string;
  note: string;
  instrument: string;
  measurement: string;
}

const ARGS: { [K in CommandName]: (p: Picked) => CommandArgs[K] } = {
  addCard: ({ step }) => ({ stage: STAGES[step.pick[2] % STAGES.length]!, title: step.text }),
  moveCards: ({ card, step }) => ({ moves: [{ id: card, position: { x: step.n, y: -step.n / 3 } }] }),
  updateCard: ({ card, step }) => ({
    id: card,
    changes: { title: step.text, description: step.text, notes: step.text, ...(step.pick[1] % 2 ? { stage: STAGES[step.pick[2] % STAGES.length]! } : {}) },
  }),
  setCardAio: ({ card, step }) => ({ id: card, aio: AIO_KEYS.filter((_, i) => (step.pick[1] >> i) & 1) }),
  toggleAio: ({ card, other, step }) => ({ ids: [...new Set([card, other])], key: AIO_KEYS[step.pick[2] % AIO_KEYS.length]! }),
  deleteCards: ({ card, links, step }) => ({ ids: [card], links: links.slice(0, step.pick[2] % 2) }),
  addLinkedCard: ({ card, step }) => ({ from: card, title: step.text }),
  connect: ({ card, other, step }) => ({ from: card, to: other, rationale: step.text }),
  updateLink: ({ link, step }) => ({ id: link, changes: { rationale: step.text, evidence: step.text } }),
  setLinkAssumptions: ({ link, assumptions, step }) => ({ id: link, assumptions: assumptions.slice(0, step.pick[1] % 3) }),
  deleteLinks: ({ link }) => ({ ids: [link] }),
  updateTheory: ({ step }) => ({ changes: { title: step.text, organisation: step.text, authors: [step.text] } }),
  addAssumption: ({ link, links, step }) => ({ text: step.text, linkId: links.length ? link : undefined }),
  updateAssumption: ({ assumption, step }) => ({
    id: assumption,
    changes: { status: ASSUMPTION_STATUSES[step.pick[1] % ASSUMPTION_STATUSES.length]!, text: step.text },
  }),
  deleteAssumption: ({ assumption }) => ({ id: assumption }),
  addIndicator: ({ card, step }) => ({ cardId: card, indicator: { name: step.text } }),
  updateIndicator: ({ card, indicator, step }) => ({ cardId: card, indicatorId: indicator, changes: { target: step.text, owner: step.text } }),
  deleteIndicator: ({ card, indicator }) => ({ cardId: card, indicatorId: indicator }),
  addInstrument: ({ step }) => (step.pick[0] % 2 === 0 ? { preset: 'mpe' } : { instrument: { name: step.text } }),
  updateInstrument: ({ instrument, step }) => ({ id: instrument, changes: { reference: step.text, factors: [step.text] } }),
  deleteInstrument: ({ instrument }) => ({ id: instrument }),
  addMeasurement: ({ card, indicator, step }) => ({ cardId: card, indicatorId: indicator, measurement: { date: '2025-03-01', value: String(step.n), note: step.text } }),
  updateMeasurement: ({ card, indicator, measurement, step }) => ({ cardId: card, indicatorId: indicator, measurementId: measurement, changes: { value: step.text, kind: 'baseline' } }),
  deleteMeasurement: ({ card, indicator, measurement }) => ({ cardId: card, indicatorId: indicator, measurementId: measurement }),
  addMeasurements: ({ card, indicator, step }) => ({
    items: [
      { cardId: card, indicatorId: indicator, measurement: { date: '2024', value: String(step.n), kind: 'baseline' } },
      { cardId: card, indicatorId: indicator, measurement: { date: '2025-Q2', value: step.text, n: step.pick[0] } },
    ],
  }),
  pasteFragment: ({ doc, card, other }) => ({ fragment: fragmentOf(doc.theory, Object.keys(doc.theory.cards).filter((id) => id === card || id === other)) }),
  addNote: ({ step }) => ({ text: step.text, ...(step.pick[1] % 2 ? { position: { x: step.n, y: step.n / 2 } } : {}) }),
  updateNote: ({ note, step }) => ({ id: note, text: step.text }),
  moveNotes: ({ note, step }) => ({ moves: [{ id: note, position: { x: -step.n, y: step.n } }] }),
  deleteNotes: ({ note }) => ({ ids: [note] }),
};

/** Turn a random step into arguments that refer to what exists now (or fail as CommandError). */
export function argsFor(doc: WerkzaamDocument, step: Step): CommandArgs[CommandName] {
  const cards = Object.keys(doc.theory.cards);
  const links = Object.keys(doc.theory.links);
  const assumptions = Object.keys(doc.theory.assumptions);
  const at = (list: string[], i: number): string => list[i % Math.max(1, list.length)] ?? 'missing';
  const [a, b] = step.pick;
  const card = at(cards, a);
  return ARGS[step.name]({
    doc,
    step,
    card,
    other: at(cards, b),
    link: at(links, a),
    links,
    assumptions,
    assumption: at(assumptions, a),
    indicator: doc.theory.cards[card]?.indicators[0]?.id ?? 'none',
    note: at(doc.theory.notes.map((n) => n.id), b),
    instrument: doc.theory.instruments[a % Math.max(1, doc.theory.instruments.length)]?.id ?? 'none',
    measurement: doc.theory.cards[card]?.indicators[0]?.measurements[0]?.id ?? 'none',
  } as Picked) as CommandArgs[CommandName];
}

/** Run a step against the editor; false when the command refused it (CommandError). */
export function attempt(editor: Editor, step: Step): boolean {
  try {
    editor.run(step.name, argsFor(editor.document, step) as never);
    return true;
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    return false;
  }
}
