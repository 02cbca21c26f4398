import { describe, expect, it } from 'vitest';
import { proposeMatches, refKey, type MatchDecisions, type MatchGroup, type TheoryInput } from '../../shared/compare/match';
import { confirmGroup, detachCard, rejectGroup, repairGroup, chooseTitle, unconfirmGroup } from '../../shared/compare/decisions';
import { bindMatches, matchesFileOf, parseMatches, serializeMatches } from '../../shared/compare/matchesFile';
import { corpusInputs } from '../fixtures/compare/corpus';

const inputs = corpusInputs().slice(1);
const canonical = (groups: MatchGroup[]) => groups.map((g) => `${g.status}:${g.cards.map(refKey).join('+')}`).sort();
const groupWith = (groups: MatchGroup[], theory: string, card: string) => groups.find((g) => g.cards.some((c) => c.theory === theory && c.card === card));

describe('proposeMatches', () => {
  it('does not depend on the order of the theories', () => {
    const forward = proposeMatches(inputs).groups;
    const backward = proposeMatches([...inputs].reverse()).groups;
    const rotated = proposeMatches([inputs[1]!, inputs[2]!, inputs[0]!]).groups;
    expect(canonical(backward)).toEqual(canonical(forward));
    expect(canonical(rotated)).toEqual(canonical(forward));
  });

  it('puts at most one card of a theory in a group, and every group spans two theories or more', () => {
    for (const g of proposeMatches(inputs, undefined, { threshold: 0.2 }).groups) {
      const theories = g.cards.map((c) => c.theory);
      expect(new Set(theories).size).toBe(theories.length);
      expect(theories.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('matches a theory with a copy of itself card for card, with score 1', () => {
    const copy: TheoryInput = { ...inputs[0]!, key: 'copy', name: 'Kopie' };
    const { groups } = proposeMatches([inputs[0]!, copy]);
    expect(groups).toHaveLength(Object.keys(inputs[0]!.document.theory.cards).length);
    for (const g of groups) {
      expect(g.cards[0]!.card).toBe(g.cards[1]!.card);
      expect(g.score).toBe(1);
    }
  });
});

describe('decisions', () => {
  const proposal = proposeMatches(inputs);
  const zelf = groupWith(proposal.groups, 'kras', 'k16')!;

  it('a confirmed group is kept as it is and its cards are proposed nowhere else', () => {
    const decisions = confirmGroup({ confirmed: [], rejected: [] }, zelf.cards.slice(0, 2));
    const next = proposeMatches(inputs, decisions).groups;
    const confirmed = next.filter((g) => g.status === 'confirmed');
    expect(confirmed).toHaveLength(1);
    expect(confirmed[0]!.cards).toEqual(zelf.cards.slice(0, 2));
    // The third card of the proposal is left without a partner (its partners are taken).
    const third = zelf.cards[2]!;
    expect(groupWith(next, third.theory, third.card)).toBeUndefined();
  });

  it('a rejected group is not proposed again', () => {
    const decisions = rejectGroup({ confirmed: [], rejected: [] }, zelf);
    const next = proposeMatches(inputs, decisions).groups;
    for (const c of zelf.cards) {
      const g = groupWith(next, c.theory, c.card);
      if (g) for (const other of zelf.cards) if (other !== c) expect(g.cards).not.toContainEqual(other);
    }
  });

  it('re-pairing swaps one card for another of the same theory, confirms the group and rejects the old pair', () => {
    // Pair Stroom's self-confidence card with KRAS's "Zelfstandig werken" instead of KRAS's self-confidence card.
    const group = groupWith(proposal.groups, 'stroom', 's15')!;
    const before = group.cards.find((c) => c.theory === 'kras')!;
    const decisions = repairGroup({ confirmed: [], rejected: [] }, group, { theory: 'kras', card: 'k17' });
    expect(decisions.confirmed).toHaveLength(1);
    expect(decisions.confirmed[0]!.cards).toContainEqual({ theory: 'kras', card: 'k17' });
    expect(decisions.confirmed[0]!.cards).not.toContainEqual(before);
    expect(decisions.rejected.map(([a, b]) => [refKey(a), refKey(b)].sort().join(' '))).toContain([refKey(before), refKey({ theory: 'stroom', card: 's15' })].sort().join(' '));
    const next = proposeMatches(inputs, decisions).groups;
    expect(groupWith(next, 'kras', 'k17')!.status).toBe('confirmed');
    expect(groupWith(next, 'kras', 'k17')!.cards).toContainEqual({ theory: 'stroom', card: 's15' });
  });

  it('detaching a card from a confirmed group keeps the rest confirmed', () => {
    let decisions: MatchDecisions = confirmGroup({ confirmed: [], rejected: [] }, zelf.cards);
    const group = proposeMatches(inputs, decisions).groups.find((g) => g.status === 'confirmed')!;
    decisions = detachCard(decisions, group, zelf.cards[0]!);
    expect(decisions.confirmed).toHaveLength(1);
    expect(decisions.confirmed[0]!.cards).toEqual(zelf.cards.slice(1));
    expect(decisions.rejected).toHaveLength(2);
  });

  it('a chosen title is kept through a later confirmation, and dropped with an unconfirm', () => {
    let decisions = chooseTitle({ confirmed: [], rejected: [] }, zelf, 'Zelfvertrouwen');
    decisions = confirmGroup(decisions, zelf.cards);
    expect(decisions.confirmed[0]!.title).toBe('Zelfvertrouwen');
    expect(proposeMatches(inputs, decisions).groups[0]!.title).toBe('Zelfvertrouwen');
    expect(unconfirmGroup(decisions, zelf).confirmed).toEqual([]);
  });

  it('refuses a group of two cards of one theory', () => {
    expect(() => confirmGroup({ confirmed: [], rejected: [] }, [{ theory: 'kras', card: 'k1' }, { theory: 'kras', card: 'k2' }])).toThrow(/one card of each theory/);
  });
});

describe('the matches file', () => {
  const withFiles = inputs.map((i) => ({ ...i, file: `/home/onderzoek/${i.key}.werkzaam` }));
  const proposal = proposeMatches(withFiles);
  const decisions = confirmGroup(rejectGroup({ confirmed: [], rejected: [] }, proposal.groups[1]!), proposal.groups[0]!.cards, 'Gekozen titel');
  const groups = proposeMatches(withFiles, decisions).groups;

  it('round-trips: what the app saves reads back as the same decisions', () => {
    const text = serializeMatches(matchesFileOf(withFiles, groups, decisions));
    const parsed = parseMatches(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.matches.filter((m) => m.status === 'proposed').every((m) => typeof m.score === 'number')).toBe(true);
    const bound = bindMatches(parsed.file, withFiles);
    expect(bound).toEqual({ ok: true, decisions });
  });

  it('finds its theories among other keys by file name, then organisation name', () => {
    const file = matchesFileOf(withFiles, groups, decisions);
    const renamed = withFiles.map((i, n) => ({ ...i, key: `t${n}`, file: n === 0 ? `elders/${i.key}.werkzaam` : undefined }));
    const bound = bindMatches(file, renamed);
    expect(bound.ok).toBe(true);
    if (!bound.ok) return;
    expect(bound.decisions.confirmed[0]!.cards.map((c) => c.theory).sort()).toEqual(decisions.confirmed[0]!.cards.map((c) => `t${withFiles.findIndex((i) => i.key === c.theory)}`).sort());
  });

  it('names what is wrong and where, in Dutch or English', () => {
    expect(parseMatches('{"format": "werkzaam-matches", ')).toMatchObject({ ok: false, problems: [{ path: '', message: expect.stringMatching(/^is not valid JSON/) }] });
    expect(parseMatches('{"format": "werkzaam"}', 'nl')).toMatchObject({ ok: false, problems: [{ path: 'format', message: expect.stringMatching(/geen bestand met overeenkomsten/) }] });
    const file = JSON.parse(serializeMatches(matchesFileOf(withFiles, groups, decisions)));
    file.matches[0].cards[1] = { theory: 'onbekend', card: 'c1' };
    file.matches[2].cards[0] = file.matches[3].cards[0];
    const result = parseMatches(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ path: 'matches[0].cards[1].theory', message: '"onbekend" is none of the theories of this file (stroom, kras, vinac)' });
    expect(result.problems.some((p) => p.path === 'matches[3].cards[0]' && /already in matches\[2\]/.test(p.message))).toBe(true);
    const missing = JSON.parse(serializeMatches(matchesFileOf(withFiles, groups, decisions)));
    missing.matches[0].cards[0].card = 'c999';
    const parsed = parseMatches(JSON.stringify(missing));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(bindMatches(parsed.file, withFiles, 'nl')).toEqual({ ok: false, problems: [{ path: 'matches[0].cards[0].card', message: `kaart "c999" staat niet in /home/onderzoek/${missing.matches[0].cards[0].theory}.werkzaam` }] });
    expect(bindMatches(parsed.file, withFiles.slice(0, 2))).toMatchObject({ ok: false, problems: [{ path: 'theories[2]', message: expect.stringMatching(/VINAC\+.* is not among the files given/) }] });
  });
});
