import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTheoryFile } from '../../electron/node/readTheoryFile';
import { formatSizeAndLimit } from '../../shared/format/limits';

const MB = 1024 * 1024;

describe('sizes over the limit (D15)', () => {
  it('show as many decimals as it takes to differ from the limit, then bytes', () => {
    expect(formatSizeAndLimit(21 * MB, 20 * MB)).toEqual({ size: '21.0 MB', limit: '20.0 MB' });
    expect(formatSizeAndLimit(20.04 * MB, 20 * MB)).toEqual({ size: '20.04 MB', limit: '20.00 MB' });
    expect(formatSizeAndLimit(20 * MB + 2000, 20 * MB)).toEqual({ size: '20.002 MB', limit: '20.000 MB' });
    expect(formatSizeAndLimit(20 * MB + 1, 20 * MB)).toEqual({ size: '20,971,521 bytes', limit: '20,971,520 bytes' });
  });

  it('a file one byte over the limit is not "20.0 MB; the limit is 20.0 MB"', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'werkzaam-size-')), 'big.werkzaam');
    writeFileSync(file, '');
    truncateSync(file, 20 * MB + 1);
    const result = await readTheoryFile(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toBe('the file is too large (20,971,521 bytes; the limit is 20,971,520 bytes)');
  });
});
