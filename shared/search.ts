import { cardsInOrder, type Card, type Theory } from './model';

/** Case- and accent-insensitive: "een" finds "één", "zelfeffectiviteit" finds "Zelfeffectiviteit". */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export interface SearchHit {
  card: Card;
  /** Where it matched first: the title ranks above the description, notes and indicators. */
  field: 'title' | 'description' | 'notes' | 'indicator';
}

export function searchCards(theory: Theory, query: string, limit = 50): SearchHit[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const card of cardsInOrder(theory)) {
    const fields: [SearchHit['field'], string][] = [
      ['title', card.title],
      ['description', card.description],
      ['notes', card.notes],
      ['indicator', card.indicators.map((i) => `${i.name} ${i.definition} ${i.source}`).join(' ')],
    ];
    const all = normalise(fields.map(([, v]) => v).join(' '));
    if (!words.every((w) => all.includes(w))) continue;
    const field = fields.find(([, v]) => words.some((w) => normalise(v).includes(w)))?.[0] ?? 'title';
    hits.push({ card, field });
  }
  const rank = { title: 0, description: 1, notes: 2, indicator: 3 };
  return hits.sort((a, b) => rank[a.field] - rank[b.field]).slice(0, limit);
}
