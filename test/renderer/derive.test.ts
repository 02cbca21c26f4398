import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { EdgeDeriver, NodeDeriver } from '../../renderer/canvas/derive';

describe('derived React Flow nodes', () => {
  const none = { aio: null, stage: null };
  it('reuse the same node object for a card that did not change', () => {
    const e = new Editor(emptyDocument('en'));
    e.run('addCard', { stage: 'input', title: 'a' });
    e.run('addCard', { stage: 'action', title: 'b' });
    const deriver = new NodeDeriver();
    const first = deriver.derive(e.theory, new Set(), none, null);
    e.run('updateCard', { id: 'c2', changes: { title: 'B' } });
    const second = deriver.derive(e.theory, new Set(), none, null);
    const find = (nodes: typeof first, id: string) => nodes.find((n) => n.id === id);
    expect(find(second, 'c1')).toBe(find(first, 'c1'));
    expect(find(second, 'c2')).not.toBe(find(first, 'c2'));
    expect(second.filter((n) => n.type === 'lane')).toHaveLength(5);
    // Selection and highlight are part of a node; only the affected one changes.
    const third = deriver.derive(e.theory, new Set(['c2']), none, null);
    expect(find(third, 'c1')).toBe(find(second, 'c1'));
    expect(find(third, 'c2')!.selected).toBe(true);
    const dimmed = deriver.derive(e.theory, new Set(['c2']), { aio: 'netwerk', stage: null }, null);
    expect((find(dimmed, 'c1')!.data as { dimmed: boolean }).dimmed).toBe(true);
  });

  it('edges follow links and keep their objects while unchanged', () => {
    const e = new Editor(emptyDocument('en'));
    e.run('addCard', { stage: 'input', title: 'a' });
    e.run('addCard', { stage: 'action', title: 'b' });
    e.run('connect', { from: 'c1', to: 'c2', rationale: 'r' });
    const deriver = new EdgeDeriver();
    const [edge] = deriver.derive(e.theory, new Set());
    expect(edge).toMatchObject({ id: 'l1', source: 'c1', target: 'c2', type: 'link' });
    e.run('addCard', { stage: 'impact' });
    expect(deriver.derive(e.theory, new Set())[0]).toBe(edge);
    e.run('updateCard', { id: 'c2', changes: { title: 'renamed' } });
    expect(deriver.derive(e.theory, new Set())[0]!.data!.toTitle).toBe('renamed');
    // Filtering on an element neither card has dims the arrow; lifting the filter restores it.
    const dimmed = deriver.derive(e.theory, new Set(), { aio: 'netwerk', stage: null })[0]!;
    expect(dimmed.className).toBe('is-dimmed');
    expect(deriver.derive(e.theory, new Set(), { aio: null, stage: 'input' })[0]!.className).toBe('is-dimmed');
    expect(deriver.derive(e.theory, new Set())[0]!.className).toBeUndefined();
  });
});

describe('selection pruning', async () => {
  const { pruneSelection } = await import('../../renderer/state/uiStore');
  it('drops ids the document no longer has and keeps the same object when nothing changes', () => {
    const selection = { cards: ['c1', 'c2'], links: ['l1'] };
    const has = { cards: (id: string) => id === 'c1', links: () => true };
    expect(pruneSelection(selection, has)).toEqual({ cards: ['c1'], links: ['l1'] });
    const all = { cards: () => true, links: () => true };
    expect(pruneSelection(selection, all)).toBe(selection);
  });
});

describe('view helpers', async () => {
  const { chainViewport, FIT_PADDING } = await import('../../renderer/canvas/viewOptions');
  const { subscribeChanges } = await import('../../renderer/state/documentLoads');
  const { LANE_WIDTH, laneLeft } = await import('../../shared/layout');

  it('fits all five lanes across the pane and aligns the chain to the top', () => {
    const e = new Editor(emptyDocument('en'));
    e.run('addCard', { stage: 'impact', title: 'far right' });
    const pane = { width: 960, height: 700 };
    const v = chainViewport(e.theory, pane);
    const chainWidth = laneLeft('impact') + LANE_WIDTH;
    expect(v.zoom).toBeCloseTo((pane.width - FIT_PADDING.left - FIT_PADDING.right) / chainWidth, 5);
    expect(v.x).toBeCloseTo(FIT_PADDING.left, 5);
    expect(v.y).toBe(FIT_PADDING.top);
    // A tall chain is fitted by its height instead.
    for (let i = 0; i < 12; i++) e.run('addCard', { stage: 'input', title: `card ${i}` });
    const tall = chainViewport(e.theory, pane);
    expect(tall.zoom).toBeLessThan(v.zoom);
    expect(tall.x).toBeGreaterThan(FIT_PADDING.left);
  });

  it('tells a loaded document from an edit', () => {
    const e = new Editor(emptyDocument('en'));
    const seen: boolean[] = [];
    subscribeChanges(e, (_editor, loaded) => seen.push(loaded));
    e.run('addCard', { stage: 'input' });
    e.undo();
    e.load(emptyDocument('nl'));
    e.run('addCard', { stage: 'input' });
    expect(seen).toEqual([false, false, true, false]);
  });
});
