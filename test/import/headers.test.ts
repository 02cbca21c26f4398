import { describe, expect, it } from 'vitest';
import { matchHeader, parseRole } from '../../shared/import/headers';
import { splitItems } from '../../shared/import/cells';

describe('header matching', () => {
  it.each([
    ['Input', 'input'], ['Inputs', 'input'], ['Resources', 'input'], ['Middelen', 'input'], ['Partners', 'input'], ['Inzet', 'input'],
    ['Activities', 'action'], ['Acties', 'action'], ['Activiteiten', 'action'], ['Strategy', 'action'], ['Interventies', 'action'],
    ['Outputs', 'intermediate'], ['Output', 'intermediate'], ['Tussenresultaten', 'intermediate'], ['Intermediate results', 'intermediate'], ['Prestaties', 'intermediate'],
    ['Outcomes', 'outcome'], ['Short-term', 'outcome'], ['Immediate outcomes', 'outcome'], ['Intermediate outcomes', 'outcome'], ['Effecten', 'outcome'],
    ['Tussentijdse effecten', 'outcome'], ['Korte termijn', 'outcome'], ['Middellange termijn', 'outcome'],
    ['Impact', 'impact'], ['Long-term outcomes', 'impact'], ['Lange termijn', 'impact'], ['Maatschappelijk effect', 'impact'], ['End goal', 'impact'],
    ['Aanname', 'assumption'], ['Assumptions', 'assumption'], ['Assumpties', 'assumption'], ['Externe factoren', 'external'],
    ['Beschrijving', 'description'], ['Indicatoren', 'indicator'], ['Waarom', 'rationale'],
  ])('%s → %s', (header, role) => {
    expect(matchHeader(header).role).toBe(role);
  });

  it('finds the stage in a longer header, the most specific phrase first', () => {
    expect(matchHeader('Korte termijn outcomes (1 jaar)').role).toBe('outcome');
    expect(matchHeader('Stap 2: Activiteiten').role).toBe('action');
    expect(matchHeader('INTERMEDIATE OUTCOMES').role).toBe('outcome');
    expect(matchHeader('Intermediate results 2024').role).toBe('intermediate');
  });

  it('forgives a typo but leaves unrelated headers alone', () => {
    expect(matchHeader('Activitieten')).toMatchObject({ role: 'action', how: 'fuzzy' });
    expect(matchHeader('Outcoms')).toMatchObject({ role: 'outcome', how: 'fuzzy' });
    expect(matchHeader('Budget')).toEqual({ role: 'ignore', how: 'none' });
    expect(matchHeader('Opmerkingen').role).toBe('ignore');
    expect(matchHeader('').role).toBe('ignore');
  });

  it('recognises generic step headers', () => {
    expect(matchHeader('Stap 1').how).toBe('step');
    expect(matchHeader('Step 12').how).toBe('step');
  });

  it('reads roles as typed on the command line', () => {
    expect(parseRole('impact')).toBe('impact');
    expect(parseRole('Activiteiten')).toBe('action');
    expect(parseRole('ignore')).toBe('ignore');
    expect(parseRole('negeer')).toBe('ignore');
    expect(parseRole('beschrijving')).toBe('description');
    expect(parseRole('banana')).toBeUndefined();
  });
});

describe('cells with several items', () => {
  it('splits on line breaks, ; and | and drops bullets', () => {
    expect(splitItems('a\nb')).toEqual(['a', 'b']);
    expect(splitItems('a; b | c')).toEqual(['a', 'b', 'c']);
    expect(splitItems('• one\n• two\r\n- three\n* four\n1. five\n2) six')).toEqual(['one', 'two', 'three', 'four', 'five', 'six']);
    expect(splitItems('coaching • training')).toEqual(['coaching', 'training']);
  });
  it('keeps hyphens inside words and drops empty and punctuation-only items', () => {
    expect(splitItems('ex-gedetineerden')).toEqual(['ex-gedetineerden']);
    expect(splitItems(' ;  ; -- ;\n\n')).toEqual([]);
    expect(splitItems('  Meer   zelfvertrouwen ')).toEqual(['Meer zelfvertrouwen']);
  });
});
