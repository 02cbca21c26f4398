// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { URL as NodeURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// The benchmark's in-page probe (test/bench/probe.js), run as the page runs it: before any page script.
// (node:url's URL: happy-dom's own does not take file: URLs.)
const bench = () => {
  new Function(readFileSync(new NodeURL('./probe.js', import.meta.url), 'utf8'))();
  return (window as unknown as { __bench: { arm(type: string, cond: unknown): void; result(): Promise<number | null>; windows(): { windows: [number, number][] } } }).__bench;
};

const key = (k: string, ctrlKey = false) => window.dispatchEvent(new KeyboardEvent('keydown', { key: k, ctrlKey }));

describe('the benchmark probe', () => {
  it('times Ctrl+Z from the Z: a modifier pressed first does not start the clock', async () => {
    const probe = bench();
    document.body.innerHTML = '<p class="done">x</p>';
    probe.arm('keydown', { selector: '.done' });
    key('Control', true);
    await new Promise((r) => setTimeout(r, 30));
    const atZ = performance.now();
    key('z', true);
    const ms = await probe.result();
    expect(ms).not.toBeNull();
    const [[start]] = probe.windows().windows as [[number, number]];
    // The span starts at the Z's keydown, not at the Control pressed 30 ms before it.
    expect(start).toBeGreaterThanOrEqual(atZ - 1);
  });
});
