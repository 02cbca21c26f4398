import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

// A menu the toolbar opens (More) has its own keys.
const ITEMS = 'button:not(:disabled):not([role^="menuitem"]), select:not(:disabled)';

/**
 * A toolbar is one tab stop (WAI-ARIA toolbar): Tab goes past it to the next region, the
 * arrow keys (and Home/End) move between its controls, and it remembers the last one used.
 */
export function useRovingToolbar(): { ref: RefObject<HTMLDivElement | null>; onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void; onFocus: (e: { target: EventTarget }) => void } {
  const ref = useRef<HTMLDivElement>(null);
  const current = useRef<HTMLElement | null>(null);
  const items = () => [...(ref.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
  const settle = () => {
    const all = items();
    const stop = current.current && all.includes(current.current) ? current.current : all[0];
    // Written only where it changes: this runs after every render of the toolbar (every edit), and writing the same value is still a DOM change.
    for (const item of all) {
      const tabIndex = item === stop ? 0 : -1;
      if (item.tabIndex !== tabIndex || !item.hasAttribute('tabindex')) item.tabIndex = tabIndex;
    }
  };
  // After every render: a control may have been enabled, disabled or added.
  useEffect(settle);
  return {
    ref,
    onFocus: (e) => {
      if (e.target instanceof HTMLElement && e.target.matches(ITEMS)) {
        current.current = e.target;
        settle();
      }
    },
    onKeyDown: (e) => {
      const all = items();
      const index = all.indexOf(e.target as HTMLElement);
      if (index < 0) return;
      const to = e.key === 'ArrowRight' ? index + 1 : e.key === 'ArrowLeft' ? index - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : null;
      if (to === null) return;
      e.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    },
  };
}
