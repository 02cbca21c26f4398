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
