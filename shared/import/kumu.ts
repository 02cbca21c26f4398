import { STAGES, type AioKey, type Position, type StageKey } from '../model';
import { LIMITS } from '../format/limits';
import { scanStructure } from '../format/scan';
import { CARD_GAP_Y, CARD_HEIGHT, LANE_TOP, laneCardX } from '../layout';
import { isStageRole, matchHeader, normalise } from './headers';
import { aioOf } from './aio';
import { tidy, tidyBlock } from './cells';
import type { ImportMessage, ImportOutcome, ImportResult, ImportedCard, ImportedLink } from './types';
import { fail } from './types';

/**
 * Kumu's two JSON shapes:
 * - a blueprint: `elements: [{ label, type, description, tags, id? }]`,
 *   `connections: [{ from, to, label?, description?, direction? }]`, ends named by id or label;
 * - a project backup: `elements: [{ _id, attributes: { label, "element type", description, tags } }]`,
 *   `connections: [{ _id, from, to, attributes }]` by `_id`, and `maps: [{ elements: [{ element, position }] }]`.
 * Element types map to stages; the user chooses, and `auto` places an element by the
 * graph: no incoming connections → input, no outgoing → impact, the rest by the longest
 * path from an input.
 */
export type KumuStage = StageKey | 'auto';

export interface KumuTypePlan {
  /** The element type as written in the file ('' for elements without a type). */
  type: string;
  count: number;
  stage: KumuStage;
}

export interface KumuPlan {
  shape: 'kumu-blueprint' | 'kumu-backup';
  types: KumuTypePlan[];
}

interface Element {
  index: number;
  id?: string;
  label: string;
  type: string;
  description: string;
  tags: string[];
}

interface Connection {
  index: number;
  from: number;
  to: number;
  text: string;
  oneWay: boolean;
}

export interface KumuData {
  shape: KumuPlan['shape'];
  elements: Element[];
  connections: Connection[];
  positions: Map<number, Position>;
  skipped: ImportMessage[];
  notes: ImportMessage[];
  title?: string;
}

export type KumuRead = { ok: true; data: KumuData } | Extract<ImportOutcome, { ok: false }>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Record<string, unknown>, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** Does this JSON look like Kumu rather than a Werkzaam file? */
export function looksLikeKumu(value: unknown): boolean {
  return isObject(value) && Array.isArray(own(value, 'elements'));
}

export function readKumu(text: string): KumuRead {
  if (text.length > LIMITS.fileBytes) return fail({ kind: 'file' }, 'tooLarge', { limit: LIMITS.fileBytes }) as KumuRead;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail({ kind: 'file' }, 'emptyFile') as KumuRead;
  const scan = scanStructure(body, LIMITS.depth, LIMITS.values);
  if (scan.tooDeepAt >= 0 || scan.tooManyAt >= 0) return fail({ kind: 'file' }, 'badJson', { detail: 'too deeply nested or too large' }) as KumuRead;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return fail({ kind: 'file' }, 'badJson', { detail: error instanceof Error ? error.message : String(error) }) as KumuRead;
  }
  return readKumuValue(raw);
}

