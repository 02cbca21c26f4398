import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Comparison } from '../../shared/compare/model';
import type { TheoryInput } from '../../shared/compare/match';
import { useServices } from '../state/services';
import { MatchOption, itemDomId } from './MatchOption';

/** The matches and the cards of one theory alone, as a list box: arrows move through it, the detail shows the one in focus. */
export function MatchList({ comparison, inputs, selected, label }: { comparison: Comparison; inputs: readonly TheoryInput[]; selected: string | null; label: string }) {
  const { ui } = useServices();
  const ref = useRef<HTMLUListElement>(null);
  const items = comparison.items;
  const choose = (id: string) => ui.set((s) => (s.comparison ? { comparison: { ...s.comparison, selected: id } } : {}));
  // The focus follows the selection while it is in the list (after a decision the item may be a new one).
  useEffect(() => {
    const list = ref.current;
    if (!list || !list.contains(document.activeElement)) return;
    list.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
  }, [selected, items]);
  const onKeyDown = (e: KeyboardEvent) => {
    const at = items.findIndex((i) => i.id === selected);
    const to = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = items[Math.max(0, Math.min(items.length - 1, to))];
    if (next) {
      choose(next.id);
      requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(itemDomId(next.id))}"]`)?.focus());
    }
  };
  return (
    <ul ref={ref} className="match-list" role="listbox" aria-label={label} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <MatchOption key={item.id} item={item} inputs={inputs} selected={item.id === selected} onChoose={() => choose(item.id)} />
      ))}
    </ul>
  );
}
