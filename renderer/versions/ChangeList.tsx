import { useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';
import { describeChange } from '../../shared/versions/describe';
import { theoryAt } from '../../shared/versions/store';
import type { VersionComparison } from '../../shared/versions/marks';
import { ActionButton } from '../actions/ActionButton';
import { useServices, useUi } from '../state/services';
import { useDocumentPart, useVersionsText } from './useVersionsText';

/** What changed since the version compared with now, one entry per change; choosing one selects and shows what it names. */
export function ChangeList({ comparison, label }: { comparison: VersionComparison; label: string }) {
  const t = useVersionsText();
  const { ui } = useServices();
  const language = useUi((s) => s.language);
  const doc = useDocumentPart((d) => d);
  const flow = useReactFlow();
  const entries = useMemo(() => {
    const then = theoryAt(doc, comparison.version);
    return comparison.changes.map((c) => describeChange(c, then, doc.theory, language));
  }, [doc, comparison, language]);
  const show = (cards: string[], links: string[]) => {
    ui.set({ selection: { cards, links } });
    if (cards.length > 0) void flow.fitView({ nodes: cards.map((id) => ({ id })), padding: 0.4, duration: 250, maxZoom: 1.2 });
  };
  return (
    <section className="change-list" aria-label={t('changesSince', { label })}>
      <h3>{t('changesSince', { label })}</h3>
      <p className="change-legend" aria-hidden="true">
        <span className="version-mark mark-added">{t('markAdded')}</span> <span className="version-mark mark-changed">{t('markChanged')}</span>{' '}
        <span className="version-mark mark-removed">{t('markRemoved')}</span>
      </p>
      <p className="muted">{entries.length === 0 ? t('noChanges') : t('changeCount', { n: entries.length })}</p>
      <ul>
        {entries.map((e, i) => (
          <li key={i} className={`change change-${e.change}`}>
            {e.cards.length > 0 || e.links.length > 0 ? (
              <button type="button" className="change-button" onClick={() => show(e.cards, e.links)}>
                {e.text}
                {e.detail && <span className="change-detail">{e.detail}</span>}
              </button>
            ) : (
              <span className="change-text">
                {e.text}
                {e.detail && <span className="change-detail">{e.detail}</span>}
              </span>
            )}
          </li>
        ))}
      </ul>
      <ActionButton id="versions.endCompare" />
    </section>
  );
}
