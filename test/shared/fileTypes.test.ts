import { describe, expect, it } from 'vitest';
import { THEORY_EXTENSIONS, isTheoryFileName, withoutTheoryExtension } from '../../shared/fileTypes';
import { filesFromArgv } from '../../electron/main/argv';

describe('theory file names', () => {
  it('one list of extensions: .werkzaam first, .json read too, any case', () => {
    expect(THEORY_EXTENSIONS).toEqual(['werkzaam', 'json']);
    expect(['a.werkzaam', 'B.JSON', '/x/y.Werkzaam'].map(isTheoryFileName)).toEqual([true, true, true]);
    expect(['a.pdf', 'werkzaam', 'a.werkzaam.bak'].map(isTheoryFileName)).toEqual([false, false, false]);
    expect(withoutTheoryExtension('Plan mei.werkzaam')).toBe('Plan mei');
    expect(withoutTheoryExtension('notes.txt')).toBe('notes.txt');
  });

  it('the command line takes theory files by the same list', () => {
    expect(filesFromArgv(['app', '--flag', 'a.werkzaam', 'b.json', 'package.json', 'c.pdf'])).toEqual(['a.werkzaam', 'b.json']);
  });
});
