import type { Extra, WerkzaamDocument } from '../model';

/**
 * The document as file text: arrays for cards/links/assumptions, known keys in the order
 * of the format reference, then unknown keys (kept from the file) sorted, 2-space indent,
 * trailing newline. Same document → same bytes, so files diff well in version control.
 */
export function serializeDocument(doc: WerkzaamDocument): string {
  // U+FFFD is what a mangled binary decodes to, so the loader refuses text holding it raw;
  // written as an escape, a replacement character someone typed or pasted still loads.
  return `${JSON.stringify(toFile(doc), null, 2).replace(/\uFFFD/g, '\\ufffd')}\n`;
}

/** The file-shaped plain object (what JSON.parse of serializeDocument gives). */
export function toFile(doc: WerkzaamDocument): Record<string, unknown> {
  const t = doc.theory;
  const theory = ordered(
    {
      title: t.title,
      organisation: t.organisation,
      authors: [...t.authors],
      language: t.language,
      description: t.description,
      revision: t.revision,
      created: t.created,
      modified: t.modified,
      cards: Object.values(t.cards).map((c) =>
        ordered(
          {
            id: c.id,
            stage: c.stage,
            title: c.title,
            description: c.description,
            aio: [...c.aio],
            position: ordered({ x: c.position.x, y: c.position.y }, (c.position as { extra?: Extra }).extra),
            indicators: c.indicators.map((i) =>
              ordered(
                {
                  id: i.id,
                  name: i.name,
                  definition: i.definition,
                  unit: i.unit,
                  baseline: i.baseline,
                  target: i.target,
                  source: i.source,
                  frequency: i.frequency,
                  owner: i.owner,
                },
                i.extra,
              ),
            ),
            notes: c.notes,
          },
          c.extra,
        ),
      ),
      links: Object.values(t.links).map((l) =>
        ordered(
          { id: l.id, from: l.from, to: l.to, rationale: l.rationale, evidence: l.evidence, assumptions: [...l.assumptions] },
          l.extra,
        ),
      ),
      assumptions: Object.values(t.assumptions).map((a) =>
        ordered({ id: a.id, text: a.text, status: a.status, kind: a.kind }, a.extra),
      ),
    },
    t.extra,
  );
  return ordered({ format: doc.format, version: doc.version, theory }, doc.extra);
}

/** Known keys as given (already in KEY_ORDER), then extra keys sorted. */
function ordered<T extends Record<string, unknown>>(known: T, extra: Extra | undefined): T {
  if (!extra) return known;
  const out: Record<string, unknown> = { ...known };
  for (const key of Object.keys(extra).sort()) {
    if (Object.prototype.hasOwnProperty.call(out, key)) continue;
    Object.defineProperty(out, key, { value: extra[key], enumerable: true, writable: true, configurable: true });
  }
  return out as T;
}
