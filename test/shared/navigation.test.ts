import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { emptyDocument, STAGES } from '../../shared/model';
import { neighbour } from '../../shared/navigation';

describe('keyboard navigation between cards', () => {
  it('moves within a lane and across stages, skipping empty stages', () => {
    const e = new Editor(emptyDocument('nl'));
    for (const stage of STAGES) e.run('addCard', { stage, title: stage });
    e.run('addCard', { stage: 'action', title: 'tweede actie' });
    expect(neighbour(e.theory, 'c2', 'down')).toBe('c6');
    expect(neighbour(e.theory, 'c6', 'up')).toBe('c2');
    expect(neighbour(e.theory, 'c2', 'up')).toBeNull();
    expect(neighbour(e.theory, 'c1', 'right')).toBe('c2');
    expect(neighbour(e.theory, 'c6', 'left')).toBe('c1');
    expect(neighbour(e.theory, 'c5', 'right')).toBeNull();
    expect(neighbour(e.theory, null, 'right')).toBe('c1');
    e.run('deleteCards', { ids: ['c3'] });
    expect(neighbour(e.theory, 'c2', 'right')).toBe('c4');
  });
});
