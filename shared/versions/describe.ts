import type { FieldChange, ParentRef } from '../diffListing';
import { getOwn, type Id, type Language, type Theory } from '../model';
import { RECORDS } from '../records';
import { labelOf } from '../records/define';
import { translator } from '../i18n/core';
import { versionStrings } from '../i18n/versions';

/**
 * A change in words, for the change list (and a change report): what kind of record, which
 * one by its title (or name, or the cards a link joins), which field by its label, and the
 * values before and after, shortened. `then` and `now` are the theories compared.
 */
export interface DescribedChange {
  change: FieldChange['change'];
  text: string;
  detail?: string;
  /** The cards and links to select for it: the record it names (an indicator's card). */
  cards: Id[];
  links: Id[];
  /** The cards to bring into view for it: those selected, or a link's two ends. */
  view: Id[];
  /** A removed card or link, drawn as a ghost: the entry brings it into view instead. */
  ghost?: { type: 'card' | 'link'; id: Id };
}

const SHORT = 60;
const short = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text);

export function describeChange(c: FieldChange, then: Theory, now: Theory, language: Language): DescribedChange {
  const t = translator(versionStrings, language);
  const theory = c.change === 'removed' ? then : now;
  const cardTitle = (id: Id) => (getOwn(now.cards, id) ?? getOwn(then.cards, id))?.title.trim() || id;
  const value = (v: unknown): string => {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) return t('empty');
    if (typeof v === 'string') return `"${short(v.replace(/\s+/g, ' '))}"`;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return short(v.join(', '));
    if (typeof v === 'object' && 'x' in (v as object) && 'y' in (v as object)) return `(${(v as { x: number }).x}, ${(v as { y: number }).y})`;
    return short(JSON.stringify(v));
  };
  let name: string;
  let cards: Id[] = [];
  let links: Id[] = [];
  let view: Id[] = [];
  // An updated nested record has no before/after of its own: read it from the theory.
  const record = (c.change === 'added' ? c.after : c.change === 'removed' ? c.before : nestedRecord(theory, { type: c.type, id: c.id, ...(c.parent ? { parent: c.parent } : {}) })) as
    | Record<string, unknown>
    | undefined;
  switch (c.type) {
    case 'card':
      name = `"${short(cardTitle(c.id))}"`;
      cards = [c.id];
      break;
    case 'link': {
      const link = getOwn(now.links, c.id) ?? getOwn(then.links, c.id);
      name = link ? `"${short(cardTitle(link.from))}" → "${short(cardTitle(link.to))}"` : c.id;
      links = [c.id];
      if (link) view = [link.from, link.to];
      break;
    }
    case 'assumption': {
      const a = getOwn(theory.assumptions, c.id) ?? getOwn(now.assumptions, c.id) ?? getOwn(then.assumptions, c.id);
      name = `"${short(a?.text.trim() || c.id)}"`;
      // The links that rest on it, and their cards to bring into view.
      const resting = Object.values(theory.links).filter((l) => l.assumptions.includes(c.id));
      links = resting.map((l) => l.id);
      view = resting.flatMap((l) => [l.from, l.to]);
      break;
    }
    case 'indicator':
    case 'measurement': {
      // The card it is in, up the chain of parents (a measurement's indicator's card).
      const card = cardOf(c.parent);
      const indicator = c.type === 'indicator' ? record : nestedRecord(theory, c.parent);
      const own = c.type === 'indicator' ? String(record?.name ?? '') : [record?.date, record?.value].filter((v) => String(v ?? '').trim()).join(': ');
      const where = [c.type === 'measurement' ? `"${short(String(indicator?.name ?? '') || (c.parent?.id ?? ''))}"` : '', card ? `"${short(cardTitle(card))}"` : ''].filter(Boolean).join(', ');
      name = `"${short(own || c.id)}"${where ? ` (${where})` : ''}`;
      if (card) cards = [card];
      break;
    }
    case 'note':
      name = `"${short(String(record?.text ?? '').replace(/\s+/g, ' ').trim() || c.id)}"`;
      break;
    case 'instrument':
    case 'organisation':
      name = `"${short(String(record?.name ?? '').trim() || c.id)}"`;
      break;
    default:
      name = now.title.trim() ? `"${short(now.title)}"` : RECORDS.theory.label[language];
  }
  const decl = RECORDS[c.type as keyof typeof RECORDS] ?? RECORDS.theory;
  const type = decl.label[language];
  if (view.length === 0) view = cards;
  if (c.change === 'updated') {
    return { change: c.change, text: t('updated', { name, field: labelOf(decl, c.field ?? '', language).toLowerCase() }), detail: t('fromTo', { before: value(c.before), after: value(c.after) }), cards, links, view };
  }
  if (c.change === 'removed') {
    // Not on the canvas to select: a removed card or link is there as a ghost, where it was.
    const ghost = c.type === 'card' || c.type === 'link' ? { type: c.type, id: c.id } : undefined;
    return { change: c.change, text: t(c.change, { type, name }), cards: [], links: [], view: c.type === 'link' ? view.filter((id) => getOwn(now.cards, id)) : [], ...(ghost ? { ghost } : {}) };
  }
  return { change: c.change, text: t(c.change, { type, name }), cards, links, view };
}

/** The card a nested record is in, following its parents up. */
function cardOf(parent: ParentRef | undefined): Id | undefined {
  for (let p = parent; p; p = p.parent) if (p.type === 'card') return p.id;
  return undefined;
}

/** A nested record found in the theory by its chain of parents (null when it is not there). */
function nestedRecord(theory: Theory, ref: ParentRef | undefined): Record<string, unknown> | undefined {
  if (!ref) return undefined;
  const chain: ParentRef[] = [];
  for (let p: ParentRef | undefined = ref; p; p = p.parent) chain.unshift(p);
  let here: Record<string, unknown> | undefined;
  for (const step of chain) {
    if (step.type === 'card') here = getOwn(theory.cards, step.id) as Record<string, unknown> | undefined;
    else if (step.type === 'link') here = getOwn(theory.links, step.id) as Record<string, unknown> | undefined;
    else if (step.type === 'assumption') here = getOwn(theory.assumptions, step.id) as Record<string, unknown> | undefined;
    else if (step.type === 'theory') here = theory as unknown as Record<string, unknown>;
    else {
      const lists = Object.values(here ?? (theory as unknown as Record<string, unknown>)).filter(Array.isArray) as Record<string, unknown>[][];
      here = lists.flat().find((r) => r && typeof r === 'object' && r.id === step.id);
    }
    if (!here) return undefined;
  }
  return here;
}
