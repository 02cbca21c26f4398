import { describe, expect, it } from 'vitest';
import { empowermentCoverage } from '../../shared/compare/empowerment';
import { runCommand } from '../../shared/commands';
import { corpusInputs } from '../fixtures/compare/corpus';

describe('empowerment coverage per organisation (comparison view)', () => {
  it('counts each theory\'s cards per component and dimension, a card with two in both, and the cards with neither', () => {
    const inputs = corpusInputs();
    const rows = empowermentCoverage(inputs);
    expect(rows.map((r) => r.theory)).toEqual(inputs.map((i) => i.key));
    for (const [i, row] of rows.entries()) {
      const cards = Object.values(inputs[i]!.document.theory.cards);
      expect(row.cards).toBe(cards.length);
      expect(row.components.interactional).toBe(cards.filter((c) => c.empowerment.includes('interactional')).length);
      expect(row.dimensions.powerWith).toBe(cards.filter((c) => c.dimensions.includes('powerWith')).length);
      expect(row.untagged).toBe(cards.filter((c) => c.empowerment.length === 0 && c.dimensions.length === 0).length);
    }
    // A card given two components counts under both.
    const [first, ...rest] = inputs;
    const card = Object.values(first!.document.theory.cards).find((c) => c.empowerment.length === 0 && c.dimensions.length === 0)!;
    const tagged = runCommand(first!.document, 'updateCard', { id: card.id, changes: { empowerment: ['intrapersonal', 'behavioural'] } }).document;
    const after = empowermentCoverage([{ ...first!, document: tagged }, ...rest])[0]!;
    const before = rows[0]!;
    expect(after.components.intrapersonal).toBe(before.components.intrapersonal + 1);
    expect(after.components.behavioural).toBe(before.components.behavioural + 1);
    expect(after.untagged).toBe(before.untagged - 1);
  });
});
