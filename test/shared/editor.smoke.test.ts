import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';

describe('editor smoke', () => {
  it('adds, links and undoes', () => {
    const e = new Editor(emptyDocument('en'));
    const [a] = e.run('addCard', { stage: 'input', title: 'Staff' }).created;
    const [b] = e.run('addCard', { stage: 'action', title: 'Coaching' }).created;
    e.run('connect', { from: a!, to: b! });
    expect(Object.keys(e.theory.links)).toEqual(['l1']);
    e.run('deleteCards', { ids: [a!] });
    expect(e.theory.links).toEqual({});
    e.undo();
    expect(Object.keys(e.theory.links)).toEqual(['l1']);
    expect(e.dirty).toBe(true);
  });
});
