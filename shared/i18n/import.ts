import type { Language } from '../model';
import { defineBundle, format } from './core';
import type { ImportLocation, ImportMessage } from '../import/types';
import { columnName } from '../import/table';

/**
 * Messages of the importers (shared/import): why a file cannot be imported, and what was
 * skipped. Each names where it is through `describeLocation` (sheet, row, column and
 * header, or JSON path).
 */
export const importStrings = defineBundle({
  nl: {
    tooLarge: 'het bestand is te groot (de grens is {limit} bytes)',
    notText: 'dit is geen tekstbestand: het bevat binaire gegevens',
    emptyFile: 'het bestand is leeg',
    unclosedQuote: 'hier wordt een aanhalingsteken geopend dat nergens gesloten wordt; alles daarna zou in één cel belanden',
    notXlsx: 'dit is geen Excel-werkmap (.xlsx)',
    badXlsx: 'de Excel-werkmap kan niet gelezen worden: {detail}',
    tooManyRows: 'het werkblad heeft meer dan {limit} rijen',
    tooManyColumns: 'het werkblad heeft meer dan {limit} kolommen',
    noSheets: 'de werkmap heeft geen werkbladen',
    noSuchSheet: 'er is geen werkblad "{name}"; de werkmap heeft: {names}',
    emptySheet: 'het werkblad is leeg',
    noStageColumn: 'geen enkele kolom is aan een fase gekoppeld (Input, Acties, Tussenresultaten, Outcomes, Impact); kies bij minstens één kolom een fase',
    columnIgnored: 'de kolom wordt niet ingelezen (ingevulde cellen: {count})',
    columnWithoutHeader: 'de kolom heeft geen kop en wordt niet ingelezen (ingevulde cellen: {count})',
    columnWithoutStage: 'er staat geen fasekolom links van deze kolom, dus wat erin staat hoort bij geen enkele kaart (ingevulde cellen: {count})',
    textTooLong: 'de tekst is te lang ({length} tekens; de grens is {limit})',
    cellError: 'de cel toont een fout ({error}) in plaats van een waarde',
    tooManyCards: 'meer dan {limit} kaarten; zoveel kan een theorie niet bevatten',
    tooManyLinks: 'meer dan {limit} verbindingen; zoveel kan een theorie niet bevatten',
    tooManyAssumptions: 'meer dan {limit} aannames; zoveel kan een theorie niet bevatten',
    tooManyIndicators: 'de kaart heeft al {limit} indicatoren, de grens',
    noCardForValue: 'de cel in kolom "{column}" van deze rij is leeg, dus deze waarde hoort bij geen enkele kaart',
    noLinkForValue: 'in deze rij loopt geen verbinding naar de kaart in kolom "{column}", dus deze waarde hoort bij geen enkele verbinding',
    noCards: 'er staan geen kaarten in (alle fasekolommen zijn leeg)',
    noElements: 'het bestand bevat geen elementen',
    badJson: 'het bestand is geen geldige JSON: {detail}',
    notKumu: 'dit is geen Kumu-bestand: er hoort een lijst "elements" in te staan',
    notAList: 'verwacht een lijst',
    notAnObject: 'verwacht een object',
    noLabel: 'het element heeft geen label en wordt overgeslagen',
    duplicateElementId: 'de id "{id}" komt al voor bij {other}; dit element wordt overgeslagen',
    unknownEnd: 'er is geen element "{ref}"; de verbinding wordt overgeslagen',
    selfConnection: 'de verbinding gaat van een element naar zichzelf en wordt overgeslagen',
    repeatedConnection: 'deze twee elementen zijn al verbonden door {other}; de verbinding wordt samengevoegd',
    mutualConnection: 'een wederzijdse of ongerichte verbinding; ingelezen als één richting ({from} → {to})',
    tagsKept: 'labels die geen AIO-element zijn, staan bij de notities van de kaart',
    severalFiles: 'meerdere bestanden tegelijk gaan alleen samen als CSV-bestanden van een Werkzaam-werkmap (kaarten, verbindingen, indicatoren, aannames); kies één bestand',
    unknownFile: 'dit bestand kan niet ingelezen worden: kies een CSV-, Excel- (.xlsx) of Kumu-bestand (.json)',
    badTheory: 'de ingelezen theorie wordt geweigerd: {detail}',
    badStageValue: '"{value}" is geen fase; kies uit {expected}',
    badStatusValue: '"{value}" is geen status van een aanname; kies uit {expected}',
    badKindValue: '"{value}" is geen soort aanname; kies uit {expected}',
    badAioValue: '"{value}" is geen AIO-element; kies uit {expected}',
    badNumber: '"{value}" is geen getal',
    badId: '"{value}" is geen geldige id; de rij wordt overgeslagen',
    missingValue: 'deze cel is verplicht en leeg; de rij wordt overgeslagen',
    unknownCardRef: 'er is geen kaart "{ref}" op het blad met kaarten; de rij wordt overgeslagen',
    unknownAssumptionRef: 'er is geen aanname "{ref}" op het blad met aannames',
    duplicateRowId: 'de id "{id}" staat al in rij {other}; deze rij wordt overgeslagen',
    missingSheet: 'het blad "{name}" ontbreekt in de werkmap',
    missingColumn: 'de kolom "{name}" ontbreekt',
  },
  en: {
    tooLarge: 'the file is too large (the limit is {limit} bytes)',
    notText: 'this is not a text file: it contains binary data',
    emptyFile: 'the file is empty',
    unclosedQuote: 'a quote opens here and is never closed; everything after it would land in one cell',
    notXlsx: 'this is not an Excel workbook (.xlsx)',
    badXlsx: 'the Excel workbook cannot be read: {detail}',
    tooManyRows: 'the sheet has more than {limit} rows',
    tooManyColumns: 'the sheet has more than {limit} columns',
    noSheets: 'the workbook has no sheets',
    noSuchSheet: 'there is no sheet "{name}"; the workbook has: {names}',
    emptySheet: 'the sheet is empty',
    noStageColumn: 'no column is mapped to a stage (Input, Actions, Intermediate results, Outcomes, Impact); choose a stage for at least one column',
    columnIgnored: 'the column is not imported (filled cells: {count})',
    columnWithoutHeader: 'the column has no header and is not imported (filled cells: {count})',
    columnWithoutStage: 'there is no stage column to the left of this column, so what it holds belongs to no card (filled cells: {count})',
    textTooLong: 'the text is too long ({length} characters; the limit is {limit})',
    cellError: 'the cell shows an error ({error}) instead of a value',
    tooManyCards: 'more than {limit} cards; a theory cannot hold that many',
    tooManyLinks: 'more than {limit} links; a theory cannot hold that many',
    tooManyAssumptions: 'more than {limit} assumptions; a theory cannot hold that many',
    tooManyIndicators: 'the card already has {limit} indicators, the limit',
    noCardForValue: 'the cell in column "{column}" of this row is empty, so this value belongs to no card',
    noLinkForValue: 'no link runs into the card in column "{column}" in this row, so this value belongs to no link',
    noCards: 'there are no cards in it (every stage column is empty)',
    noElements: 'the file holds no elements',
    badJson: 'the file is not valid JSON: {detail}',
    notKumu: 'this is not a Kumu file: it should hold a list "elements"',
    notAList: 'expected a list',
    notAnObject: 'expected an object',
    noLabel: 'the element has no label and is skipped',
    duplicateElementId: 'the id "{id}" is already used by {other}; this element is skipped',
    unknownEnd: 'there is no element "{ref}"; the connection is skipped',
    selfConnection: 'the connection runs from an element to itself and is skipped',
    repeatedConnection: 'these two elements are already connected by {other}; the connections are merged',
    mutualConnection: 'a mutual or undirected connection; imported as one direction ({from} → {to})',
    tagsKept: 'tags that are not AIO elements are kept in the card’s notes',
    severalFiles: 'several files at once only go together as the CSV files of a Werkzaam workbook (cards, links, indicators, assumptions); choose one file',
    unknownFile: 'this file cannot be imported: choose a CSV, Excel (.xlsx) or Kumu (.json) file',
    badTheory: 'the imported theory is refused: {detail}',
    badStageValue: '"{value}" is not a stage; expected one of {expected}',
    badStatusValue: '"{value}" is not an assumption status; expected one of {expected}',
    badKindValue: '"{value}" is not an assumption kind; expected one of {expected}',
    badAioValue: '"{value}" is not an AIO element; expected one of {expected}',
    badNumber: '"{value}" is not a number',
    badId: '"{value}" is not a valid id; the row is skipped',
    missingValue: 'this cell is required and empty; the row is skipped',
    unknownCardRef: 'there is no card "{ref}" on the cards sheet; the row is skipped',
    unknownAssumptionRef: 'there is no assumption "{ref}" on the assumptions sheet',
    duplicateRowId: 'the id "{id}" is already in row {other}; this row is skipped',
    missingSheet: 'the sheet "{name}" is missing from the workbook',
    missingColumn: 'the column "{name}" is missing',
  },
});

