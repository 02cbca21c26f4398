import { describe, expect, it } from 'vitest';
import { badgesOf, organisationBadges } from '../../shared/merge/badges';

const org = (id: string, name: string) => ({ id, name, theory: `Theorie van ${name}`, file: '' });

describe('organisation badges', () => {
  it('initials for names of several words, two letters for one word, unique within the theory', () => {
    const badges = badgesOf([org('o1', 'Stroom Maatwerk'), org('o2', 'KRAS'), org('o3', 'VINAC+'), org('o4', 'Kras'), org('o5', '')]);
    expect([...badges.values()].map((b) => b.short)).toEqual(['SM', 'KR', 'VI', 'KR2', 'TV']);
    expect([...badges.values()].map((b) => b.colour)).toEqual([0, 1, 2, 3, 4]);
    expect(badges.get('o5')!.name).toBe('Theorie van ');
  });

  it("a card's badges follow the theory's order of organisations, each once", () => {
    const orgs = [org('o1', 'KRAS'), org('o2', 'Stroom Maatwerk')];
    expect(organisationBadges(orgs, [{ organisation: 'o2' }, { organisation: 'o1' }]).map((b) => b.short)).toEqual(['KR', 'SM']);
    expect(organisationBadges(orgs, [{ organisation: 'o2' }]).map((b) => b.name)).toEqual(['Stroom Maatwerk']);
  });
});
