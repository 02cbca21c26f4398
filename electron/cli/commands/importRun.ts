import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import { LIMITS } from '../../../shared/format/limits';
import { serializeDocument } from '../../../shared/format/serialize';
import { openImportFiles, proposeSettings, runImport, titleFromName, type ImportSettings } from '../../../shared/import/index';
import { buildNewTheory } from '../../../shared/import/build';
import { parseRole, isStageRole, type ColumnRole } from '../../../shared/import/headers';
import { withRoles, type SheetShape } from '../../../shared/import/spreadsheet';
import { columnName } from '../../../shared/import/table';
import { mappingLines, previewOf } from '../../../shared/import/preview';
import { describeImportMessage } from '../../../shared/i18n/import';
import { STAGES } from '../../../shared/model';
import { describeFsError } from '../../node/readTheoryFile';
import { UsageError, type CliContext } from '../types';
import { languageOption, requireOption } from '../arguments';
import { writeOutput } from '../theoryFiles';

/** `werkzaam import` itself (see ./import.ts for its arguments). */
export async function runImportCommand(ctx: CliContext): Promise<number> {
    if (ctx.positionals.length === 0) throw new UsageError('missing <file>');
    const out = requireOption(ctx, 'out');
    const language = languageOption(ctx) ?? 'en';
    const shape = ctx.values.shape;
    if (shape !== undefined && shape !== 'columns' && shape !== 'paths') throw new UsageError('--shape must be columns or paths');
    const files = await readInputs(ctx.positionals);
    if (typeof files === 'string') {
      ctx.io.err(files);
      return 1;
    }
    const label = ctx.positionals.join(', ');
    const report = (problems: Parameters<typeof describeImportMessage>[0][]) => {
      for (const p of problems) ctx.io.err(`${label}: ${describeImportMessage(p, language)}`);
      return 1;
    };
    const opened = await openImportFiles(files);
    if (!opened.ok) return report(opened.problems);
    const proposed = proposeSettings(opened.source, {
      ...(typeof ctx.values.sheet === 'string' ? { sheet: ctx.values.sheet } : {}),
      ...(shape ? { shape: shape as SheetShape } : {}),
    });
    if (!proposed.ok) return report(proposed.problems);
    const settings = typeof ctx.values.map === 'string' ? applyMap(proposed.settings, ctx.values.map) : proposed.settings;
    for (const line of mappingLines(settings, language)) ctx.io.out(line);
    const imported = runImport(opened.source, settings);
    if (!imported.ok) return report(imported.problems);
    const preview = previewOf(imported.result, language);
    for (const line of preview.skipped) ctx.io.err(`${label}: ${language === 'nl' ? 'overgeslagen' : 'skipped'}: ${line}`);
    for (const line of preview.notes) ctx.io.err(`${label}: ${language === 'nl' ? 'let op' : 'note'}: ${line}`);
    const built = buildNewTheory(imported.result, { title: titleFromName(files[0]!.name), language: languageOption(ctx) ?? 'nl', now: new Date().toISOString() });
    if (!built.ok) return report(built.problems);
    if (!(await writeOutput(ctx, out, serializeDocument(built.document), Boolean(ctx.values.force)))) return 1;
    ctx.io.out(`${out}: ${preview.summary}`);
    return 0;
}


/** The files to read: each named file, or the CSV files of a named folder (what `export --csv` writes). */
async function readInputs(paths: string[]): Promise<{ name: string; bytes: Uint8Array }[] | string> {
  const names: string[] = [];
  for (const path of paths) {
    try {
      const stat = await fs.stat(path);
      if (stat.isDirectory()) {
        const csvs = (await fs.readdir(path)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
        if (csvs.length === 0) return `${path}: the folder holds no CSV files`;
        names.push(...csvs.map((n) => join(path, n)));
      } else names.push(path);
    } catch (error) {
      return `${path}: ${describeFsError(error)}`;
    }
  }
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const name of names) {
    try {
      const stat = await fs.stat(name);
      if (stat.size > LIMITS.fileBytes) return `${name}: the file is too large (the limit is ${LIMITS.fileBytes} bytes)`;
      files.push({ name: basename(name), bytes: new Uint8Array(await fs.readFile(name)) });
    } catch (error) {
      return `${name}: ${describeFsError(error)}`;
    }
  }
  return files;
}

/**
 * `--map "Activiteiten=action,Budget=ignore,C=description"`: a column by its header or its
 * letter; for a Kumu file, an element type (`Goal=impact`, `=auto` for untyped elements).
 */
export function applyMap(settings: ImportSettings, map: string): ImportSettings {
  const pairs = map
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((pair) => {
      const at = pair.lastIndexOf('=');
      if (at < 0) throw new UsageError(`--map: "${pair}" should be Header=role`);
      return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()] as const;
    });
  if (settings.kind === 'workbook') throw new UsageError('--map does not apply to a Werkzaam workbook, whose columns are fixed');
  if (settings.kind === 'kumu') {
    const types = settings.plan.types.map((t) => ({ ...t }));
    for (const [name, value] of pairs) {
      const type = types.find((t) => t.type.toLowerCase() === name.toLowerCase());
      if (!type) throw new UsageError(`--map: there is no element type "${name}"; the file has ${types.map((t) => `"${t.type}"`).join(', ')}`);
      const role = value.toLowerCase() === 'auto' ? 'auto' : parseRole(value);
      if (role !== 'auto' && (role === undefined || !isStageRole(role))) throw new UsageError(`--map: "${value}" is not a stage; use one of ${STAGES.join(', ')}, auto`);
      type.stage = role;
    }
    return { kind: 'kumu', plan: { ...settings.plan, types } };
  }
  const roles = new Map<number, ColumnRole>();
  for (const [name, value] of pairs) {
    const column =
      settings.plan.columns.find((c) => c.header.toLowerCase() === name.toLowerCase()) ??
      settings.plan.columns.find((c) => columnName(c.column) === name.toUpperCase());
    if (!column) {
      throw new UsageError(`--map: there is no column "${name}"; the headers are ${settings.plan.columns.map((c) => `"${c.header}"`).join(', ')}`);
    }
    const role = parseRole(value);
    if (!role) {
      throw new UsageError(`--map: "${value}" is not a role; use one of ${STAGES.join(', ')}, description, indicator, assumption, external, rationale, ignore`);
    }
    roles.set(column.column, role);
  }
  return { ...settings, plan: withRoles(settings.plan, roles) };
}
