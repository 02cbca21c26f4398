import type { Language } from '../model';
import { defineBundle, format } from './core';

/**
 * Messages for problems found while reading a file (shared/format). A problem carries
 * its message key and raw parameters, so the same problem reads in either language;
 * the English text is also its `message` (what the CLI prints).
 *
 * Parameters named `got`/`gotKind` (a value as found), `expected` (a JSON type) and
 * `field` (which list of allowed values) are turned into words of the chosen language
 * before the template is filled: {got}, {expected} and {what}.
 */
export const formatErrorStrings = defineBundle({
  nl: {
    tooLarge: 'het bestand is te groot ({size}; de grens is {limit})',
    notText: 'dit is geen Werkzaam-bestand: het bevat binaire gegevens, geen tekst',
    notUtf8: 'dit is geen Werkzaam-bestand: het bevat binaire gegevens, geen UTF-8-tekst',
    notAFile: 'dit is geen bestand',
    unreadable: 'het bestand kan niet gelezen worden: {detail}',
    empty: 'het bestand is leeg',
    tooDeep: 'de JSON is meer dan {limit} niveaus diep genest',
    moreProblems: 'en nog {count} problemen (de eerste {shown} staan hierboven)',
    tooManyValues: 'het bestand bevat meer dan {limit} waarden, meer dan een theorie ooit nodig heeft',
    duplicateKey:
      'de sleutel "{key}" komt twee keer voor in hetzelfde object; er kan maar één waarde bewaard worden, dus het bestand wordt geweigerd in plaats van de andere kwijt te raken',
    truncated: 'het bestand houdt te vroeg op (is het afgebroken?)',
    badJson: 'het bestand is geen geldige JSON: {detail}',
    badJsonUnknown: 'het bestand is geen geldige JSON',
    forbiddenKey: 'de sleutel "{key}" is niet toegestaan in een Werkzaam-bestand',
    tooLongText: 'de tekst is te lang ({length} tekens; de grens is {limit})',
    tooLongKey: 'een sleutel is te lang ({length} tekens; de grens is {limit})',
    badNumber: 'het getal is te groot om te bewaren',
    notObject: 'dit is geen Werkzaam-bestand: er hoort een JSON-object op het hoogste niveau te staan',
    noFormat: 'dit is geen Werkzaam-bestand: er is geen veld "format"; verwacht "werkzaam"',
    wrongFormat: 'dit is geen Werkzaam-bestand: "format" is {got}; verwacht "werkzaam"',
    badVersion: 'verwacht een geheel getal, gevonden: {got}',
    newerVersion:
      'dit bestand is gemaakt met een nieuwere versie van Werkzaam (bestandsversie {version}; deze versie leest tot en met {current}). Werk Werkzaam bij om het te openen.',
    unknownVersion: 'versie {version} is geen versie van het Werkzaam-formaat (bekend: {oldest} tot en met {current})',
    unknownVersionOnly: 'versie {version} is geen versie van het Werkzaam-formaat (de enige versie is {current})',
    migrationMissing: 'een bestand van versie {version} kan niet bijgewerkt worden: er is geen stap van versie {version} naar {next}',
    migrated: 'bijgewerkt vanaf een oudere versie: {name}',
    missing: 'verplicht veld ontbreekt',
    wrongType: 'verwacht {expected}, gevonden: {got}',
    badValue: '{got} is geen {what}; kies uit {expected}',
    badId: '{got} is geen geldige id; gebruik 1–64 letters, cijfers, "_", "-", "." of ":"',
    tooMany: 'de lijst is te lang (de grens is {limit} items)',
    duplicateEntry: '"{value}" staat twee keer in de lijst (ook op {other})',
    outOfRange: '{got} ligt buiten het canvas (een coördinaat ligt tussen -{limit} en {limit})',
    invalid: '{detail}',
    reservedId: '"{id}" kan niet als id gebruikt worden',
    duplicateCardId: 'dubbele kaart-id "{id}" (ook gebruikt door {other})',
    duplicateLinkId: 'dubbele verbindings-id "{id}" (ook gebruikt door {other})',
    duplicateAssumptionId: 'dubbele aanname-id "{id}" (ook gebruikt door {other})',
    duplicateIndicatorId: 'dubbele indicator-id "{id}" (ook gebruikt door {other})',
    danglingCard: 'er is geen kaart met id "{id}"',
    selfLink: 'de verbinding gaat van kaart "{id}" naar zichzelf',
    duplicateLink: 'kaart "{from}" is al met "{to}" verbonden door {other}',
    danglingAssumption: 'er is geen aanname met id "{id}"',
    danglingOrganisation: 'er is geen organisatie met id "{id}" in theory.organisations',
    duplicateOrganisationId: 'dubbele organisatie-id "{id}" (ook gebruikt door {other})',
    duplicateOrigin: 'organisatie "{id}" staat al bij de herkomst ({other})',
    duplicateVersionId: 'dubbele versie-id "{id}" (ook gebruikt door {other})',
    versionRemovesMissing: 'deze versie verwijdert "{id}", maar de versie ervoor heeft dat niet',
    versionOrder: 'de volgorde noemt niet precies wat deze versie bevat',
    versionDanglingLink: 'verbinding "{link}" gaat in deze versie naar kaart "{id}", die er niet in staat',
    internal: 'het bestand kon niet gelezen worden (interne fout: {detail})',
  },
  en: {
    tooLarge: 'the file is too large ({size}; the limit is {limit})',
    notText: 'this is not a Werkzaam file: it contains binary data, not text',
    notUtf8: 'this is not a Werkzaam file: it contains binary data, not UTF-8 text',
    notAFile: 'this is not a file',
    unreadable: '{detail}',
    empty: 'the file is empty',
    tooDeep: 'the JSON is nested more than {limit} levels deep',
    moreProblems: 'and {count} more problems (the first {shown} are listed above)',
    tooManyValues: 'the file holds more than {limit} values, more than any theory needs',
    duplicateKey:
      'the key "{key}" appears twice in the same object; only one value can be kept, so the file is refused rather than losing the other',
    truncated: 'the file ends too early (is it truncated?)',
    badJson: 'the file is not valid JSON: {detail}',
    badJsonUnknown: 'the file is not valid JSON',
    forbiddenKey: 'the key "{key}" is not allowed in a Werkzaam file',
    tooLongText: 'the text is too long ({length} characters; the limit is {limit})',
    tooLongKey: 'a key is too long ({length} characters; the limit is {limit})',
    badNumber: 'the number is too large to store',
    notObject: 'this is not a Werkzaam file: expected a JSON object at the top level',
    noFormat: 'this is not a Werkzaam file: there is no "format" field; expected "werkzaam"',
    wrongFormat: 'this is not a Werkzaam file: "format" is {got}; expected "werkzaam"',
    badVersion: 'expected a whole number, got {got}',
    newerVersion:
      'this file was made by a newer version of Werkzaam (file version {version}; this version reads up to {current}). Update Werkzaam to open it.',
    unknownVersion: 'version {version} is not a Werkzaam file version (known: {oldest} to {current})',
    unknownVersionOnly: 'version {version} is not a Werkzaam file version (the only version is {current})',
    migrationMissing: 'cannot upgrade a version {version} file: no migration from version {version} to {next}',
    migrated: 'upgraded from an older version: {name}',
    missing: 'required field is missing',
    wrongType: 'expected {expected}, got {got}',
    badValue: '{got} is not {what}; expected one of {expected}',
    badId: '{got} is not a valid id; use 1–64 letters, digits, "_", "-", "." or ":"',
    tooMany: 'the list is too long (the limit is {limit} items)',
    duplicateEntry: '"{value}" is listed twice (also at {other})',
    outOfRange: '{got} lies off the canvas (a coordinate lies between -{limit} and {limit})',
    invalid: '{detail}',
    reservedId: '"{id}" cannot be used as an id',
    duplicateCardId: 'duplicate card id "{id}" (also used by {other})',
    duplicateLinkId: 'duplicate link id "{id}" (also used by {other})',
    duplicateAssumptionId: 'duplicate assumption id "{id}" (also used by {other})',
    duplicateIndicatorId: 'duplicate indicator id "{id}" (also used by {other})',
    danglingCard: 'there is no card with id "{id}"',
    selfLink: 'the link goes from card "{id}" to itself',
    duplicateLink: 'card "{from}" is already linked to "{to}" by {other}',
    danglingAssumption: 'there is no assumption with id "{id}"',
    danglingOrganisation: 'there is no organisation with id "{id}" in theory.organisations',
    duplicateOrganisationId: 'duplicate organisation id "{id}" (also used by {other})',
    duplicateOrigin: 'organisation "{id}" is already among the origins ({other})',
    duplicateVersionId: 'duplicate version id "{id}" (also used by {other})',
    versionRemovesMissing: 'this version removes "{id}", which the version before it does not have',
    versionOrder: 'the order does not list exactly what this version holds',
    versionDanglingLink: 'in this version, link "{link}" joins card "{id}", which the version does not hold',
    internal: 'the file could not be read (internal error: {detail})',
  },
});

