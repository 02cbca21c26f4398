import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { clipboardTextToFragment, fragmentToClipboardText } from '../../shared/clipboard';
import { searchCards } from '../../shared/search';

describe('clipboard fragments', () => {
  it('copy from one theory and paste into another keeps cards, inner links and their assumptions', () => {
    const a = new Editor(emptyDocument('nl'));
    a.run('addCard', { stage: 'input', title: 'Trainers', aio: ['integraal'] });
    a.run('addCard', { stage: 'action', title: 'Training' });
    a.run('addCard', { stage: 'outcome', title: 'Niet gekopieerd' });
    a.run('addAssumption', { text: 'Deelnemers komen' });
    a.run('connect', { from: 'c1', to: 'c2', assumptions: ['a1'] });
    a.run('connect', { from: 'c2', to: 'c3' });
    const text = fragmentToClipboardText(a.theory, ['c1', 'c2']);

    const b = new Editor(emptyDocument('en'));
    b.run('addCard', { stage: 'impact', title: 'Already here' });
    const fragment = clipboardTextToFragment(text)!;
    expect(fragment.links).toHaveLength(1);
    b.run('pasteFragment', { fragment });
    expect(Object.values(b.theory.cards).map((c) => c.title)).toEqual(['Already here', 'Trainers', 'Training']);
    expect(Object.values(b.theory.links)).toMatchObject([{ from: 'c2', to: 'c3', assumptions: ['a1'] }]);
    expect(b.theory.assumptions.a1!.text).toBe('Deelnemers komen');
  });

  it('refuses text that is not a fragment, or a malformed one', () => {
    expect(clipboardTextToFragment('hello')).toBeNull();
    expect(clipboardTextToFragment('{"kind":"werkzaam/fragment","cards":[{"id":"__proto__","stage":"input","title":"x"}],"links":[],"assumptions":[]}')).toBeNull();
    expect(clipboardTextToFragment('{"kind":"werkzaam/fragment","cards":[{"id":"c1","stage":"nowhere","title":"x"}],"links":[],"assumptions":[]}')).toBeNull();
  });
});

describe('card search', () => {
  it('finds by title, description and indicator, ignoring case and accents, titles first', () => {
    const e = new Editor(emptyDocument('nl'));
    e.run('addCard', { stage: 'outcome', title: 'Zelfvertrouwen', description: 'één stap' });
    e.run('addCard', { stage: 'input', title: 'Coaches', description: 'werken aan zelfvertrouwen' });
    e.run('addIndicator', { cardId: 'c2', indicator: { name: 'MPE-score' } });
    expect(searchCards(e.theory, 'zelfvertrouwen').map((h) => [h.card.id, h.field])).toEqual([
      ['c1', 'title'],
      ['c2', 'description'],
    ]);
    expect(searchCards(e.theory, 'een').map((h) => h.card.id)).toEqual(['c1']);
    expect(searchCards(e.theory, 'mpe').map((h) => h.field)).toEqual(['indicator']);
    expect(searchCards(e.theory, '   ')).toEqual([]);
  });
});
