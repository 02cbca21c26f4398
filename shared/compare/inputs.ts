import type { WerkzaamDocument } from '../model';
import type { TheoryInput } from './match';

/**
 * Theories read from files, ready to compare: each keyed by its file name without the
 * extension (made unique with -2, -3… when two files share a name), named after the
 * theory's organisation, else its title, else the file. The comparison view and the CLI
 * use the same keys, so a matches file saved in one is read by the other.
 */
export function theoryInputs(files: readonly { file: string; document: WerkzaamDocument }[]): TheoryInput[] {
  const taken = new Set<string>();
  return files.map(({ file, document }) => {
    const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.(werkzaam|json)$/i, '') || 'theory';
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
    taken.add(key);
    const name = document.theory.organisation.trim() || document.theory.title.trim() || base;
    return { key, name, document, file };
  });
}
