import type { Id } from '../model';
import type { Organisation } from '../records/organisation';

/**
 * The origins a card or link may keep in a theory: those naming one of its organisations,
 * one each. A card pasted from a generic theory into another theory loses origins that
 * theory has no organisation for, so the file still holds together (the reader refuses an
 * origin that names no organisation).
 */
export function originsIn<O extends { organisation: Id }>(organisations: readonly Organisation[], origins: readonly O[]): O[] {
  const known = new Set(organisations.map((o) => o.id));
  const seen = new Set<Id>();
  return origins.filter((o) => {
    if (!known.has(o.organisation) || seen.has(o.organisation)) return false;
    seen.add(o.organisation);
    return true;
  });
}