export type FormatMessageKey = keyof typeof formatErrorStrings.nl;
export type MessageParams = Record<string, string | number>;

/** How a value found in a file is named: kind plus the value itself (kept as plain data). */
export type GotKind = 'null' | 'list' | 'object' | 'text' | 'long-text' | 'number' | 'boolean' | 'nothing';

const VALUE_WORDS: Record<Language, Record<Exclude<GotKind, 'text' | 'boolean'>, string>> = {
  nl: { null: 'null', list: 'een lijst', object: 'een object', 'long-text': 'een tekst van {got} tekens', number: 'het getal {got}', nothing: 'niets' },
  en: { null: 'null', list: 'a list', object: 'an object', 'long-text': 'a text of {got} characters', number: 'the number {got}', nothing: 'nothing' },
};

const TYPE_WORDS: Record<Language, Record<string, string>> = {
  nl: { string: 'een tekst', number: 'een getal', array: 'een lijst', object: 'een object', boolean: 'true of false' },
  en: { string: 'a text', number: 'a number', array: 'a list', object: 'an object', boolean: 'true or false' },
};

/** "is not {what}" for each field with a fixed set of values. */
const FIELD_WORDS: Record<Language, Record<string, string>> = {
  nl: { stage: 'fase', aio: 'AIO-element', status: 'status van een aanname', kind: 'soort aanname', language: 'taal', other: 'toegestane waarde' },
  en: { stage: 'a stage', aio: 'an AIO element', status: 'an assumption status', kind: 'an assumption kind', language: 'a language', other: 'allowed here' },
};

