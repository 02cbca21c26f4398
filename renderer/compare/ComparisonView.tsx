import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { ActionId } from '../../shared/actions';
import { ActionButton } from '../actions/ActionButton';
import { useActions } from '../actions/useActions';
import { actionsForKey } from '../actions/useKeyboard';
import { useServices } from '../state/services';
import { useVersionsText } from '../versions/useVersionsText';
import { comparisonCounts } from '../../shared/compare/counts';
import { CoverageTable } from './CoverageTable';
import { LinkPresenceTable } from './LinkPresenceTable';
import { EmpowermentTable } from './EmpowermentTable';
import { MatchDetail } from './MatchDetail';
import { MatchList } from './MatchList';
import { useComparison } from './useComparison';
import './compare.css';

/**
 * The comparison view of two or more theories, in place of the canvas: the proposed
 * matches (confirm, reject, re-pair by keyboard and mouse), each theory's card side by
 * side, the AIO coverage per organisation, and the merge into a generic theory. Its keys
 * are the registry's compare.* actions; the canvas behind answers none while it is open.
 */
export function ComparisonView() {
  const t = useVersionsText();
  const actions = useActions();
  const { platform } = useServices();
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  const current = useComparison();
  useEffect(() => {
    root.current?.querySelector<HTMLElement>('.match-option[aria-selected="true"]')?.focus();
  }, []);
  if (!current) return null;
  const { state, derived } = current;
  const item = state.selected ? derived.byId.get(state.selected) : undefined;
  const names = state.inputs.map((i) => i.name).join(', ');
  const counts = comparisonCounts(derived.comparison);
  const onKeyDown = (e: KeyboardEvent) => {
    const id = actionsForKey(e.nativeEvent, { nativeMenus: platform.nativeMenus, mac: platform.macShortcuts }).find(
      (candidate): candidate is ActionId => candidate.startsWith('compare.') && actions.isEnabled(candidate),
    );
    if (id) {
      e.preventDefault();
      actions.run(id);
    } else if (e.key === 'Escape' && !(e.target instanceof HTMLSelectElement)) {
      e.preventDefault();
      actions.run('compare.close');
    }
    // The canvas's own keys (a new card, delete) mean nothing here.
    if (!e.ctrlKey && !e.metaKey) e.stopPropagation();
  };
  return (
    <main ref={root} className="comparison-view" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <header className="comparison-header">
        <h1 id={headingId}>{t('comparisonTitle')}</h1>
        <p>{t('comparisonIntro', { names })}</p>
        {state.inputs.length < 2 && <p className="comparison-hint">{t('addAnother')}</p>}
        <p className="muted">
          {t('counts', counts)} · {t('linksDiffer', { n: counts.linksDiffer })}
        </p>
        <p className="muted">{t('comparisonKeys')}</p>
        <div className="comparison-buttons">
          <ActionButton id="compare.merge" className="primary" />
          <ActionButton id="compare.open" />
          <ActionButton id="compare.saveMatches" />
          <ActionButton id="compare.loadMatches" />
          <ActionButton id="compare.close" />
        </div>
      </header>
      <div className="comparison-body">
        <MatchList comparison={derived.comparison} inputs={state.inputs} selected={state.selected} label={t('matches')} />
        <div className="comparison-side">
          <MatchDetail item={item} inputs={state.inputs} candidates={derived.proposal.candidates} />
          <CoverageTable comparison={derived.comparison} />
          <EmpowermentTable inputs={state.inputs} />
          <LinkPresenceTable comparison={derived.comparison} />
        </div>
      </div>
    </main>
  );
}
