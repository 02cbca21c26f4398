// @vitest-environment happy-dom
import './setup';
import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { renderCanvas, useCanvasSize } from './canvasSize';

afterEach(cleanup);
useCanvasSize();

/** Input c1 → Action c2 → Outcome c3, both links with a rationale. */
function chain() {
  const e = new Editor(emptyDocument('en'));
  e.run('addCard', { stage: 'input', title: 'Staff' });
  e.run('addCard', { stage: 'action', title: 'Coaching' });
  e.run('addCard', { stage: 'outcome', title: 'Confidence' });
  e.run('connect', { from: 'c1', to: 'c2' });
  e.run('connect', { from: 'c2', to: 'c3' });
  for (const id of ['l1', 'l2']) e.run('updateLink', { id, changes: { rationale: `Because of ${id}` } });
  return e.document;
}

const shown = () => [...document.querySelectorAll('.link-rationale')].map((el) => el.textContent);

describe('which rationales a selection shows', () => {
  it('a link selected alone shows its rationale; a selection of cards with their links shows none', async () => {
    const { ui } = await renderCanvas({ doc: chain() });
    expect(document.querySelectorAll('.link-label')).toHaveLength(2);
    expect(shown()).toEqual([]);

    await act(async () => ui.set({ selection: { cards: [], links: ['l2'] } }));
    expect(shown()).toEqual(['Because of l2']);

    // A box drawn around the cards selects their links too: no rationale opens for them.
    await act(async () => ui.set({ selection: { cards: ['c1', 'c2', 'c3'], links: ['l1', 'l2'] } }));
    expect(shown()).toEqual([]);
  });
});
