// @vitest-environment happy-dom
import './setup';
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Inspector } from '../../renderer/inspector/Inspector';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { renderWithServices } from './render';

// Every render of a field of the inspector, by its label: the field runs inside a counting
// component, so re-renders caused by its props and by its own subscriptions both count.
const renders: string[] = [];
vi.mock('../../renderer/inspector/Field', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../renderer/inspector/Field')>();
  const { memo } = await import('react');
  return {
    ...actual,
    Field: memo(function CountedField(props: Parameters<typeof actual.FieldView>[0]) {
      renders.push(props.label);
      return actual.FieldView(props);
    }),
  };
});

afterEach(cleanup);

/** Until the frame after an edit has been painted (the views that follow the theory a frame later). */
const nextFrame = () => act(async () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10))));

/** The inspector's form controls React writes to (attributes) or adds and removes, each named by its label. */
function watchControls() {
  const touched = new Set<string>();
  const name = (el: Element) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim() || el.closest('fieldset')?.querySelector('legend')?.textContent || el.nodeName;
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as Element;
      if (r.type === 'attributes' && /^(INPUT|SELECT|TEXTAREA|OPTION)$/.test(el.nodeName)) touched.add(name(el.nodeName === 'OPTION' ? el.parentElement! : el));
      if (r.type === 'childList') for (const n of [...r.addedNodes, ...r.removedNodes]) if (n instanceof Element && n.matches('input, select, textarea, :has(input, select, textarea)')) touched.add(`${n.nodeName} added or removed`);
    }
  });
  observer.observe(document.getElementById('inspector')!, { subtree: true, attributes: true, childList: true });
  return {
    take: () => {
      observer.takeRecords();
      const out = [...touched];
      touched.clear();
      return out;
    },
    stop: () => observer.disconnect(),
  };
}

function theory() {
  const e = new Editor(emptyDocument('en'));
  e.run('addCard', { stage: 'outcome', title: 'Self-confidence' });
  e.run('addCard', { stage: 'impact', title: 'Work' });
  e.run('addCard', { stage: 'action', title: 'Coaching' });
  e.run('connect', { from: 'c1', to: 'c2' });
  e.run('addIndicator', { cardId: 'c1', indicator: { name: 'Self-efficacy' } });
  return e.document;
}

describe('inspector renders', () => {
  it('renaming the selected card re-renders its title field alone, and touches no other form control', async () => {
    const { editor } = renderWithServices(<Inspector />, { doc: theory(), ui: { selection: { cards: ['c1'], links: [] } } });
    await nextFrame();
    const watch = watchControls();
    renders.length = 0;

    act(() => void editor.run('updateCard', { id: 'c1', changes: { title: 'Confidence' } }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Confidence');
    expect(renders).toEqual(['Title']);
    await nextFrame();
    expect(renders).toEqual(['Title']);
    // React writes a re-rendered input's attributes again: the title box's, no other control's.
    expect(watch.take()).toEqual(['Title']);

    act(() => void editor.undo());
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Self-confidence');
    await nextFrame();
    expect(renders).toEqual(['Title', 'Title']);
    expect(watch.take()).toEqual(['Title']);
    watch.stop();
  });

  it('an edit of another card re-renders nothing in the inspector of the selected one', async () => {
    const { editor } = renderWithServices(<Inspector />, { doc: theory(), ui: { selection: { cards: ['c1'], links: [] } } });
    await nextFrame();
    const watch = watchControls();
    renders.length = 0;

    act(() => void editor.run('updateCard', { id: 'c3', changes: { title: 'Group coaching', notes: 'weekly' } }));
    act(() => void editor.run('moveCards', { moves: [{ id: 'c2', position: { x: 2000, y: 400 } }] }));
    await nextFrame();
    expect(renders).toEqual([]);
    expect(watch.take()).toEqual([]);
    watch.stop();
  });

  it('ticking a tag re-renders no text field; the card’s own fields still follow undo', async () => {
    const { editor } = renderWithServices(<Inspector />, { doc: theory(), ui: { selection: { cards: ['c1'], links: [] } } });
    await nextFrame();
    renders.length = 0;
    act(() => void editor.run('toggleAio', { ids: ['c1'], key: 'integraal' }));
    expect(screen.getByRole('checkbox', { name: /Integrale aanpak|Integrated approach/ })).toHaveProperty('checked', true);
    expect(renders).toEqual([]);
    act(() => void editor.run('updateCard', { id: 'c1', changes: { notes: 'From the intake' } }));
    expect(renders).toEqual(['Notes']);
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveProperty('value', 'From the intake');
  });
});
