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

/**
 * Templates are written as bilingual specifications and turned into a real document in
 * the file format (the same records a saved file holds) in the language asked for. The
 * Dutch text follows the seed documents (../shared/seeds); the English is a translation of
 * it, not a separate source.
 */
export type Text = Record<Language, string>;

/** Empowerment component (Zimmerman), as issue #11 will add it to cards. */
export type EmpowermentComponent = 'intrapersonal' | 'interactional' | 'behavioural';
/** Empowerment dimension (Jacobs, Braakman & Houweling 2005), as used by the Inholland report. */
export type EmpowermentDimension = 'powerFromWithin' | 'powerWith' | 'powerTo';
/** A factor of the MPE (Meetschaal voor Psychologisch Empowerment). */
export type MpeFactor = 'intrapsychic' | 'interpsychic' | 'behavioural';

/**
 * What the seed supports for the research tags of issue #11 (empowerment components and
 * dimensions, participation-ladder rungs, the MPE instrument). The file format has no
 * fields for these yet, so `buildDocument` does not write them; when #11 adds the fields,
 * it maps these notes onto them. An absent field means the seed says nothing about it for
 * this card: leave it empty rather than guess.
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
export function buildDocument(spec: TemplateSpec, language: Language, now = ''): WerkzaamDocument {
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
      })),
    });
  }
  const links: Record<Id, Link> = {};
  spec.links.forEach((l, n) => {
    const id = `l${n + 1}`;
    links[id] = newRecord(linkRecord, { id, from: l.from, to: l.to, rationale: l.rationale[language], evidence: l.evidence?.[language] ?? '', assumptions: [...(l.assumptions ?? [])] });
  });
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
      created: now,
      modified: now,
      cards,
      links,
      assumptions,
    }),
    versions: [],
  };
}
