import {
  CURRENT_VERSION,
  FORMAT_NAME,
  STAGES,
  type AioKey,
  type Assumption,
  type AssumptionKind,
  type AssumptionStatus,
  type Card,
  type Id,
  type Language,
  type Link,
  type StageKey,
  type WerkzaamDocument,
} from '../model';
import { emptyIndicator } from '../model';
import { stackColumns } from '../layout';
import { assumptionRecord, cardRecord, linkRecord, theoryRecord } from '../records';
import { newRecord } from '../records/define';
import { PRESET_INSTRUMENTS, presetInstrument, type PresetInstrument } from '../research/instruments';
import { EMPOWERMENT_COMPONENTS, EMPOWERMENT_DIMENSIONS, LADDER_RUNGS, type EmpowermentComponent, type EmpowermentDimension, type LadderRung } from '../records/vocabulary';

/**
 * Templates are written as bilingual specifications and turned into a real document in
 * the file format (the same records a saved file holds) in the language asked for. The
 * Dutch text follows the seed documents (../shared/seeds); the English is a translation of
 * it, not a separate source.
 */
export type Text = Record<Language, string>;

export type { EmpowermentComponent, EmpowermentDimension };
/** A factor of the MPE (Meetschaal voor Psychologisch Empowerment). */
export type MpeFactor = 'intrapsychic' | 'interpsychic' | 'behavioural';

/**
 * What the seed supports for the research tags of issue #11 (empowerment components and
 * dimensions, participation-ladder rungs, the MPE instrument). `buildDocument` writes the
 * components, dimensions and rungs onto the cards (file version 3). An absent field means
 * the seed says nothing about it for this card: it stays empty rather than guessed.
 */
export interface ResearchNote {
  /** Where in the seed this card comes from (section or page heading, or a near quote). */
  basis: string;
  empowerment?: EmpowermentComponent[];
  dimensions?: EmpowermentDimension[];
  /** Rungs of the participation ladder (1–6) the card concerns. */
  rungs?: number[];
  /** The MPE factor an indicator of this card reads (only where the seed names the MPE). */
  mpe?: MpeFactor;
  /** Anything a later step must know (a contradiction in the seed, a choice made). */
  caveat?: string;
}

export interface IndicatorSpec {
  name: Text;
  definition: Text;
  source: Text;
}

export interface CardSpec {
  id: Id;
  stage: StageKey;
  title: Text;
  description: Text;
  aio: AioKey[];
  indicators?: IndicatorSpec[];
  research: ResearchNote;
}

export interface LinkSpec {
  from: Id;
  to: Id;
  rationale: Text;
  evidence?: Text;
  assumptions?: Id[];
}

export interface AssumptionSpec {
  id: Id;
  text: Text;
  kind: AssumptionKind;
  status: AssumptionStatus;
  /** Where in the seed the assumption comes from. */
  basis: string;
}

export interface TheorySpec {
  title: Text;
  description: Text;
  organisation?: string;
  authors?: string[];
  /**
   * For issue #11: which participation ladder the seed uses and which rungs the target
   * group stands on or can grow to, and the instruments the seed names.
   */
  research?: { ladder?: 'flemish' | 'vng'; rungs?: number[]; rungsMeaning?: 'current' | 'potential'; instruments?: string[]; note?: string };
}

export interface TemplateSpec {
  theory: TheorySpec;
  /** Cards per stage in the order they are stacked in their lane (chosen to keep arrows from crossing). */
  cards: CardSpec[];
  links: LinkSpec[];
  assumptions: AssumptionSpec[];
}

/** A fresh document from a spec: every call returns new objects (one is edited, another not). */
/** Values in the declaration's order, each once (the order the commands keep too). */
function inOrder<T extends string>(values: readonly T[], given: readonly T[] | undefined): T[] {
  return values.filter((v) => (given ?? []).includes(v));
}
const rungsOf = (rungs: readonly number[] | undefined): LadderRung[] => inOrder(LADDER_RUNGS, (rungs ?? []).map((r) => String(r) as LadderRung));

/** The MPE's factors in the order its preset lists them. */
const MPE_FACTORS: readonly MpeFactor[] = ['intrapsychic', 'interpsychic', 'behavioural'];

export function buildDocument(spec: TemplateSpec, language: Language, now = ''): WerkzaamDocument {
  // The instruments the seed names, from the presets (MPE in full, MBE by its abbreviation only).
  const instruments = (spec.theory.research?.instruments ?? [])
    .map((name) => name.toLowerCase())
    .filter((name): name is PresetInstrument => (PRESET_INSTRUMENTS as readonly string[]).includes(name))
    .map((preset, n) => presetInstrument(preset, `m${n + 1}`, language));
  const mpe = instruments.find((i) => i.abbreviation === 'MPE');
  const columns: Partial<Record<StageKey, Id[]>> = {};
  for (const stage of STAGES) columns[stage] = spec.cards.filter((c) => c.stage === stage).map((c) => c.id);
  const positions = stackColumns(columns);
  const cards: Record<Id, Card> = {};
  for (const c of spec.cards) {
    cards[c.id] = newRecord(cardRecord, {
      id: c.id,
      stage: c.stage,
      title: c.title[language],
      description: c.description[language],
      aio: [...c.aio],
      position: { ...positions.get(c.id)! },
      indicators: (c.indicators ?? []).map((i, n) => ({
        ...emptyIndicator(`${c.id}-i${n + 1}`),
        name: i.name[language],
        definition: i.definition[language],
        source: i.source[language],
        // An indicator the seed reads with the MPE points at it and at the factor the notes name.
        ...(mpe && c.research.mpe && i.source.nl.startsWith('MPE') ? { instrument: mpe.id, factor: mpe.factors[MPE_FACTORS.indexOf(c.research.mpe)]! } : {}),
      })),
      empowerment: inOrder(EMPOWERMENT_COMPONENTS, c.research.empowerment),
      dimensions: inOrder(EMPOWERMENT_DIMENSIONS, c.research.dimensions),
      rungs: rungsOf(c.research.rungs),
    });
  }
  const links: Record<Id, Link> = {};
  spec.links.forEach((l, n) => {
    const id = `l${n + 1}`;
    links[id] = newRecord(linkRecord, { id, from: l.from, to: l.to, rationale: l.rationale[language], evidence: l.evidence?.[language] ?? '', assumptions: [...(l.assumptions ?? [])] });
  });
  const research = spec.theory.research;
  const assumptions: Record<Id, Assumption> = {};
  for (const a of spec.assumptions) assumptions[a.id] = newRecord(assumptionRecord, { id: a.id, text: a.text[language], status: a.status, kind: a.kind });
  return {
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    theory: newRecord(theoryRecord, {
      title: spec.theory.title[language],
      organisation: spec.theory.organisation ?? '',
      authors: [...(spec.theory.authors ?? [])],
      language,
      description: spec.theory.description[language],
      ladder: research?.ladder ?? 'flemish',
      // The seed says whether its rungs are where the group stands or where it can grow to.
      groupRungs: research?.rungsMeaning === 'current' ? rungsOf(research.rungs) : [],
      goalRungs: research?.rungsMeaning === 'potential' ? rungsOf(research.rungs) : [],
      instruments,
      created: now,
      modified: now,
      cards,
      links,
      assumptions,
    }),
    versions: [],
  };
}
