import { describe, expect, it } from 'vitest';
import { BEHAVIOURS } from '../../renderer/actions/registry';
import type { ActionContext } from '../../renderer/actions/context';
import { isDimmed, type Highlight } from '../../renderer/canvas/derive';
import { createUiStore } from '../../renderer/state/uiStore';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';

/** Issue #14: the A/I/O highlight was a set of radio buttons; two elements could not be shown together. */
describe('AIO and stage highlights combine', () => {
  const ui = createUiStore({ language: 'en' });
  const ctx = { ui } as unknown as ActionContext;
  const run = (id: keyof typeof BEHAVIOURS) => BEHAVIOURS[id].perform(ctx, undefined as never);
  const checked = (id: keyof typeof BEHAVIOURS) => BEHAVIOURS[id].checked!(ctx);

  it('each AIO element toggles on its own, so any set of them can be on', () => {
    run('view.highlight.netwerk');
    run('view.highlight.arbeidsmatig');
    expect(ui.get().highlight.aio).toEqual(['arbeidsmatig', 'netwerk']);
    expect([checked('view.highlight.arbeidsmatig'), checked('view.highlight.integraal'), checked('view.highlight.netwerk')]).toEqual([true, false, true]);
    run('view.highlightStage.outcome');
    expect(ui.get().highlight).toEqual({ aio: ['arbeidsmatig', 'netwerk'], stage: 'outcome' });
    run('view.highlight.netwerk');
    expect(ui.get().highlight.aio).toEqual(['arbeidsmatig']);
    run('view.highlight.arbeidsmatig');
    run('view.highlightStage.none');
    expect(ui.get().highlight).toEqual({ aio: [], stage: null });
  });

  it('a card stays bright when it has any of the elements shown and lies in the stage shown', () => {
    const e = new Editor(emptyDocument('en'));
    e.run('addCard', { stage: 'action', title: 'work', aio: ['arbeidsmatig'] });
    e.run('addCard', { stage: 'action', title: 'network', aio: ['netwerk'] });
    e.run('addCard', { stage: 'action', title: 'untagged' });
    e.run('addCard', { stage: 'outcome', title: 'network outcome', aio: ['netwerk', 'integraal'] });
    const bright = (h: Highlight) => Object.values(e.theory.cards).filter((c) => !isDimmed(c, h)).map((c) => c.title);
    expect(bright({ aio: [], stage: null })).toEqual(['work', 'network', 'untagged', 'network outcome']);
    expect(bright({ aio: ['netwerk'], stage: null })).toEqual(['network', 'network outcome']);
    expect(bright({ aio: ['arbeidsmatig', 'netwerk'], stage: null })).toEqual(['work', 'network', 'network outcome']);
    expect(bright({ aio: ['arbeidsmatig', 'netwerk'], stage: 'action' })).toEqual(['work', 'network']);
    expect(bright({ aio: [], stage: 'outcome' })).toEqual(['network outcome']);
  });
});
