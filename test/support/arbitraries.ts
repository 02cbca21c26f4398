import fc from 'fast-check';
import {
  AIO_KEYS,
  ASSUMPTION_KINDS,
  ASSUMPTION_STATUSES,
  CURRENT_VERSION,
  FORMAT_NAME,
  LANGUAGES,
  STAGES,
  type Assumption,
  type Card,
  type Link,
  type WerkzaamDocument,
} from '../../shared/model';
import { isValidId } from '../../shared/ids';
import { assumptionRecord, cardRecord, indicatorRecord, linkRecord, theoryRecord } from '../../shared/records';
import { newRecord } from '../../shared/records/define';

/**
 * Text with the characters people actually type, Dutch accents and beyond, JSON
 * troublemakers, and a pasted U+FFFD (which the loader otherwise takes for binary data).
 */
export const textArb = fc.string({
  unit: fc.constantFrom(...'abcëéïöü łşçअ中 "\\\n\t{}[]:,<>&\u2028\uFFFD'.split('')),
  maxLength: 40,
});

/** JSON values a future field might hold (no "__proto__" keys, which files may not contain, and no -0). */
const extraValue = fc.oneof(
  textArb,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', 'b', 'nested'), fc.oneof(textArb, fc.integer()), { maxKeys: 2 }),
);

/** Positions as dragging leaves them: whole or fractional (never -0, which JSON writes as 0). */
const coordinate = fc
  .oneof(fc.integer({ min: -5000, max: 5000 }), fc.double({ min: -5000, max: 5000, noNaN: true }))
  .map((v) => (Object.is(v, -0) ? 0 : v));

/** Any id a file may use: not only c1, c2, … but "2", "kaart.3", "a:b", "x_y-z". */
const idArb = fc.stringMatching(/^[A-Za-z0-9_.:-]{1,10}$/).filter(isValidId);
const extraArb = fc.option(fc.dictionary(fc.constantFrom('x-note', 'futureField', 'zz'), extraValue, { minKeys: 1 }), {
  nil: undefined,
});

/** A valid in-memory document: unique ids, links only between existing cards, no self or duplicate links. */
export const documentArb: fc.Arbitrary<WerkzaamDocument> = fc
  .record({
    title: textArb,
    organisation: textArb,
    authors: fc.array(textArb, { maxLength: 3 }),
    language: fc.constantFrom(...LANGUAGES),
    description: textArb,
    revision: textArb,
    cardCount: fc.integer({ min: 0, max: 12 }),
    cardIds: fc.uniqueArray(idArb, { minLength: 12, maxLength: 12 }),
    cardSeeds: fc.array(
      fc.record({
        stage: fc.constantFrom(...STAGES),
        title: textArb,
        description: textArb,
        aio: fc.subarray([...AIO_KEYS]),
        x: coordinate,
        y: coordinate,
        notes: textArb,
        indicators: fc.array(fc.record({ name: textArb, target: textArb, source: textArb, extra: extraArb }), { maxLength: 2 }),
        extra: extraArb,
      }),
      { minLength: 12, maxLength: 12 },
    ),
    linkPairs: fc.array(fc.tuple(fc.nat(11), fc.nat(11), textArb, textArb, extraArb), { maxLength: 20 }),
    assumptionSeeds: fc.array(
      fc.record({
        text: textArb,
        status: fc.constantFrom(...ASSUMPTION_STATUSES),
        kind: fc.constantFrom(...ASSUMPTION_KINDS),
        extra: extraArb,
      }),
      { maxLength: 4 },
    ),
    theoryExtra: extraArb,
    documentExtra: extraArb,
  })
  .map((r) => {
    const cards: Record<string, Card> = {};
    for (let i = 0; i < r.cardCount; i++) {
      const s = r.cardSeeds[i]!;
      const id = r.cardIds[i]!;
      // newRecord fills every other declared field with its default (a new field needs nothing here).
      cards[id] = {
        ...newRecord(cardRecord, {
          id,
          stage: s.stage,
          title: s.title,
          description: s.description,
          aio: s.aio,
          position: { x: s.x, y: s.y },
          indicators: s.indicators.map((ind, j) => ({
            ...newRecord(indicatorRecord, { id: `${id}-i${j + 1}`, name: ind.name, target: ind.target, source: ind.source }),
            ...(ind.extra ? { extra: ind.extra } : {}),
          })),
          notes: s.notes,
        }),
        ...(s.extra ? { extra: s.extra } : {}),
      };
    }
    const assumptions: Record<string, Assumption> = {};
    r.assumptionSeeds.forEach((a, i) => {
      assumptions[`a${i + 1}`] = { ...newRecord(assumptionRecord, { id: `a${i + 1}`, text: a.text, status: a.status, kind: a.kind }), ...(a.extra ? { extra: a.extra } : {}) };
    });
    const links: Record<string, Link> = {};
    const seen = new Set<string>();
    let n = 0;
    for (const [f, t, rationale, evidence, extra] of r.linkPairs) {
      if (r.cardCount < 2) break;
      const from = r.cardIds[f % r.cardCount]!;
      const to = r.cardIds[t % r.cardCount]!;
      if (from === to || seen.has(`${from}>${to}`)) continue;
      seen.add(`${from}>${to}`);
      const id = `l${++n}`;
      links[id] = { ...newRecord(linkRecord, { id, from, to, rationale, evidence, assumptions: Object.keys(assumptions).slice(0, n % 3) }), ...(extra ? { extra } : {}) };
    }
    return {
      format: FORMAT_NAME,
      version: CURRENT_VERSION,
      theory: {
        ...newRecord(theoryRecord, {
          title: r.title,
          organisation: r.organisation,
          authors: r.authors,
          language: r.language,
          description: r.description,
          revision: r.revision,
          created: '2026-01-01T00:00:00.000Z',
          cards,
          links,
          assumptions,
        }),
        ...(r.theoryExtra ? { extra: r.theoryExtra } : {}),
      },
      versions: [],
      ...(r.documentExtra ? { extra: r.documentExtra } : {}),
    } satisfies WerkzaamDocument;
  });
