import type { AnyDecl, AnyField } from './define';
import { documentRecord } from './document';

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One file-version step, as the format's migration registry takes it (see ../format/migrations.ts). */
export interface FileMigration {
  from: number;
  to: number;
  name: string;
  up(file: Raw): Raw;
  down(file: Raw): Raw;
}

/**
 * Walk a raw file (not yet validated: anything may be missing or of the wrong kind) and
 * migrate every record of every declared type one version, parents before children going
 * up, children before parents going down.
 */
function migrateRaw(decl: AnyDecl, raw: Raw, version: number, direction: 'up' | 'down'): Raw {
  const own = decl.migrations.find((m) => m.version === version);
  let current = direction === 'up' && own ? own.up(raw) : raw;
  let copied = false;
  for (const key of decl.keys) {
    const f = decl.fields[key] as AnyField;
    if (f.kind !== 'struct' && f.kind !== 'nested' && f.kind !== 'collection') continue;
    const value = current[key];
    let next: unknown = value;
    if (f.kind === 'struct' && isObject(value)) next = migrateRaw(f.decl, value, version, direction);
    else if (f.kind !== 'struct' && Array.isArray(value)) next = value.map((child) => (isObject(child) ? migrateRaw(f.decl, child, version, direction) : child));
    if (next !== value) {
      if (!copied) current = { ...current };
      copied = true;
      current[key] = next;
    }
  }
  if (direction === 'down' && own) current = own.down(current);
  return current;
}

function hasMigration(root: AnyDecl, version: number): string[] {
  const names: string[] = [];
  const seen = new Set<AnyDecl>();
  const walk = (decl: AnyDecl) => {
    if (seen.has(decl)) return;
    seen.add(decl);
    for (const m of decl.migrations) if (m.version === version) names.push(`${decl.type}: ${m.name}`);
    for (const key of decl.keys) {
      const f = decl.fields[key] as AnyField;
      if (f.kind === 'struct' || f.kind === 'nested' || f.kind === 'collection') walk(f.decl);
    }
  };
  walk(root);
  // A declaration used in two places (the theory, and its fields inside a version) is named once.
  return [...new Set(names)];
}

/**
 * The file-version steps that the record declarations' migrations make up: step v-1 → v
 * migrates each record whose type has a migration to version v. `root` is the file's
 * declaration (tests pass their own).
 */
export function recordMigrations(root: AnyDecl = documentRecord): FileMigration[] {
  const versions = new Set<number>();
  const collect = (decl: AnyDecl, seen = new Set<AnyDecl>()) => {
    if (seen.has(decl)) return;
    seen.add(decl);
    for (const m of decl.migrations) versions.add(m.version);
    for (const key of decl.keys) {
      const f = decl.fields[key] as AnyField;
      if (f.kind === 'struct' || f.kind === 'nested' || f.kind === 'collection') collect(f.decl, seen);
    }
  };
  collect(root);
  return [...versions]
    .sort((a, b) => a - b)
    .map((version) => ({
      from: version - 1,
      to: version,
      name: hasMigration(root, version).join('; '),
      up: (file: Raw) => migrateRaw(root, file, version, 'up'),
      down: (file: Raw) => migrateRaw(root, file, version, 'down'),
    }));
}
