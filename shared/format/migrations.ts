/**
 * Named migrations between file versions (the tldraw pattern). Each step takes the raw
 * JSON of version `from` to version `from + 1` (`up`) and back (`down`, used to write
 * for an older app and to test that a step loses nothing it should keep).
 *
 * The steps come from the record declarations (../records: each record type lists its
 * own migrations, tied to the file version that brings them); a change that is not about
 * one record type can add a whole-file step here. Version 1 is the first version, so the
 * registry is empty; the mechanism is tested with test registries and test declarations.
 */
import { CURRENT_VERSION } from '../model';
import { makeProblem, type FormatProblem } from './problems';
import { recordMigrations } from '../records/migrate';

export type RawFile = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  /** Says what changed, e.g. "indicators get ids". */
  name: string;
  up(file: RawFile): RawFile;
  down(file: RawFile): RawFile;
}

export const MIGRATIONS: readonly Migration[] = recordMigrations();

export type MigrationResult =
  | { ok: true; file: RawFile; applied: string[] }
  | { ok: false; problems: FormatProblem[] };

/** Bring a raw file of any known version up to `target`, one named step at a time. */
export function migrate(
  file: RawFile,
  registry: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_VERSION,
): MigrationResult {
  let current = file;
  const applied: string[] = [];
  let version = file.version as number;
  while (version < target) {
    const step = registry.find((m) => m.from === version);
    if (!step || step.to !== version + 1) {
      return {
        ok: false,
        problems: [makeProblem('migration-missing', 'version', 'migrationMissing', { version, next: version + 1 })],
      };
    }
    current = { ...step.up(current), version: step.to };
    applied.push(step.name);
    version = step.to;
  }
  return { ok: true, file: current, applied };
}

/** Take a current-version raw file down to an older version (for tests and "save for older app"). */
export function migrateDown(file: RawFile, target: number, registry: readonly Migration[] = MIGRATIONS): RawFile {
  let current = file;
  let version = file.version as number;
  while (version > target) {
    const step = registry.find((m) => m.to === version);
    if (!step) throw new Error(`no migration down from version ${version}`);
    current = { ...step.down(current), version: step.from };
    version = step.from;
  }
  return current;
}

/** The oldest version this build can read. */
export function oldestReadableVersion(registry: readonly Migration[] = MIGRATIONS, target: number = CURRENT_VERSION): number {
  let version = target;
  while (registry.some((m) => m.to === version)) version--;
  return version;
}
