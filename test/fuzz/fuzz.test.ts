import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkClipboard, checkFileBytes, checkFileText, hostileClipboard, mutatedFileBytes, mutatedFileText, randomJsonText, VALID_FILES } from './targets';

/**
 * The fuzz suite in CI: a bounded number of cases per target, from a seed fast-check prints
 * on failure. `npm run fuzz` runs many more and times every case (test/fuzz/run.ts); no
 * timing is asserted here.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 150);

describe('fuzz: every input loads or is refused with a located message, nothing throws', () => {
  it('random JSON', () => fc.assert(fc.property(randomJsonText, (text) => void checkFileText(text)), { numRuns: runs }));
  it('structural mutations of the valid fixtures', () => fc.assert(fc.property(mutatedFileText, (text) => void checkFileText(text)), { numRuns: runs }));
  it('byte mutations of the valid fixtures', () => fc.assert(fc.property(mutatedFileBytes, (bytes) => void checkFileBytes(bytes)), { numRuns: runs }));
  it('hostile clipboard fragments pasted into the KdG theory', () => fc.assert(fc.property(hostileClipboard, (text) => void checkClipboard(text)), { numRuns: runs }));
});

describe('the fuzz checker itself', () => {
  it('takes braces the file holds ("{A}") for the file’s text, not for a message left unfilled', () => {
    const file = JSON.parse(VALID_FILES.find((f) => f.name === 'minimal.werkzaam')!.text);
    const [id] = Object.keys(file.theory.cards);
    file.theory.cards[id!].stage = '{A}';
    expect(checkFileText(JSON.stringify(file))).toBe('refused');
  });
});
