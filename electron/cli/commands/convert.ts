import { resolve } from 'node:path';
import { serializeDocument } from '../../../shared/format/serialize';
import type { CliCommand } from '../types';
import { requireFile, requireOption } from '../arguments';
import { loadOrReport, writeOutput } from '../theoryFiles';

export const convertCommand: CliCommand = {
  name: 'convert',
  summary: 'read any supported version and write the current one (normalised)',
  usage: 'werkzaam convert <in> --out <file> [--force]',
  options: { out: { type: 'string' }, force: { type: 'boolean' } },
  async run(ctx) {
    const input = requireFile(ctx, 'in');
    const out = requireOption(ctx, 'out');
    const doc = await loadOrReport(ctx, input);
    if (!doc) return 1;
    // Converting a file onto itself is a normal use; only other existing files need --force.
    const force = Boolean(ctx.values.force) || resolve(out) === resolve(input);
    return (await writeOutput(ctx, out, serializeDocument(doc), force)) ? 0 : 1;
  },
};
