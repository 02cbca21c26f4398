import { z } from 'zod';
import type { Language } from '../model';
import { isValidId } from '../ids';
import { translator } from '../i18n/core';
import { compareStrings } from '../i18n/compare';
import type { CardRef, MatchDecisions, MatchGroup, TheoryInput } from './match';

/**
 * The matches file: which cards of which theories the user (or `werkzaam compare`) takes
 * to be one card. The app saves it from the comparison view; `werkzaam compare --json`
 * writes it with every match "proposed"; `werkzaam merge --matches` reads the confirmed
 * ones. A plain JSON file, so a researcher can also keep it beside the theories in version
 * control, or confirm a match by editing its status.
 *
 * {
 *   "format": "werkzaam-matches", "version": 1,
 *   "theories": [{ "key": "kras", "name": "KRAS", "title": "…", "file": "kras.werkzaam" }, …],
 *   "matches": [{ "cards": [{ "theory": "kras", "card": "c5" }, …], "status": "confirmed", "title": "…", "score": 0.82 }, …],
 *   "rejected": [[{ "theory": "kras", "card": "c5" }, { "theory": "stroom", "card": "s9" }], …]
 * }
 */
export const MATCHES_FORMAT = 'werkzaam-matches';
export const MATCHES_VERSION = 1;

export interface MatchesTheory {
  key: string;
  name: string;
  title: string;
  file?: string;
}

export interface MatchesEntry {
  cards: CardRef[];
  status: 'proposed' | 'confirmed';
  title?: string;
  score?: number;
}

export interface MatchesFile {
  theories: MatchesTheory[];
  matches: MatchesEntry[];
  rejected: [CardRef, CardRef][];
}

const text = z.string().max(100_000);
const key = z.string().min(1).max(200);
const ref = z.object({ theory: key, card: z.string().refine(isValidId, { message: 'not a card id' }) });
const schema = z.object({
  format: z.literal(MATCHES_FORMAT),
  version: z.literal(MATCHES_VERSION),
  theories: z.array(z.object({ key, name: text, title: text, file: text.optional() })).min(2).max(100),
  matches: z
    .array(z.object({ cards: z.array(ref).min(2).max(100), status: z.enum(['proposed', 'confirmed']), title: text.optional(), score: z.number().min(0).max(1).optional() }))
    .max(100_000),
  rejected: z.array(z.tuple([ref, ref])).max(1_000_000).default([]),
});

export interface MatchesProblem {
  /** JSON path in the matches file, e.g. `matches[3].cards[1].card`; empty for the whole file. */
  path: string;
  message: string;
}

export type MatchesResult = { ok: true; file: MatchesFile } | { ok: false; problems: MatchesProblem[] };

const pathOf = (path: readonly PropertyKey[]) =>
  path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)), '');

/** Read a matches file: its shape, then that its theories, cards and groups make sense. */
export function parseMatches(input: string, language: Language = 'en'): MatchesResult {
  const t = translator(compareStrings, language);
  let raw: unknown;
  try {
    raw = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: t('matchesNotJson', { detail: error instanceof Error ? error.message : String(error) }) }] };
  }
  if (typeof raw === 'object' && raw !== null && (raw as Record<string, unknown>).format !== MATCHES_FORMAT) {
    return { ok: false, problems: [{ path: 'format', message: t('matchesWrongFormat', { format: MATCHES_FORMAT }) }] };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.slice(0, 50).map((i) => ({ path: pathOf(i.path), message: t('matchesBadValue', { detail: i.message }) })) };
  }
  const file = parsed.data as MatchesFile;
  const problems: MatchesProblem[] = [];
  const keys = new Map<string, number>();
  file.theories.forEach((th, i) => {
    if (keys.has(th.key)) problems.push({ path: `theories[${i}].key`, message: t('matchesDuplicateTheory', { key: th.key }) });
    keys.set(th.key, i);
  });
  const known = [...keys.keys()].join(', ');
  const seen = new Map<string, string>();
  const checkRef = (r: CardRef, path: string) => {
    if (!keys.has(r.theory)) problems.push({ path: `${path}.theory`, message: t('matchesUnknownTheory', { key: r.theory, known }) });
  };
  file.matches.forEach((m, i) => {
    const theories = new Set<string>();
    m.cards.forEach((r, j) => {
      checkRef(r, `matches[${i}].cards[${j}]`);
      if (theories.has(r.theory)) problems.push({ path: `matches[${i}].cards[${j}]`, message: t('matchesTwoOfOneTheory', { key: r.theory }) });
      theories.add(r.theory);
      const id = `${r.theory}\u0000${r.card}`;
      const earlier = seen.get(id);
      if (earlier !== undefined) problems.push({ path: `matches[${i}].cards[${j}]`, message: t('matchesCardTwice', { card: r.card, key: r.theory, other: earlier }) });
      else seen.set(id, `matches[${i}]`);
    });
  });
  file.rejected.forEach(([a, b], i) => {
    checkRef(a, `rejected[${i}][0]`);
    checkRef(b, `rejected[${i}][1]`);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, file };
}

