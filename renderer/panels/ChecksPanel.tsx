import { useMemo, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { ChainChecker, checkTarget, checksSummary, type CheckResult } from '../../shared/checks';
import { useServices, useT, useUi, useLanguage } from '../state/services';
import { useSettledTheory } from '../state/settledTheory';

const ICON = { error: '⛔', warning: '⚠', info: 'ℹ' } as const;

/**
 * The chain checks, live: worked out just after an edit has painted (useSettledTheory), not
 * on its way to the screen, and only for what the edit changed (ChainChecker). Choosing one selects and shows the cards it is about.
 */
export function ChecksPanel() {
  const { ui } = useServices();
  const t = useT();
  const theory = useSettledTheory();
  const language = useLanguage();
  const open = useUi((s) => s.checksOpen);
  const flow = useReactFlow();
  // Follows the theory edit by edit: only the changed cards and links are judged again.
  const [checker] = useState(() => new ChainChecker());
  const results = useMemo(() => checker.run(theory), [checker, theory]);
  const summary = checksSummary(theory, results);
  const choose = (result: CheckResult) => {
    const target = checkTarget(theory, result);
    if (target.stage) {
      // An empty stage: show its lane and put the keyboard on its "+" button.
      ui.set({ selection: { cards: [], links: [] } });
      void flow.fitView({ nodes: [{ id: `lane:${target.stage}` }], padding: 0.2, duration: 250, maxZoom: 1 });
      document.querySelector<HTMLElement>(`.lane[data-stage="${target.stage}"] .lane-add`)?.focus({ preventScroll: true });
      return;
    }
    ui.set({ selection: { cards: target.cards, links: target.links } });
    void flow.fitView({ nodes: target.show.map((id) => ({ id })), padding: 0.4, duration: 250, maxZoom: 1.2 });
  };
  return (
    <section className={`checks-panel${open ? ' is-open' : ''}`} aria-label={t('checks')}>
      <button type="button" className="checks-toggle" aria-expanded={open} onClick={() => ui.set({ checksOpen: !open })}>
        {t('checks')} <span className="badge">{results.length}</span>
      </button>
      {open && (
        <ul className="checks-list">
          {summary !== 'findings' && <li className="muted">{t(summary === 'empty' ? 'checksEmptyTheory' : 'noChecks')}</li>}
          {results.map((r, i) => (
            <li key={`${r.code}:${r.ids.join(',')}:${i}`}>
              <button type="button" className={`check severity-${r.severity}`} onClick={() => choose(r)}>
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
