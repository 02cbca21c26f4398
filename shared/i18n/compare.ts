import { defineBundle } from './core';

/** Messages about comparing and merging theories and about the matches file (issue #12). */
export const compareStrings = defineBundle({
  nl: {
    matchesNotJson: 'is geen geldig JSON-bestand ({detail})',
    matchesWrongFormat: 'is geen bestand met overeenkomsten van Werkzaam (verwacht "format": "{format}")',
    matchesBadValue: 'ongeldige waarde: {detail}',
    matchesDuplicateTheory: 'de sleutel "{key}" staat twee keer bij de theorieën',
    matchesUnknownTheory: '"{key}" is geen van de theorieën in dit bestand ({known})',
    matchesTwoOfOneTheory: 'een overeenkomst heeft hoogstens één kaart per theorie; hier staan er twee van "{key}"',
    matchesCardTwice: 'kaart "{card}" van "{key}" staat al in {other}',
    matchesTheoryNotGiven: 'de theorie "{name}" {file} is niet bij de opgegeven bestanden',
    matchesNoSuchCard: 'kaart "{card}" staat niet in {name}',
    genericTitle: 'Generieke programmatheorie: {names}',
    genericDescription: 'Samengevoegd uit de programmatheorieën van {names}.',
  },
  en: {
    matchesNotJson: 'is not valid JSON ({detail})',
    matchesWrongFormat: 'is not a Werkzaam matches file (expected "format": "{format}")',
    matchesBadValue: 'invalid value: {detail}',
    matchesDuplicateTheory: 'the key "{key}" is given to two theories',
    matchesUnknownTheory: '"{key}" is none of the theories of this file ({known})',
    matchesTwoOfOneTheory: 'a match holds at most one card of each theory; this one has two of "{key}"',
    matchesCardTwice: 'card "{card}" of "{key}" is already in {other}',
    matchesTheoryNotGiven: 'the theory "{name}" {file} is not among the files given',
    matchesNoSuchCard: 'card "{card}" is not in {name}',
    genericTitle: 'Generic program theory: {names}',
    genericDescription: 'Merged from the program theories of {names}.',
  },
});
