import type { FieldChange } from '../diffListing';
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
  /** The cards to select and show for it (a link's or indicator's card too). */
  cards: Id[];
  links: Id[];
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
  const record = (c.change === 'added' ? c.after : c.before) as Record<string, unknown> | undefined;
  switch (c.type) {
    case 'card':
      name = `"${short(cardTitle(c.id))}"`;
      cards = [c.id];
      break;
    case 'link': {
      const link = getOwn(now.links, c.id) ?? getOwn(then.links, c.id);
      name = link ? `"${short(cardTitle(link.from))}" → "${short(cardTitle(link.to))}"` : c.id;
      links = [c.id];
      if (link) cards = [link.from, link.to];
      break;
    }
    case 'assumption': {
      const a = getOwn(theory.assumptions, c.id) ?? getOwn(now.assumptions, c.id) ?? getOwn(then.assumptions, c.id);
      name = `"${short(a?.text.trim() || c.id)}"`;
      break;
    }
    case 'indicator':
      name = `"${short(String(record?.name ?? '') || c.id)}" (${`"${short(cardTitle(c.parent!.id))}"`})`;
      cards = [c.parent!.id];
      break;
    default:
      name = now.title.trim() ? `"${short(now.title)}"` : RECORDS.theory.label[language];
  }
  const decl = RECORDS[c.type as keyof typeof RECORDS] ?? RECORDS.theory;
  const type = decl.label[language];
  if (c.change === 'updated') {
    return { change: c.change, text: t('updated', { name, field: labelOf(decl, c.field ?? '', language).toLowerCase() }), detail: t('fromTo', { before: value(c.before), after: value(c.after) }), cards, links };
  }
  return { change: c.change, text: t(c.change, { type, name }), cards: c.change === 'removed' ? [] : cards, links: c.change === 'removed' ? [] : links };
}
