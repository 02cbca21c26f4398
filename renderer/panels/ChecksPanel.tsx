import { useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';
import { isStageResult, runChecks } from '../../shared/checks';
import { useServices, useT, useTheory, useUi } from '../state/services';

const ICON = { error: '⛔', warning: '⚠', info: 'ℹ' } as const;

/** The chain checks, live; choosing one selects and shows the cards it is about. */
export function ChecksPanel() {
  const { ui } = useServices();
  const t = useT();
  const theory = useTheory();
  const language = useUi((s) => s.language);
  const open = useUi((s) => s.checksOpen);
  const flow = useReactFlow();
  const results = useMemo(() => runChecks(theory), [theory]);
  return (
    <section className={`checks-panel${open ? ' is-open' : ''}`} aria-label={t('checks')}>
      <button type="button" className="checks-toggle" aria-expanded={open} onClick={() => ui.set({ checksOpen: !open })}>
        {t('checks')} <span className="badge">{results.length}</span>
      </button>
      {open && (
        <ul className="checks-list">
          {results.length === 0 && <li className="muted">{t('noChecks')}</li>}
          {results.map((r, i) => (
            <li key={`${r.code}:${r.ids.join(',')}:${i}`}>
              <button
                type="button"
                className={`check severity-${r.severity}`}
                onClick={() => {
                  if (isStageResult(r)) {
                    // An empty stage: show its lane and put the keyboard on its "+" button.
                    ui.set({ selection: { cards: [], links: [] } });
                    void flow.fitView({ nodes: r.ids.map((stage) => ({ id: `lane:${stage}` })), padding: 0.2, duration: 250, maxZoom: 1 });
                    document.querySelector<HTMLElement>(`.lane[data-stage="${r.ids[0]}"] .lane-add`)?.focus({ preventScroll: true });
                    return;
                  }
                  const cards = r.ids.filter((id) => theory.cards[id]);
                  const links = r.ids.filter((id) => theory.links[id]);
                  ui.set({ selection: { cards, links } });
                  const focus = cards.length > 0 ? cards : links.flatMap((l) => [theory.links[l]!.from, theory.links[l]!.to]);
                  void flow.fitView({ nodes: focus.map((id) => ({ id })), padding: 0.4, duration: 250, maxZoom: 1.2 });
                }}
              >
                <span className="check-icon" aria-hidden="true">
                  {ICON[r.severity]}
                </span>
                <span className="visually-hidden">{t(`severity_${r.severity}`)}: </span>
                {r.message[language]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