export function readKumuValue(raw: unknown): KumuRead {
  if (!looksLikeKumu(raw)) return fail({ kind: 'file' }, 'notKumu') as KumuRead;
  const root = raw as Record<string, unknown>;
  const rawElements = own(root, 'elements') as unknown[];
  const backup = rawElements.some((e) => isObject(e) && (own(e, '_id') !== undefined || isObject(own(e, 'attributes'))));
  const skipped: ImportMessage[] = [];
  const notes: ImportMessage[] = [];
  if (rawElements.length > LIMITS.cards) return fail({ kind: 'path', path: 'elements' }, 'tooManyCards', { limit: LIMITS.cards }) as KumuRead;

  const elements: Element[] = [];
  const byId = new Map<string, number>();
  rawElements.forEach((value, i) => {
    const path = `elements[${i}]`;
    if (!isObject(value)) {
      skipped.push({ at: { kind: 'path', path }, key: 'notAnObject' });
      return;
    }
    const attrs = backup && isObject(own(value, 'attributes')) ? (own(value, 'attributes') as Record<string, unknown>) : value;
    const label = tidy(str(own(attrs, 'label')));
    if (label === '') {
      skipped.push({ at: { kind: 'path', path: `${path}${attrs === value ? '' : '.attributes'}.label` }, key: 'noLabel' });
      return;
    }
    if (label.length > LIMITS.stringLength) {
      skipped.push({ at: { kind: 'path', path: `${path}.label` }, key: 'textTooLong', params: { length: label.length, limit: LIMITS.stringLength } });
      return;
    }
    const id = str(own(value, backup ? '_id' : 'id')) || undefined;
    if (id !== undefined && byId.has(id)) {
      skipped.push({ at: { kind: 'path', path }, key: 'duplicateElementId', params: { id, other: `elements[${elements[byId.get(id)!]!.index}]` } });
      return;
    }
    const rawTags = own(attrs, 'tags');
    const tags = (Array.isArray(rawTags) ? rawTags.map(str) : str(rawTags).split(/[,;|]/)).map(tidy).filter((t) => t !== '');
    const description = tidyBlock(str(own(attrs, 'description')));
    const element: Element = {
      index: i,
      ...(id !== undefined ? { id } : {}),
      label,
      type: tidy(str(own(attrs, 'element type') ?? own(attrs, 'type'))),
      description: description.length > LIMITS.stringLength ? '' : description,
      tags,
    };
    if (description.length > LIMITS.stringLength) {
      skipped.push({ at: { kind: 'path', path: `${path}.description` }, key: 'textTooLong', params: { length: description.length, limit: LIMITS.stringLength } });
    }
    if (id !== undefined) byId.set(id, elements.length);
    elements.push(element);
  });

  // Ends by id first, then by label as written, then by label with case and accents aside.
  const byLabel = new Map<string, number>();
  const byLoose = new Map<string, number>();
  elements.forEach((e, n) => {
    if (!byLabel.has(e.label)) byLabel.set(e.label, n);
    if (!byLoose.has(normalise(e.label))) byLoose.set(normalise(e.label), n);
  });
  const resolve = (ref: string): number | undefined => byId.get(ref) ?? byLabel.get(ref) ?? byLoose.get(normalise(ref));

  const rawConnections = own(root, 'connections');
  const connections: Connection[] = [];
  if (rawConnections !== undefined && !Array.isArray(rawConnections)) {
    skipped.push({ at: { kind: 'path', path: 'connections' }, key: 'notAList' });
  }
  const pairs = new Map<string, number>();
  (Array.isArray(rawConnections) ? rawConnections : []).forEach((value, i) => {
    const path = `connections[${i}]`;
    if (!isObject(value)) {
      skipped.push({ at: { kind: 'path', path }, key: 'notAnObject' });
      return;
    }
    const attrs = backup && isObject(own(value, 'attributes')) ? (own(value, 'attributes') as Record<string, unknown>) : value;
    const ends: number[] = [];
    for (const end of ['from', 'to'] as const) {
      const ref = str(own(value, end));
      const found = resolve(ref);
      if (found === undefined) {
        skipped.push({ at: { kind: 'path', path: `${path}.${end}` }, key: 'unknownEnd', params: { ref } });
        return;
      }
      ends.push(found);
    }
    const [from, to] = ends as [number, number];
    if (from === to) {
      skipped.push({ at: { kind: 'path', path }, key: 'selfConnection' });
      return;
    }
    const text = tidyBlock(str(own(attrs, 'description')) || str(own(attrs, 'label')));
    const direction = str(own(attrs, 'direction') ?? own(value, 'direction')).toLowerCase();
    const oneWay = direction === '' || direction === 'directed';
    if (!oneWay) notes.push({ at: { kind: 'path', path }, key: 'mutualConnection', params: { from: elements[from]!.label, to: elements[to]!.label } });
    const pair = `${from}\u0000${to}`;
    const earlier = pairs.get(pair);
    if (earlier !== undefined) {
      notes.push({ at: { kind: 'path', path }, key: 'repeatedConnection', params: { other: `connections[${connections[earlier]!.index}]` } });
      const first = connections[earlier]!;
      if (text && !first.text.split('\n\n').includes(text)) first.text = first.text ? `${first.text}\n\n${text}` : text;
      return;
    }
    if (text.length > LIMITS.stringLength) {
      skipped.push({ at: { kind: 'path', path: `${path}.description` }, key: 'textTooLong', params: { length: text.length, limit: LIMITS.stringLength } });
    }
    pairs.set(pair, connections.length);
    connections.push({ index: i, from, to, text: text.length > LIMITS.stringLength ? '' : text, oneWay });
  });
  if (connections.length > LIMITS.links) return fail({ kind: 'path', path: 'connections' }, 'tooManyLinks', { limit: LIMITS.links }) as KumuRead;

  // Positions: the first map that places an element wins for it.
  const positions = new Map<number, Position>();
  const maps = own(root, 'maps');
  if (Array.isArray(maps)) {
    for (const map of maps) {
      const placed = isObject(map) ? own(map, 'elements') : undefined;
      if (!Array.isArray(placed)) continue;
      for (const entry of placed) {
        if (!isObject(entry)) continue;
        const n = resolve(str(own(entry, 'element')));
        const position = own(entry, 'position');
        if (n === undefined || positions.has(n) || !isObject(position)) continue;
        const x = own(position, 'x');
        const y = own(position, 'y');
        if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) positions.set(n, { x, y });
      }
    }
  }
  for (const [n, e] of elements.entries()) {
    if (backup) continue;
    // A blueprint may carry x/y on the element itself.
    const value = rawElements[e.index] as Record<string, unknown>;
    const x = own(value, 'x');
    const y = own(value, 'y');
    if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) positions.set(n, { x, y });
  }
  const project = isObject(own(root, 'project')) ? (own(root, 'project') as Record<string, unknown>) : undefined;
  const title = tidy(str(project ? own(project, 'name') : own(root, 'name')));
  return {
    ok: true,
    data: { shape: backup ? 'kumu-backup' : 'kumu-blueprint', elements, connections, positions, skipped, notes, ...(title ? { title } : {}) },
  };
}

