import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// What the canvas's stylesheet may not ask of a software renderer (the workshop laptop
// without a good GPU). Measured in bench/README.md ("What mattered").
const css = readFileSync(new URL('../../renderer/styles.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({ selector: m[1]!.trim(), body: m[2]! }));

describe('canvas styles', () => {
  it('finds the link rules it checks', () => {
    expect(rules.filter((r) => r.selector.includes('.link-path')).length).toBeGreaterThan(2);
  });

  it('draws no link dashed: a dashed curve costs raster time by its length on screen in every tile it crosses', () => {
    // At 3,000 cards a zoom frame took 0.9–3.7 s with 6/5 dashes on links without rationale,
    // against 0.1–0.2 s solid (the raster threads' work fell from 13.5 s to 1.3 s per gesture).
    const dashed = rules.filter((r) => /\.link-path|react-flow__edge/.test(r.selector) && /stroke-dasharray\s*:\s*(?!none)/.test(r.body));
    expect(dashed.map((r) => r.selector)).toEqual([]);
  });
});
