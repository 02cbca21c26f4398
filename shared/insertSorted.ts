import { bisector } from 'd3-array';

/**
 * Above this many changed records a collection's order is sorted afresh rather than patched
 * with insertSorted (a tidy-up, a large paste): each insertion shifts the whole array.
 */
export const RESORT_ABOVE = 64;

/**
 * Puts each of `records` into `sorted` where `compare` places it (binary search) and returns
 * `sorted`: after a few records of a large collection changed, the same order a full sort
 * gives (as `compare` is total), without sorting the rest again.
 */
export function insertSorted<T>(sorted: T[], records: Iterable<T>, compare: (a: T, b: T) => number): T[] {
  // (A two-argument function: d3 reads it as a comparator, not an accessor.)
  const place = bisector((a: T, b: T) => compare(a, b)).left;
  for (const record of records) sorted.splice(place(sorted, record), 0, record);
  return sorted;
}
