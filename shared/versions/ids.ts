import { COLLECTIONS, type CollectionType } from '../diff';
import type { Id } from '../model';
import type { Version } from '../records/version';

/**
 * The highest number an id with this prefix has had in any saved version. New records are
 * numbered above it, so an id is never given to a second record once a version holds it:
 * a card deleted after a version and a new one added later are told apart when versions
 * are compared, instead of one card "changing" into the other.
 */
const cache = new WeakMap<readonly Version[], Map<string, number>>();

export function highestInVersions(versions: readonly Version[], type: CollectionType, prefix: string): number {
  if (versions.length === 0) return 0;
  let perKey = cache.get(versions);
  if (!perKey) cache.set(versions, (perKey = new Map()));
  const key = `${type}:${prefix}`;
  const known = perKey.get(key);
  if (known !== undefined) return known;
  let high = 0;
  for (const v of versions) {
    for (const record of v[COLLECTIONS[type]] as { id: Id }[]) {
      if (!record.id.startsWith(prefix)) continue;
      const n = Number(record.id.slice(prefix.length));
      if (Number.isInteger(n) && n > high) high = n;
    }
  }
  perKey.set(key, high);
  return high;
}
