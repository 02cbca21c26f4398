import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { terminalSafe } from '../../electron/cli/terminalText';

const minimal = readFileSync(join(__dirname, '../fixtures/valid/minimal.werkzaam'), 'utf8');
/** ESC sequences (colour, OSC window title, OSC 8 link), C1 CSI, CR, backspace, bidi overrides and isolates. */
const HOSTILE = ['\u001b[31mred\u001b[0m', '\u001b]0;pwned\u0007', '\u001b]8;;https://evil.example\u001b\\link', '\u009b2J', 'over\rwrite', 'back\bspace', 'gnp.\u202Eexe', '\u2066iso\u2069', 'del\u007f', 'ls\u2028x'];
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

function hostileTheory(dir: string): string {
  const doc = JSON.parse(minimal);
  doc.theory.cards.forEach((card: { title: string }, i: number) => (card.title = HOSTILE[i % HOSTILE.length]!));
  // A card of its own for each hostile title, unlinked, so every title shows up in a finding.
  for (const [i, title] of HOSTILE.entries()) doc.theory.cards.push({ ...doc.theory.cards[0], id: `h${i}`, title });
  const file = join(dir, 'hostile.werkzaam');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe('CLI output never carries terminal controls from a file (D13)', () => {
  it('terminalSafe turns each control, C1 and bidi character into a visible \\uXXXX and keeps newlines and tabs', () => {
    expect(terminalSafe('a\u001b[31mb')).toBe('a\\u001B[31mb');
    expect(terminalSafe('gnp.\u202Eexe')).toBe('gnp.\\u202Eexe');
    expect(terminalSafe('\u009b2J')).toBe('\\u009B2J');
    expect(terminalSafe('one\ntwo\tthree')).toBe('one\ntwo\tthree');
    expect(terminalSafe('Één kaart — “citaat” 日本 مرحبا')).toBe('Één kaart — “citaat” 日本 مرحبا');
  });

  it('werkzaam check prints every hostile title neutralised, in text and in --json (which still reads back exactly)', async () => {
    const file = hostileTheory(mkdtempSync(join(tmpdir(), 'werkzaam-d13-')));
    const text = await cli('check', file);
    expect(text.code).toBe(0);
    const lines = [...text.out, ...text.err];
    for (const line of lines) expect(line).not.toMatch(UNSAFE);
    expect(lines.join('\n')).toContain('gnp.\\u202Eexe');
    expect(lines.join('\n')).toContain('\\u001B]0;pwned\\u0007');

    const json = await cli('check', file, '--json');
    expect(json.code).toBe(0);
    for (const line of json.out) expect(line).not.toMatch(UNSAFE);
    const messages = (JSON.parse(json.out.join('\n')) as { message: { en: string } }[]).map((r) => r.message.en).join('\n');
    for (const title of HOSTILE) expect(messages).toContain(title.trim());
  });

  it('problems quoting a key or a value from the file are neutralised too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkzaam-d13-'));
    const file = join(dir, 'bad.werkzaam');
    writeFileSync(file, JSON.stringify({ format: '\u001b]0;pwned\u0007\u202E', version: 1 }));
    const r = await cli('validate', file);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/"format" is "\\u001B\]0;pwned\\u0007\\u202E"/i);
    for (const line of r.err) expect(line).not.toMatch(UNSAFE);
  });
});
