import { CURRENT_VERSION, FORMAT_NAME, type Language, type WerkzaamDocument } from '../model';
import { isValidId } from '../ids';
import { parseDocument, describeProblem } from '../format/parse';
import { serializeDocument } from '../format/serialize';
import { diffDocuments, type RecordDiff } from '../diff';
import { CARD_GAP_Y, CARD_HEIGHT, LANE_TOP, laneSlots } from '../layout';
import type { ImportMessage, ImportResult } from './types';

/**
 * An import result becomes a theory only through the file reader: the theory is written
 * as file text and read back with `parseDocument`, so an import meets exactly the
 * validation and limits of opening a file, and what it makes always saves and reopens.
 */
export type BuildOutcome = { ok: true; document: WerkzaamDocument } | { ok: false; problems: ImportMessage[] };

export interface NewTheoryOptions {
  /** Used when the source names no title (a CSV's file name without extension). */
  title: string;
  language: Language;
  /** ISO timestamp for created/modified; empty when unknown. */
  now?: string;
}

/** A new theory holding just the import. */
export function buildNewTheory(result: ImportResult, options: NewTheoryOptions): BuildOutcome {
  const t = result.theory;
  const file = {
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    theory: {
      title: t.title ?? options.title,
      organisation: t.organisation ?? '',
      authors: t.authors ?? [],
      language: t.language ?? options.language,
      description: t.description ?? '',
      revision: t.revision ?? '',
      created: options.now ?? '',
      modified: options.now ?? '',
      ...fileRecords(result, new Set(), new Set(), 0),
    },
  };
  return readBack(fileText(file));
}

/**
 * The open theory with the import added (new ids where the import's would collide; cards
 * below what is there), as one diff with source `import` for the editor's history.
 */
export function buildMerge(current: WerkzaamDocument, result: ImportResult): { ok: true; document: WerkzaamDocument; diff: RecordDiff } | { ok: false; problems: ImportMessage[] } {
  const theory = current.theory;
  let bottom = LANE_TOP - CARD_GAP_Y;
  for (const card of Object.values(theory.cards)) bottom = Math.max(bottom, card.position.y + CARD_HEIGHT);
  const shift = Object.keys(theory.cards).length === 0 ? 0 : bottom + CARD_GAP_Y * 3 - LANE_TOP;
  const records = fileRecords(result, new Set(Object.keys(theory.cards)), new Set([...Object.keys(theory.links), ...Object.keys(theory.assumptions)]), shift, current);
  const file = JSON.parse(serializeDocument(current)) as { theory: Record<string, unknown[]> };
  file.theory.cards = [...file.theory.cards!, ...records.cards];
  file.theory.links = [...file.theory.links!, ...records.links];
  file.theory.assumptions = [...file.theory.assumptions!, ...records.assumptions];
  const read = readBack(fileText(file));
  if (!read.ok) return read;
  return { ok: true, document: read.document, diff: diffDocuments(current, read.document, 'import') };
}

/** As serializeDocument writes it: a U+FFFD someone typed is escaped, since the reader takes a raw one for binary data. */
const fileText = (file: unknown) => JSON.stringify(file).replace(/\uFFFD/g, '\\ufffd');

function readBack(text: string): BuildOutcome {
  const parsed = parseDocument(text);
  if (!parsed.ok) {
    return { ok: false, problems: parsed.problems.map((p) => ({ at: { kind: 'file' }, key: 'badTheory', params: { detail: describeProblem(p) } })) };
  }
  return { ok: true, document: parsed.document };
}

/** Cards, links and assumptions as file records, with ids that are free in the target. */
function fileRecords(result: ImportResult, takenCards: Set<string>, takenOther: Set<string>, shift: number, current?: WerkzaamDocument) {
  const cardIds = new Map<string, string>();
  const assumptionIds = new Map<string, string>();
  // Wanted ids (a Werkzaam workbook's) first, so a generated id never takes one a later row asks for.
  const reserved = new Set(
    [...result.cards.map((c) => c.id), ...result.links.map((l) => l.id), ...result.assumptions.map((a) => a.id)].filter(
      (id): id is string => id !== undefined && isValidId(id),
    ),
  );
  const counters = new Map<string, number>();
  const take = (wanted: string | undefined, prefix: string, taken: Set<string>): string => {
    let id = wanted !== undefined && isValidId(wanted) && !taken.has(wanted) ? wanted : undefined;
    if (id === undefined) {
      let n = counters.get(prefix) ?? 0;
      do id = `${prefix}${++n}`;
      while (taken.has(id) || reserved.has(id));
      counters.set(prefix, n);
    }
    taken.add(id);
    return id;
  };
  // Cards the source did not place go to the bottom of their lane, in the order given.
  const slot = laneSlots(current ? Object.values(current.theory.cards) : []);
  const cards = result.cards.map((c) => {
    const id = take(c.id, 'c', takenCards);
    cardIds.set(c.key, id);
    let position = c.position ? { x: c.position.x, y: c.position.y + shift } : undefined;
    if (!position) {
      position = slot(c.stage);
    }
    return {
      id,
      stage: c.stage,
      title: c.title,
      description: c.description,
      aio: c.aio,
      position,
      indicators: c.indicators.map((i) => ({ ...i })),
      notes: c.notes,
    };
  });
  const assumptions = result.assumptions.map((a) => {
    const id = take(a.id, 'a', takenOther);
    assumptionIds.set(a.key, id);
    return { id, text: a.text, status: a.status, kind: a.kind };
  });
  const links = result.links.map((l) => ({
    id: take(l.id, 'l', takenOther),
    from: cardIds.get(l.from)!,
    to: cardIds.get(l.to)!,
    rationale: l.rationale,
    evidence: l.evidence,
    assumptions: l.assumptions.map((k) => assumptionIds.get(k)!),
  }));
  return { cards, links, assumptions };
}
