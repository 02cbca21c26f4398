import type { Id } from './model';

/** Ids must be safe as record keys and readable in a file. */
export const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
/**
 * Names a plain object already answers to: every Object.prototype member (toLocaleString,
 * isPrototypeOf, __defineGetter__, …), not only the few a lookup is known to trip over, so a
 * card can never be found in a record where there is none (D16).
 */
const RESERVED: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype', ...Object.getOwnPropertyNames(Object.prototype)]);

export function isValidId(id: unknown): id is Id {
  return typeof id === 'string' && ID_PATTERN.test(id) && !RESERVED.has(id);
}

/**
 * The next free id with a prefix: c1, c2, … Deterministic (no clock, no randomness),
 * so commands replay identically and tests can predict ids.
 */
export function nextId(prefix: string, taken: Iterable<Id> | ((id: Id) => boolean)): Id {
  const has = typeof taken === 'function' ? taken : setHas(new Set(taken));
  let max = 0;
  if (typeof taken !== 'function') {
    for (const id of taken) {
      if (id.startsWith(prefix)) {
        const n = Number(id.slice(prefix.length));
        if (Number.isInteger(n) && n > max) max = n;
      }
    }
  }
  let n = max + 1;
  while (has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

function setHas(set: Set<Id>): (id: Id) => boolean {
  return (id) => set.has(id);
}
