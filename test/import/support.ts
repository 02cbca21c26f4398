import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { describeImportMessage } from '../../shared/i18n/import';
import type { ImportOutcome, ImportResult } from '../../shared/import/types';

export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, '../fixtures/import', name)));
export const fixtureText = (name: string): string => readFileSync(join(__dirname, '../fixtures/import', name), 'utf8');

export function ok(outcome: ImportOutcome): ImportResult {
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => describeImportMessage(p, 'en')).join('\n'));
  return outcome.result;
}

export function problemsOf(outcome: { ok: boolean; problems?: { at: unknown; key: string }[] }, language: 'nl' | 'en' = 'en'): string[] {
  expect(outcome.ok).toBe(false);
  return (outcome as Extract<ImportOutcome, { ok: false }>).problems.map((p) => describeImportMessage(p, language));
}

/** Titles per stage, in order. */
export function byStage(result: ImportResult): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const card of result.cards) (out[card.stage] ??= []).push(card.title);
  return out;
}

/** Links as "from title → to title". */
export function linkTitles(result: ImportResult): string[] {
  const title = new Map(result.cards.map((c) => [c.key, `${c.title}`] as const));
  return result.links.map((l) => `${title.get(l.from)} → ${title.get(l.to)}`);
}