export type ImportMessageKey = keyof typeof importStrings.nl;

/** Words of the preview and the CLI's mapping lines. */
export const importUiStrings = {
  nl: {
    oneCard: '{n} kaart', cards: '{n} kaarten',
    oneLink: '{n} verbinding', links: '{n} verbindingen',
    oneAssumption: '{n} aanname', assumptions: '{n} aannames',
    oneIndicator: '{n} indicator', indicators: '{n} indicatoren',
    roles: { description: 'Beschrijving van de kaart links', indicator: 'Indicator van de kaart links', assumption: 'Aanname bij de verbinding', external: 'Externe factor bij de verbinding', rationale: 'Onderbouwing van de verbinding', ignore: 'Niet inlezen' },
    shapeColumns: 'één kolom per fase', shapePaths: 'één oorzakelijk pad per rij',
    shapeLine: 'vorm: {shape}; koppen in rij {row}',
    columnMatched: 'kolom {column} "{header}" → {role} (herkend aan "{word}")',
    columnManual: 'kolom {column} "{header}" → {role} (zelf gekozen)',
    columnLine: 'kolom {column} "{header}" → {role}',
    noHeader: '(geen kop)',
    typeLine: 'soort "{type}" ({count}) → {stage}',
    noType: '(geen soort)',
    auto: 'volgens de verbindingen',
    workbookMapping: 'Werkzaam-werkmap: bladen en kolommen herkend aan hun koppen',
    importFailed: '"{name}" kan niet geïmporteerd worden',
    importUnreadable: 'Het bestand kan niet gelezen worden',
    previewTitle: 'Importeren: {name}',
    shape: 'Vorm van het werkblad',
    sheet: 'Werkblad',
    columns: 'Kolommen',
    types: 'Soorten elementen',
    roleOf: 'Kolom {column} "{header}"',
    typeOf: 'Soort "{type}" ({count})',
    target: 'Waar naartoe',
    targetOpen: 'Toevoegen aan deze theorie',
    targetNew: 'Als nieuwe theorie',
    preview: 'Wat er gemaakt wordt',
    linksHeading: 'Verbindingen',
    skippedHeading: 'Overgeslagen',
    notesHeading: 'Let op',
    nothingSkipped: 'Niets overgeslagen.',
    moreLinks: 'en nog {n}',
    accept: 'Importeren',
    cancel: 'Annuleren',
    noCardsInStage: '—',
  },
  en: {
    oneCard: '{n} card', cards: '{n} cards',
    oneLink: '{n} link', links: '{n} links',
    oneAssumption: '{n} assumption', assumptions: '{n} assumptions',
    oneIndicator: '{n} indicator', indicators: '{n} indicators',
    roles: { description: 'Description of the card to its left', indicator: 'Indicator of the card to its left', assumption: 'Assumption on the link', external: 'External factor on the link', rationale: 'Rationale of the link', ignore: 'Do not import' },
    shapeColumns: 'one column per stage', shapePaths: 'one causal path per row',
    shapeLine: 'shape: {shape}; headers in row {row}',
    columnMatched: 'column {column} "{header}" → {role} (matched "{word}")',
    columnManual: 'column {column} "{header}" → {role} (chosen)',
    columnLine: 'column {column} "{header}" → {role}',
    noHeader: '(no header)',
    typeLine: 'type "{type}" ({count}) → {stage}',
    noType: '(no type)',
    auto: 'by the connections',
    workbookMapping: 'Werkzaam workbook: sheets and columns recognised by their headers',
    importFailed: '"{name}" cannot be imported',
    importUnreadable: 'The file cannot be read',
    previewTitle: 'Import: {name}',
    shape: 'Shape of the sheet',
    sheet: 'Sheet',
    columns: 'Columns',
    types: 'Element types',
    roleOf: 'Column {column} "{header}"',
    typeOf: 'Type "{type}" ({count})',
    target: 'Where to',
    targetOpen: 'Add to this theory',
    targetNew: 'As a new theory',
    preview: 'What will be made',
    linksHeading: 'Links',
    skippedHeading: 'Skipped',
    notesHeading: 'Note',
    nothingSkipped: 'Nothing skipped.',
    moreLinks: 'and {n} more',
    accept: 'Import',
    cancel: 'Cancel',
    noCardsInStage: '—',
  },
} satisfies Record<Language, unknown>;

