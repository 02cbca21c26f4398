import { stemmer as dutchStem } from '@orama/stemmers/dutch';
import { stemmer as englishStem } from '@orama/stemmers/english';
import type { Language } from '../model';

/**
 * Card titles as comparable terms, for matching the theories of several organisations
 * (issue #12). Two organisations name one card differently: case, accents ("financiële" /
 * "financiele"), word order ("ondersteuning op de werkvloer" / "werkvloerondersteuning"),
 * hyphens ("intra-persoonlijk"), inflection ("netwerken" / "netwerk") and Dutch compounds
 * ("ondersteuningsnetwerken" / "netwerk van ondersteuning"). Each of these is undone here,
 * step by step, so that what is left to the fuzzy matcher (./similarity.ts) is spelling.
 */

/** Lower case, accents off (NFKD and combining marks dropped), anything not a letter or digit a space. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Function words, which say nothing about what a card is. Content words ("minder", "naast") stay. */
const STOP_WORDS: Record<Language, ReadonlySet<string>> = {
  nl: new Set(
    'de het een en of van voor op in met naar tot aan bij om te door over uit als die dat dit deze er is zijn wordt worden hun hem hij zij ze we wij je jij zich wat wie ook niet nog al dan zo zoals rond onder tegen'.split(' '),
  ),
  en: new Set('the a an and or of for on in with to at by from as that this these is are be being been their its his her they we you such into onto about'.split(' ')),
};

/** The words of a title that carry meaning, folded. */
export function words(title: string, language: Language): string[] {
  const stop = STOP_WORDS[language];
  return foldText(title)
    .split(' ')
    .filter((w) => w.length > 0 && !stop.has(w));
}

export function stem(word: string, language: Language): string {
  return language === 'nl' ? dutchStem(word) : englishStem(word);
}

/** A compound part is at least this long, so "net" + "werk" stays "netwerk". */
const MIN_PART = 4;
/** What Dutch puts between the parts of a compound: "ondersteuning-s-netwerk", "gezondheid-s-zorg", "pann-en-koek". */
const LINKING = ['', 's', 'e', 'en'];

/**
 * The words a set of titles uses, to split compounds into: a compound is split only into
 * words that also occur on their own (in any theory being compared), so every title is
 * cut the same way and "ondersteuningsnetwerken" meets "netwerk van ondersteuning".
 */
export class Vocabulary {
  private readonly forms = new Set<string>();
  private readonly stems = new Set<string>();

  constructor(
    readonly language: Language,
    titles: Iterable<string> = [],
  ) {
    for (const title of titles) this.add(title);
  }

  add(title: string): void {
    for (const w of words(title, this.language)) {
      this.forms.add(w);
      this.stems.add(stem(w, this.language));
    }
  }

  /** Whether a piece of a word is a word of its own here (as written, or inflected: "netwerken" for "netwerk"). */
  knows(piece: string): boolean {
    return this.forms.has(piece) || this.stems.has(stem(piece, this.language));
  }

  /**
   * The parts of a compound, or the word itself when it does not split into known words.
   * Fewest parts win; then the split whose parts are words as written ("ondersteuning" +
   * "s" + "netwerken" rather than "ondersteunings" + "netwerken"); then the longest first part.
   */
  split(word: string): string[] {
    const exact = (parts: string[]) => parts.filter((p) => this.forms.has(p)).length;
    const better = (a: string[], b: string[]) =>
      a.length !== b.length ? a.length < b.length : exact(a) !== exact(b) ? exact(a) > exact(b) : a[0]!.length > b[0]!.length;
    if (this.language !== 'nl' || word.length < 2 * MIN_PART) return [word];
    // best[i]: the fewest parts that cover word[0, i), ending at a part boundary.
    const best: (string[] | null)[] = new Array<string[] | null>(word.length + 1).fill(null);
    best[0] = [];
    for (let end = MIN_PART; end <= word.length; end++) {
      for (let start = 0; start <= end - MIN_PART; start++) {
        for (const link of LINKING) {
          // A linking sound sits between two parts, never before the first.
          const before = start - link.length;
          if (before < 0 || (link !== '' && before === 0) || best[before] === null || word.slice(before, start) !== link) continue;
          // The whole word is not one of its own parts.
          if (start === 0 && end === word.length) continue;
          const piece = word.slice(start, end);
          if (!this.knows(piece)) continue;
          const candidate = [...best[before]!, piece];
          const current = best[end];
          if (!current || better(candidate, current)) {
            best[end] = candidate;
          }
        }
      }
    }
    const parts = best[word.length];
    return parts && parts.length >= 2 ? parts : [word];
  }
}

/**
 * The terms of a title: meaningful words, compounds split into known words, each stemmed.
 * Order is kept (for display) but matching treats them as a bag, so word order is free.
 */
export function titleTerms(title: string, vocabulary: Vocabulary): string[] {
  const out: string[] = [];
  for (const w of words(title, vocabulary.language)) {
    for (const part of vocabulary.split(w)) out.push(stem(part, vocabulary.language));
  }
  return out;
}