/** Element types, each with the stage its name says (Kumu maps are often typed "Activity", "Outcome"…) or `auto`. */
export function proposeKumuPlan(data: KumuData): KumuPlan {
  const counts = new Map<string, number>();
  for (const e of data.elements) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const types = [...counts].map(([type, count]): KumuTypePlan => {
    const match = matchHeader(type);
    return { type, count, stage: isStageRole(match.role) ? match.role : 'auto' };
  });
  return { shape: data.shape, types };
}

/** Stages by the shape of the graph, for elements whose type says none. */
export function graphStages(count: number, connections: readonly { from: number; to: number }[]): StageKey[] {
  const out: number[][] = Array.from({ length: count }, () => []);
  const incoming = new Array<number>(count).fill(0);
  for (const c of connections) {
    out[c.from]!.push(c.to);
    incoming[c.to]!++;
  }
  // Longest path from an input over the graph without its back edges (a cycle would make it endless).
  const state = new Uint8Array(count); // 0 new, 1 on the stack, 2 done
  const order: number[] = [];
  const forward: number[][] = Array.from({ length: count }, () => []);
  for (let start = 0; start < count; start++) {
    if (state[start]) continue;
    const stack: [number, number][] = [[start, 0]];
    state[start] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [node, next] = top;
      if (next < out[node]!.length) {
        top[1]++;
        const to = out[node]![next]!;
        if (state[to] === 1) continue; // back edge
        forward[node]!.push(to);
        if (state[to] === 0) {
          state[to] = 1;
          stack.push([to, 0]);
        }
      } else {
        state[node] = 2;
        order.push(node);
        stack.pop();
      }
    }
  }
  const depth = new Array<number>(count).fill(-1);
  for (let n = 0; n < count; n++) if (incoming[n] === 0) depth[n] = 0;
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    if (depth[node]! < 0) continue;
    for (const to of forward[node]!) depth[to] = Math.max(depth[to]!, depth[node]! + 1);
  }
  return Array.from({ length: count }, (_, n): StageKey => {
    if (incoming[n] === 0) return 'input';
    if (out[n]!.length === 0) return 'impact';
    const d = depth[n]! < 0 ? 1 : depth[n]!;
    return STAGES[Math.min(d, 3)]!;
  });
}

