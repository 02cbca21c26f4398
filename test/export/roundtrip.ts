import type { WerkzaamDocument } from '../../shared/model';
import { openImport, openImportFiles, proposeSettings, runImport } from '../../shared/import/index';
import { buildNewTheory } from '../../shared/import/build';
import { describeImportMessage } from '../../shared/i18n/import';

/** What a workbook round trip must keep: every card, stage, title, link, indicator and assumption. */
export function essentials(doc: WerkzaamDocument) {
  const t = doc.theory;
  const byId = <T extends { id: string }>(items: T[]) => Object.fromEntries(items.map((x) => [x.id, x]));
  return {
    cards: byId(
      Object.values(t.cards).map((c) => ({
        id: c.id,
        stage: c.stage,
        title: c.title,
        description: c.description,
        aio: [...c.aio].sort(),
        notes: c.notes,
        position: { x: c.position.x, y: c.position.y },
        indicators: c.indicators.map(({ extra: _extra, ...i }) => i),
      })),
    ),
    links: byId(Object.values(t.links).map(({ extra: _extra, ...l }) => l)),
    assumptions: byId(Object.values(t.assumptions).map(({ extra: _extra, ...a }) => a)),
    theory: { title: t.title, organisation: t.organisation, language: t.language, description: t.description, revision: t.revision },
  };
}

export async function reimport(files: { name: string; bytes: Uint8Array }[]): Promise<WerkzaamDocument> {
  const opened = files.length === 1 ? await openImport(files[0]!.name, files[0]!.bytes) : await openImportFiles(files);
  if (!opened.ok) throw new Error(opened.problems.map((p) => describeImportMessage(p, 'en')).join('\n'));
  if (opened.source.kind !== 'workbook') throw new Error(`read as ${opened.source.kind}, not as a Werkzaam workbook`);
  const proposed = proposeSettings(opened.source);
  if (!proposed.ok) throw new Error('settings');
  const result = runImport(opened.source, proposed.settings);
  if (!result.ok) throw new Error(result.problems.map((p) => describeImportMessage(p, 'en')).join('\n'));
  if (result.result.skipped.length > 0) throw new Error(`skipped: ${result.result.skipped.map((p) => describeImportMessage(p, 'en')).join('\n')}`);
  const built = buildNewTheory(result.result, { title: 'x', language: 'nl' });
  if (!built.ok) throw new Error(built.problems.map((p) => describeImportMessage(p, 'en')).join('\n'));
  return built.document;
}
