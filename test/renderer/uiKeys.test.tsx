// @vitest-environment happy-dom
import './setup';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createUiStore, type UiState, type UiStore } from '../../renderer/state/uiStore';
import { useUiIs, useUiValue } from '../../renderer/state/uiKeys';

afterEach(cleanup);

/** A question that counts how often it is asked. */
function counting<T>(select: (s: UiState) => T) {
  const asked = { times: 0 };
  return { asked, select: (s: UiState) => (asked.times++, select(s)) };
}

describe('UI questions asked once per change, not once per component (uiKeys)', () => {
  it('a change of the edited card asks once and re-renders the two cards it concerns; other changes re-render none', () => {
    const ui: UiStore = createUiStore();
    const { asked, select } = counting((s) => s.editingCardId);
    const renders = new Map<string, number>();
    function Card({ id }: { id: string }) {
      const editing = useUiIs(ui, select, id);
      renders.set(id, (renders.get(id) ?? 0) + 1);
      return <span data-id={id}>{editing ? 'editing' : ''}</span>;
    }
    const ids = Array.from({ length: 500 }, (_, i) => `c${i}`);
    const { container } = render(
      <>
        {ids.map((id) => (
          <Card key={id} id={id} />
        ))}
      </>,
    );
    renders.clear();
    asked.times = 0;
    act(() => ui.set({ editingCardId: 'c7' }));
    expect(container.querySelector('[data-id="c7"]')!.textContent).toBe('editing');
    expect([...renders.keys()]).toEqual(['c7']);
    // The store listener asks once; React asks the told component again for its snapshot.
    expect(asked.times).toBeLessThan(10);
    renders.clear();
    asked.times = 0;
    act(() => ui.set({ editingCardId: 'c9' }));
    expect([...renders.keys()].sort()).toEqual(['c7', 'c9']);
    expect(container.querySelector('[data-id="c7"]')!.textContent).toBe('');
    renders.clear();
    asked.times = 0;
    act(() => ui.set({ searchOpen: true }));
    expect(renders.size).toBe(0);
    expect(asked.times).toBe(1);
  });

  it('a shared value tells every component when it changes, and no one otherwise; the listener goes with the last component', () => {
    const ui = createUiStore({ language: 'nl' });
    const { asked, select } = counting((s) => s.language);
    let renders = 0;
    function Label() {
      renders++;
      return <span>{useUiValue(ui, select)}</span>;
    }
    const view = render(
      <>
        {Array.from({ length: 300 }, (_, i) => (
          <Label key={i} />
        ))}
      </>,
    );
    renders = 0;
    asked.times = 0;
    act(() => ui.set({ checksOpen: true }));
    expect(renders).toBe(0);
    expect(asked.times).toBe(1);
    act(() => ui.set({ language: 'en' }));
    expect(renders).toBe(300);
    expect(view.container.textContent).toBe('en'.repeat(300));
    view.unmount();
    asked.times = 0;
    act(() => ui.set({ language: 'nl' }));
    expect(asked.times).toBe(0);
  });
});
