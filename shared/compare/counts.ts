import type { Comparison } from './model';

/** How many cards all theories share, some share, one alone has; how many matches are confirmed; how many links not every theory draws. */
export function comparisonCounts(comparison: Comparison): { all: number; some: number; unique: number; confirmed: number; linksDiffer: number } {
  const count = (test: (i: Comparison['items'][number]) => boolean) => comparison.items.filter(test).length;
  return {
    all: count((i) => i.kind === 'all'),
    some: count((i) => i.kind === 'some'),
    unique: count((i) => i.kind === 'unique'),
    confirmed: count((i) => i.status === 'confirmed'),
    linksDiffer: comparison.links.filter((l) => l.absent.length > 0).length,
  };
}
