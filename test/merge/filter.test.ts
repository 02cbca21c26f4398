import { describe, expect, it } from 'vitest';
import { passesOrganisations, toggleOrganisation } from '../../shared/merge/filter';
import { isDimmed, NO_HIGHLIGHT } from '../../renderer/canvas/derive';
import { mergeTheories } from '../../shared/merge/merge';
import { proposeMatches, NO_DECISIONS } from '../../shared/compare/match';
import { corpusInputs, GENERIC_KEY } from '../fixtures/compare/corpus';

const organisations = [
  { id: 'o1', name: 'Stroom Maatwerk', theory: 'stroom' },
  { id: 'o2', name: 'KRAS', theory: 'kras' },
  { id: 'o3', name: 'VINAC+', theory: 'vinac' },
] as never[];

describe('filtering a generic theory by organisation', () => {
  it('toggles each organisation on its own, in the theory order of organisations', () => {
    let shown = toggleOrganisation(undefined, 'o3', organisations);
    expect(shown).toEqual(['o3']);
    shown = toggleOrganisation(shown, 'o1', organisations);
    expect(shown).toEqual(['o1', 'o3']);
    shown = toggleOrganisation(shown, 'o3', organisations);
    expect(shown).toEqual(['o1']);
    expect(toggleOrganisation(shown, 'o1', organisations)).toEqual([]);
  });

  it('a merged card stays bright when it came from an organisation shown, and only when it passes the AIO highlight too', () => {
    const inputs = corpusInputs().filter((i) => i.key !== GENERIC_KEY);
    const proposal = proposeMatches(inputs, NO_DECISIONS);
    const merged = mergeTheories(inputs, proposal.groups, { now: '2026-12-02T00:00:00Z' });
    const cards = Object.values(merged.theory.cards);
    const kras = merged.theory.organisations.find((o) => o.name === 'KRAS')!;
    const fromKras = cards.filter((c) => c.origins.some((o) => o.organisation === kras.id));
    expect(fromKras.length).toBeGreaterThan(0);
    expect(fromKras.length).toBeLessThan(cards.length);
    const highlight = { ...NO_HIGHLIGHT, organisations: [kras.id] };
    expect(cards.filter((c) => !isDimmed(c, highlight))).toEqual(fromKras);
    expect(cards.every((c) => passesOrganisations(c, []))).toBe(true);
    // Combined with an AIO element: bright only when both pass.
    const both = { ...highlight, aio: ['netwerk' as const] };
    const bright = cards.filter((c) => !isDimmed(c, both));
    expect(bright).toEqual(fromKras.filter((c) => c.aio.includes('netwerk')));
    expect(bright.length).toBeGreaterThan(0);
    expect(bright.length).toBeLessThan(fromKras.length);
  });
});
