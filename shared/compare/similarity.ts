import Fuse from 'fuse.js';

/**
 * How alike two titles are, from 0 to 1, once ./normalise.ts has made them bags of terms.
 *
 * Terms are compared with Fuse.js's Bitap matcher (approximate string matching: a typo or
 * a missing letter costs a little), scaled by how much of the longer term the shorter one
 * covers, so "werk" inside "netwerk" is a weak match and "zelfefectiviteit" for
 * "zelfeffectiviteit" a strong one. Titles are compared as bags (word order is free), each
 * term weighted by how rare it is among the titles compared (a word every card has, such as
 * "ondersteuning", says less than "hybride"), both ways round and averaged, so the score is
 * symmetric.
 */
const FUSE_OPTIONS = { ignoreLocation: true, threshold: 0.4, isCaseSensitive: true } as const;

const termCache = new Map<string, number>();

/** Similarity of two terms, 0 to 1; symmetric. */
export function termSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return 0;
  const key = `${short}\u0000${long}`;
  const cached = termCache.get(key);
  if (cached !== undefined) return cached;
  const result = Fuse.match(short, long, FUSE_OPTIONS);
  const score = result.isMatch ? (1 - result.score) * (short.length / long.length) : 0;
  if (termCache.size > 50_000) termCache.clear();
  termCache.set(key, score);
  return score;
}

/** Weight of each term: inverse document frequency over the titles compared (rarer says more). */
export class TermWeights {
  private readonly frequency = new Map<string, number>();
  private titles = 0;

  add(terms: readonly string[]): void {
    this.titles++;
    for (const t of new Set(terms)) this.frequency.set(t, (this.frequency.get(t) ?? 0) + 1);
  }

  weight(term: string): number {
    const df = this.frequency.get(term) ?? 1;
    return Math.log(1 + Math.max(1, this.titles) / df);
  }
}

/** How well the terms of `a` are found in `b`: weighted mean of each term's best match. */
function covered(a: readonly string[], b: readonly string[], weights: TermWeights): number {
  let total = 0;
  let found = 0;
  for (const t of a) {
    const w = weights.weight(t);
    let best = 0;
    for (const u of b) {
      best = Math.max(best, termSimilarity(t, u));
      if (best === 1) break;
    }
    total += w;
    found += w * best;
  }
  return total === 0 ? 0 : found / total;
}

/** Similarity of two titles as bags of terms, 0 to 1; symmetric, independent of word order. */
export function titleSimilarity(a: readonly string[], b: readonly string[], weights: TermWeights): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (covered(a, b, weights) + covered(b, a, weights)) / 2;
}
