import { formatPath, makeProblem, type FormatProblem } from './problems';

/**
 * Checks every value of the parsed JSON, including keys this version does not know
 * (they are kept and written back, so they must be safe and storable too):
 * - "__proto__", "constructor" and "prototype" keys are refused outright;
 * - texts and keys longer than the limit are refused;
 * - numbers JSON.parse turned into Infinity (1e400) are refused, because writing the
 *   file back would turn them into null.
 * Iterative (the depth is bounded already, but a walk should not depend on that).
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Node {
  value: unknown;
  parent: Node | null;
  key: string | number;
}

export function checkValues(root: unknown, maxString: number, maxProblems: number): FormatProblem[] {
  const problems: FormatProblem[] = [];
  const stack: Node[] = [{ value: root, parent: null, key: '' }];
  while (stack.length > 0 && problems.length < maxProblems) {
    const node = stack.pop()!;
    const value = node.value;
    if (typeof value === 'string') {
      if (value.length > maxString) {
        problems.push(makeProblem('too-long', pathOf(node), 'tooLongText', { length: value.length, limit: maxString }));
      }
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        problems.push(makeProblem('bad-number', pathOf(node), 'badNumber'));
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: node, key: i });
    } else if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      for (let k = keys.length - 1; k >= 0; k--) {
        const key = keys[k]!;
        if (FORBIDDEN_KEYS.has(key)) {
          // A prototype key is an attack or a broken tool: report it alone, first.
          return [makeProblem('forbidden-key', pathOf(node), 'forbiddenKey', { key })];
        }
        if (key.length > maxString) {
          problems.push(makeProblem('too-long', pathOf(node), 'tooLongKey', { length: key.length, limit: maxString }));
          continue;
        }
        stack.push({ value: (value as Record<string, unknown>)[key], parent: node, key });
      }
    }
  }
  return problems;
}

function pathOf(node: Node): string {
  const keys: (string | number)[] = [];
  for (let n: Node | null = node; n?.parent; n = n.parent) keys.push(n.key);
  return formatPath(keys.reverse());
}