/**
 * The decisions of a matches file for the theories given: each theory of the file is found
 * among the inputs by key, then file name, then organisation name, then title; each card
 * it names must be in that theory. Proposed matches are not decisions and are left out.
 */
export function bindMatches(file: MatchesFile, inputs: readonly TheoryInput[], language: Language = 'en'): { ok: true; decisions: MatchDecisions } | { ok: false; problems: MatchesProblem[] } {
  const t = translator(compareStrings, language);
  const problems: MatchesProblem[] = [];
  const base = (path: string | undefined) => (path ?? '').split(/[\\/]/).pop() ?? '';
  const taken = new Set<string>();
  const mapping = new Map<string, TheoryInput>();
  file.theories.forEach((th, i) => {
    const free = inputs.filter((input) => !taken.has(input.key));
    const found =
      free.find((input) => input.key === th.key) ??
      (th.file ? free.find((input) => input.file !== undefined && base(input.file) === base(th.file)) : undefined) ??
      free.find((input) => th.name !== '' && input.name === th.name) ??
      free.find((input) => th.title !== '' && input.document.theory.title === th.title);
    if (!found) {
      problems.push({ path: `theories[${i}]`, message: t('matchesTheoryNotGiven', { name: th.name || th.title || th.key, file: th.file ?? '' }) });
      return;
    }
    taken.add(found.key);
    mapping.set(th.key, found);
  });
  if (problems.length > 0) return { ok: false, problems };
  const resolve = (r: CardRef, path: string): CardRef | null => {
    const input = mapping.get(r.theory)!;
    if (!Object.prototype.hasOwnProperty.call(input.document.theory.cards, r.card)) {
      problems.push({ path: `${path}.card`, message: t('matchesNoSuchCard', { card: r.card, name: input.file ?? input.name }) });
      return null;
    }
    return { theory: input.key, card: r.card };
  };
  const decisions: MatchDecisions = { confirmed: [], rejected: [] };
  file.matches.forEach((m, i) => {
    if (m.status !== 'confirmed') return;
    const cards = m.cards.map((r, j) => resolve(r, `matches[${i}].cards[${j}]`));
    if (cards.every((c): c is CardRef => c !== null)) decisions.confirmed.push({ cards, ...(m.title !== undefined ? { title: m.title } : {}) });
  });
  file.rejected.forEach(([a, b], i) => {
    const x = resolve(a, `rejected[${i}][0]`);
    const y = resolve(b, `rejected[${i}][1]`);
    if (x && y) decisions.rejected.push([x, y]);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, decisions };
}

/** The matches file for a comparison: its theories, every group (confirmed and proposed) and the rejected pairs. */
export function matchesFileOf(inputs: readonly TheoryInput[], groups: readonly MatchGroup[], decisions: MatchDecisions): MatchesFile {
  return {
    theories: inputs.map((i) => ({ key: i.key, name: i.name, title: i.document.theory.title, ...(i.file !== undefined ? { file: i.file } : {}) })),
    matches: groups.map((g) => ({
      cards: g.cards.map((c) => ({ theory: c.theory, card: c.card })),
      status: g.status,
      ...(g.title !== undefined ? { title: g.title } : {}),
      ...(g.status === 'proposed' ? { score: Math.round(g.score * 1000) / 1000 } : {}),
    })),
    rejected: decisions.rejected.map(([a, b]) => [{ theory: a.theory, card: a.card }, { theory: b.theory, card: b.card }]),
  };
}

export function serializeMatches(file: MatchesFile): string {
  return `${JSON.stringify({ format: MATCHES_FORMAT, version: MATCHES_VERSION, ...file }, null, 2)}\n`;
}
