import type { Fragment } from './commands';
import { AIO_KEYS, STAGES, getOwn, type Id, type Theory } from './model';
import { isValidId } from './ids';

/** Marker so pasting text from elsewhere is never mistaken for cards. */
const KIND = 'werkzaam/fragment';

/** The selected cards with the links between them and the assumptions those links use. */
export function fragmentOf(theory: Theory, ids: Id[]): Fragment {
  const set = new Set(ids.filter((id) => getOwn(theory.cards, id)));
  const links = Object.values(theory.links).filter((l) => set.has(l.from) && set.has(l.to));
  const used = new Set(links.flatMap((l) => l.assumptions));
  return {
    cards: [...set].map((id) => theory.cards[id]!),
    links,
    assumptions: Object.values(theory.assumptions).filter((a) => used.has(a.id)),
  };
}

export function fragmentToClipboardText(theory: Theory, ids: Id[]): string {
  return JSON.stringify({ kind: KIND, version: 1, ...fragmentOf(theory, ids) });
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Read clipboard text back into a fragment, strictly: anything that is not a Werkzaam
 * fragment (or is malformed) gives null, and only known fields are taken over.
 */
export function clipboardTextToFragment(text: string): Fragment | null {
  if (text.length > 5_000_000 || !text.includes(KIND)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(raw) || raw.kind !== KIND || !Array.isArray(raw.cards) || !Array.isArray(raw.links) || !Array.isArray(raw.assumptions)) {
    return null;
  }
  const fragment: Fragment = { cards: [], links: [], assumptions: [] };
  for (const c of raw.cards) {
    if (!isObject(c) || !isValidId(c.id) || !isString(c.title) || !STAGES.includes(c.stage as never)) return null;
    const position = isObject(c.position) && typeof c.position.x === 'number' && typeof c.position.y === 'number' ? { x: c.position.x, y: c.position.y } : { x: 0, y: 0 };
    fragment.cards.push({
      id: c.id,
      stage: c.stage as Fragment['cards'][number]['stage'],
      title: c.title,
      description: isString(c.description) ? c.description : '',
      aio: Array.isArray(c.aio) ? AIO_KEYS.filter((k) => (c.aio as unknown[]).includes(k)) : [],
      position,
      indicators: Array.isArray(c.indicators)
        ? c.indicators.filter(isObject).map((i, n) => ({
            id: isValidId(i.id) ? i.id : `${c.id}-i${n + 1}`,
            name: isString(i.name) ? i.name : '',
            definition: isString(i.definition) ? i.definition : '',
            unit: isString(i.unit) ? i.unit : '',
            baseline: isString(i.baseline) ? i.baseline : '',
            target: isString(i.target) ? i.target : '',
            source: isString(i.source) ? i.source : '',
            frequency: isString(i.frequency) ? i.frequency : '',
            owner: isString(i.owner) ? i.owner : '',
          }))
        : [],
      notes: isString(c.notes) ? c.notes : '',
    });
  }
  for (const l of raw.links) {
    if (!isObject(l) || !isValidId(l.id) || !isValidId(l.from) || !isValidId(l.to)) return null;
    fragment.links.push({
      id: l.id,
      from: l.from,
      to: l.to,
      rationale: isString(l.rationale) ? l.rationale : '',
      evidence: isString(l.evidence) ? l.evidence : '',
      assumptions: Array.isArray(l.assumptions) ? l.assumptions.filter(isValidId) : [],
    });
  }
  for (const a of raw.assumptions) {
    if (!isObject(a) || !isValidId(a.id) || !isString(a.text)) return null;
    fragment.assumptions.push({
      id: a.id,
      text: a.text,
      status: (['untested', 'partly', 'confirmed', 'refuted'] as const).find((s) => s === a.status) ?? 'untested',
      kind: a.kind === 'external' ? 'external' : 'assumption',
    });
  }
  return fragment;
}
