import { describe, expect, it } from 'vitest';
import { foldText, titleTerms, Vocabulary, words } from '../../shared/compare/normalise';
import { termSimilarity, TermWeights, titleSimilarity } from '../../shared/compare/similarity';

const similarity = (a: string, b: string, others: string[] = []) => {
  const vocabulary = new Vocabulary('nl', [a, b, ...others]);
  const weights = new TermWeights();
  for (const title of [a, b, ...others]) weights.add(titleTerms(title, vocabulary));
  return titleSimilarity(titleTerms(a, vocabulary), titleTerms(b, vocabulary), weights);
};

describe('title normalisation for Dutch', () => {
  it('folds case, accents and punctuation', () => {
    expect(foldText('Financiële steun: Één Geïsoleerd-LEVEN!')).toBe('financiele steun een geisoleerd leven');
    expect(foldText('coördinatie – créëren')).toBe('coordinatie creeren');
  });

  it('drops function words but keeps content words', () => {
    expect(words('Intensieve begeleiding op en naast de werkvloer', 'nl')).toEqual(['intensieve', 'begeleiding', 'naast', 'werkvloer']);
    expect(words('Minder ziekteverzuim en lagere kosten', 'nl')).toEqual(['minder', 'ziekteverzuim', 'lagere', 'kosten']);
    expect(words('Access to the formal services', 'en')).toEqual(['access', 'formal', 'services']);
  });

  it('splits a compound into words the titles use on their own, with a linking s', () => {
    const vocabulary = new Vocabulary('nl', ['Netwerk van ondersteuning', 'Ondersteuningsnetwerken opbouwen', 'Werkvloer', 'Werkvloerondersteuning']);
    expect(vocabulary.split('ondersteuningsnetwerken')).toEqual(['ondersteuning', 'netwerken']);
    expect(vocabulary.split('werkvloerondersteuning')).toEqual(['werkvloer', 'ondersteuning']);
    // Parts shorter than four letters are not split off: "netwerk" is not "net" + "werk".
    expect(new Vocabulary('nl', ['net', 'werk', 'netwerk']).split('netwerk')).toEqual(['netwerk']);
    // A word with no known parts stays whole.
    expect(vocabulary.split('veerkracht')).toEqual(['veerkracht']);
  });

  it('stems inflections so plural and singular, adjective and noun meet', () => {
    const vocabulary = new Vocabulary('nl', []);
    expect(titleTerms('Hybride netwerken', vocabulary)).toEqual(titleTerms('hybride netwerk', vocabulary));
    expect(titleTerms('Formele diensten', vocabulary)).toEqual(titleTerms('formeel dienst', vocabulary));
  });
});

describe('title similarity', () => {
  it('is 1 for the same title in another case, accent, word order or punctuation', () => {
    expect(similarity('Werkhouding en veerkracht', 'Veerkracht en werkhouding')).toBe(1);
    expect(similarity('Financiële steun voor ondersteuningsnetwerken', 'financiele steun voor ondersteuningsnetwerken')).toBe(1);
    expect(similarity('Zelfvertrouwen en zelf-effectiviteit (intra-persoonlijk)', 'Intrapersoonlijk: zelfvertrouwen en zelfeffectiviteit')).toBe(1);
    expect(similarity('Hybride ondersteunings-netwerken opbouwen', 'Hybride ondersteuningsnetwerken opbouwen')).toBe(1);
  });

  it('scores a compound against its words written apart', () => {
    expect(similarity('Werkvloerondersteuning', 'Ondersteuning op de werkvloer')).toBe(1);
    expect(similarity('Werkvloerondersteuning', 'Arbeidsmatige ondersteuning op de werkvloer')).toBeGreaterThan(0.75);
  });

  it('forgives a typo, not a different word', () => {
    expect(termSimilarity('zelfeffectiviteit', 'zelfefectiviteit')).toBeGreaterThan(0.85);
    expect(termSimilarity('werk', 'netwerk')).toBeLessThan(0.6);
    expect(termSimilarity('abc', 'xyz')).toBe(0);
    expect(similarity('Collectieve impact', 'Minder ziekteverzuim en lagere kosten')).toBe(0);
  });

  it('is symmetric', () => {
    const pairs: [string, string][] = [
      ['Obstakels weg nemen: taal en administratie', 'Obstakels wegnemen, zoals taal en administratie'],
      ['Grotere toegang tot formele diensten', 'Vergrote toegang tot formele diensten'],
      ['Begeleiders en jobcoaches', 'Begeleiders van de organisaties'],
    ];
    for (const [a, b] of pairs) expect(similarity(a, b)).toBe(similarity(b, a));
  });

  it('weighs rare words above common ones', () => {
    const others = ['Ondersteuning op maat', 'Ondersteuning thuis', 'Ondersteuning bij taal'];
    // Sharing only the common word scores below sharing only the rare one.
    expect(similarity('Hybride ondersteuning', 'Ondersteuning van buren', others)).toBeLessThan(similarity('Hybride ondersteuning', 'Hybride buren', others));
  });
});