/** Parse errors as jsonc-parser names them, in Dutch (the English words come from the code). */
const JSON_ERRORS_NL: Record<string, string> = {
  InvalidSymbol: 'ongeldig teken',
  InvalidNumberFormat: 'ongeldig getal',
  PropertyNameExpected: 'naam van een veld verwacht',
  ValueExpected: 'waarde verwacht',
  ColonExpected: 'dubbele punt verwacht',
  CommaExpected: 'komma verwacht',
  CloseBraceExpected: 'sluitende accolade verwacht',
  CloseBracketExpected: 'sluitende vierkante haak verwacht',
  EndOfFileExpected: 'einde van het bestand verwacht',
  InvalidCommentToken: 'commentaar is niet toegestaan',
  InvalidUnicode: 'ongeldige unicode-code',
  InvalidEscapeCharacter: 'ongeldig escape-teken',
  InvalidCharacter: 'ongeldig teken in een tekst',
};

/** The message of a problem in a language; unknown keys fall back to the English text. */
export function formatMessage(key: string, params: MessageParams, language: Language): string {
  const table = formatErrorStrings[language] as Record<string, string>;
  const template = table[key];
  if (template === undefined) return String(params.detail ?? key);
  const words: MessageParams = { ...params };
  if (params.gotKind !== undefined) words.got = describeGot(String(params.gotKind), params.got, language);
  if (params.expectedType !== undefined) words.expected = TYPE_WORDS[language][String(params.expectedType)] ?? String(params.expectedType);
  if (params.field !== undefined) words.what = FIELD_WORDS[language][String(params.field)] ?? FIELD_WORDS[language].other!;
  if (key === 'badJson' && language === 'nl' && params.jsonError !== undefined) {
    words.detail = JSON_ERRORS_NL[String(params.jsonError)] ?? String(params.detail);
  }
  return format(template, words);
}

function describeGot(kind: string, got: string | number | undefined, language: Language): string {
  if (kind === 'text' || kind === 'boolean') return String(got);
  const word = (VALUE_WORDS[language] as Record<string, string>)[kind] ?? String(got);
  return format(word, got === undefined ? {} : { got });
}