const WHERE = {
  nl: { sheet: 'blad "{sheet}"', row: 'rij {row}', column: 'kolom {column}', header: 'kolom {column} ("{header}")' },
  en: { sheet: 'sheet "{sheet}"', row: 'row {row}', column: 'column {column}', header: 'column {column} ("{header}")' },
} as const;

/** "blad "Model", rij 4, kolom C ("Activiteiten")" / "elements[3].label" / "" for the whole file. */
export function describeLocation(at: ImportLocation, language: Language): string {
  const w = WHERE[language];
  const parts: string[] = [];
  if ('sheet' in at && at.sheet !== undefined) parts.push(format(w.sheet, { sheet: at.sheet }));
  if (at.kind === 'row' || at.kind === 'cell') parts.push(format(w.row, { row: at.row }));
  if (at.kind === 'column' || at.kind === 'cell') {
    const column = columnName(at.column);
    parts.push(at.header ? format(w.header, { column, header: at.header }) : format(w.column, { column }));
  }
  if (at.kind === 'path') parts.push(at.path);
  return parts.join(', ');
}

export function importMessageText(message: ImportMessage, language: Language): string {
  return format(importStrings[language][message.key], message.params ?? {});
}

/** One line: where, then what. */
export function describeImportMessage(message: ImportMessage, language: Language): string {
  const where = describeLocation(message.at, language);
  const text = importMessageText(message, language);
  return where ? `${where}: ${text}` : text;
}

// The English half must have every key of the Dutch one.
const sameKeys: Record<Language, typeof importUiStrings.nl> = importUiStrings;
void sameKeys;