export function importKumu(data: KumuData, plan: KumuPlan): ImportOutcome {
  if (data.elements.length === 0) return fail({ kind: 'path', path: 'elements' }, 'noElements');
  const stageOfType = new Map(plan.types.map((t) => [t.type, t.stage] as const));
  const byGraph = graphStages(data.elements.length, data.connections);
  const notes = [...data.notes];
  let tagsNoted = false;
  const cards: ImportedCard[] = data.elements.map((e, n) => {
    const chosen = stageOfType.get(e.type) ?? 'auto';
    const aio: AioKey[] = [];
    const otherTags: string[] = [];
    for (const tag of e.tags) {
      const key = aioOf(tag);
      if (key) {
        if (!aio.includes(key)) aio.push(key);
      } else otherTags.push(tag);
    }
    if (otherTags.length > 0 && !tagsNoted) {
      notes.push({ at: { kind: 'path', path: `elements[${e.index}]` }, key: 'tagsKept' });
      tagsNoted = true;
    }
    return {
      key: `c${n + 1}`,
      stage: chosen === 'auto' ? byGraph[n]! : chosen,
      title: e.label,
      description: e.description,
      aio,
      notes: otherTags.length > 0 ? `Tags: ${otherTags.join(', ')}` : '',
      indicators: [],
      from: { kind: 'path', path: `elements[${e.index}]` },
    };
  });
  placeByKumu(cards, data.positions);
  const links: ImportedLink[] = data.connections.map((c) => ({
    from: cards[c.from]!.key,
    to: cards[c.to]!.key,
    rationale: c.text,
    evidence: '',
    assumptions: [],
    at: { kind: 'path', path: `connections[${c.index}]` },
  }));
  const result: ImportResult = {
    format: plan.shape,
    theory: data.title ? { title: data.title } : {},
    cards,
    links,
    assumptions: [],
    skipped: data.skipped,
    notes,
  };
  return { ok: true, result };
}

/**
 * Kumu places elements anywhere; Werkzaam keeps a card in its stage's lane. Within a lane
 * the cards keep Kumu's top-to-bottom order and its gaps, never overlapping; cards Kumu did
 * not place follow below.
 */
function placeByKumu(cards: ImportedCard[], positions: ReadonlyMap<number, Position>): void {
  if (positions.size === 0) return;
  const top = Math.min(...[...positions.values()].map((p) => p.y));
  for (const stage of STAGES) {
    const lane = cards.map((card, n) => ({ card, at: positions.get(n) })).filter((x) => x.card.stage === stage);
    lane.sort((a, b) => (a.at && b.at ? a.at.y - b.at.y || a.at.x - b.at.x : a.at ? -1 : b.at ? 1 : 0));
    let next = LANE_TOP;
    for (const { card, at } of lane) {
      const y = Math.max(next, at ? Math.round(LANE_TOP + at.y - top) : next);
      card.position = { x: laneCardX(stage), y };
      next = y + CARD_HEIGHT + CARD_GAP_Y;
    }
  }
}
