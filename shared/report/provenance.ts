import { LOCALES } from '../i18n/core';
import type { WerkzaamDocument } from '../model';
import { describeChange } from '../versions/describe';
import { compareVersions, findVersion, theoryAt } from '../versions/store';
import type { Context } from './build';
import type { ReportSection } from './model';

/**
 * The report's sections of issue #12: for a generic theory, the organisations it was merged
 * from and the cards each contributed; on request, what changed since a saved version.
 */
export function generic(ctx: Context, source: WerkzaamDocument): ReportSection[] {
  const { t, cards, cardLabel } = ctx;
  const organisations = source.theory.organisations;
  if (organisations.length === 0) return [];
  const from = (id: string) => cards.filter((c) => c.origins.some((o) => o.organisation === id));
  return [
    {
      id: 'organisations',
      title: t('organisations'),
      orientation: 'portrait',
      blocks: [
        { kind: 'paragraph', text: t('organisationsIntro'), note: true },
        {
          kind: 'table',
          headers: [t('colOrganisation'), t('colOwnTheory'), t('colCards'), t('colShared')],
          rows: organisations.map((o) => {
            const own = from(o.id);
            return [o.name, o.theory, String(own.length), String(own.filter((c) => c.origins.length > 1).length)];
          }),
          columns: [{ width: 40 }, {}, { width: 22 }, { width: 30 }],
        },
        ...organisations.flatMap((o) => [
          { kind: 'heading' as const, level: 2 as const, text: o.name },
          { kind: 'list' as const, items: from(o.id).map((c) => cardLabel(c.id)) },
        ]),
      ],
    },
  ];
}

/** "Changes since version X": every change since that version, in words. Throws for a version the file does not have. */
export function changesSection(ctx: Context, source: WerkzaamDocument, labelOrId: string): ReportSection {
  const { t, language } = ctx;
  const version = findVersion(source, labelOrId);
  if (!version) throw new Error(`no version "${labelOrId}"`);
  const then = theoryAt(source, version.id);
  const changes = compareVersions(source, version.id, 'now').changes.map((c) => describeChange(c, then, source.theory, language));
  const date = version.created ? new Date(version.created).toLocaleDateString(LOCALES[language], { dateStyle: 'long' }) : '—';
  return {
    id: 'changes',
    title: t('changes', { label: version.label }),
    orientation: 'portrait',
    blocks: [
      { kind: 'paragraph', text: t('changesIntro', { label: version.label, date }), note: true },
      changes.length === 0
        ? { kind: 'paragraph', text: t('noChanges'), note: true }
        : { kind: 'list', items: changes.map((c) => (c.detail ? `${c.text}: ${c.detail}` : c.text)) },
    ],
  };
}
