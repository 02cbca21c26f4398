import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Editor } from '../../shared/editor';
import { CanvasModel } from '../../renderer/canvas/canvasModel';
import { generateTheory } from '../bench/generate';

// How many cards the canvas model measures: the real function, each call counted.
const calls = { cardSize: 0 };
vi.mock('../../renderer/canvas/derive', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../renderer/canvas/derive')>();
  return { ...actual, cardSize: (...args: Parameters<typeof actual.cardSize>) => (calls.cardSize++, actual.cardSize(...args)) };
});
beforeEach(() => void (calls.cardSize = 0));

/** A model that follows an editor the way the canvas does. */
function follow(e: Editor): CanvasModel {
  const model = new CanvasModel(e.theory);
  e.subscribe((change) => (change.kind === 'load' ? model.reset(change.editor.theory) : model.applyDiff(change.editor.theory, change.diff)));
  return model;
}
describe('canvas lanes follow the lowest card without going through every card on an edit', () => {
  it('each edit measures only the cards it changes, even when the lowest card shrinks or goes; the lanes always as a fresh model has them', () => {
    const e = new Editor(generateTheory(1000));
    const model = follow(e);
    const height = model.laneHeight;
    /** Runs one edit: how many cards it measured; the lanes the same as a model made afresh. */
    const measured = (edit: () => unknown) => {
      calls.cardSize = 0;
      edit();
      const count = calls.cardSize;
      expect(model.laneHeight).toBe(new CanvasModel(e.theory).laneHeight);
      expect(model.nodes().filter((n) => n.type === 'lane').every((n) => n.height === model.laneHeight)).toBe(true);
      return count;
    };
    const bottom = Math.max(...Object.values(e.theory.cards).map((c) => c.position.y));
    // A card of the first stage, nowhere near the lowest card.
    const top = Object.values(e.theory.cards).find((c) => c.stage === 'input' && c.position.y < bottom - 1000)!;

    expect(measured(() => e.run('addLinkedCard', { from: top.id, title: 'Nieuw' }))).toBeLessThan(20);
    expect(measured(() => e.run('updateCard', { id: top.id, changes: { title: 'Een veel langere titel die over drie regels loopt op de kaart' } }))).toBeLessThan(20);
    expect(measured(() => e.undo())).toBeLessThan(20);
    expect(measured(() => e.run('deleteCards', { ids: [top.id] }))).toBeLessThan(20);

    // A card below every other: the lanes grow, still without measuring the rest.
    let low = '';
    expect(measured(() => (low = e.run('addCard', { stage: 'impact', title: 'Onderaan', position: { x: 0, y: bottom + 2000 } }).created[0]!))).toBeLessThan(20);
    const grown = model.laneHeight;
    expect(grown).toBeGreaterThan(height);
    expect(measured(() => e.run('updateCard', { id: low, changes: { title: 'Onderaan, met een titel die over drie regels loopt op de kaart' } }))).toBeLessThan(20);
    expect(model.laneHeight).toBeGreaterThanOrEqual(grown);

    // The lowest card shortened by a rename (and back, by undo and redo), then gone: the lanes
    // shrink back to the next lowest card, still without going through all cards (issue #9: the
    // bench renames the lowest card of a stage).
    const tall = model.laneHeight;
    expect(measured(() => e.run('updateCard', { id: low, changes: { title: 'Kort' } }))).toBeLessThan(20);
    expect(model.laneHeight).toBeLessThan(tall);
    expect(measured(() => e.undo())).toBeLessThan(20);
    expect(model.laneHeight).toBe(tall);
    expect(measured(() => e.redo())).toBeLessThan(20);
    expect(measured(() => e.run('deleteCards', { ids: [low] }))).toBeLessThan(20);
    expect(model.laneHeight).toBeLessThan(grown);
    expect(measured(() => e.undo())).toBeLessThan(20);
    expect(model.laneHeight).toBeGreaterThanOrEqual(grown);
  });
});
