import { describe, expect, it } from 'vitest';
import { theoryToSvg } from '../../shared/report/svg';
import { generateTheory } from '../bench/generate';

describe('SVG diagram: dashes of arrows without rationale', () => {
  it('a long arrow gets longer dashes, not more (at most 400): a PNG of 3,000 cards drew millions of dashes for 25 s', () => {
    const svg = theoryToSvg(generateTheory(3000).theory, { language: 'en' });
    const dashed = [...svg.matchAll(/<path class="link"[^>]*stroke-dasharray="5 4"[^>]*>/g)].map((m) => m[0]);
    expect(dashed.length).toBeGreaterThan(500);
    const stretched = dashed.filter((p) => p.includes('pathLength="3600"'));
    // The generated theory links to random cards of the next stage: most arrows are long.
    expect(stretched.length).toBeGreaterThan(dashed.length / 2);
    // Only the dashed ones are stretched; an arrow with a rationale is solid.
    expect(svg.match(/pathLength=/g)!.length).toBe(stretched.length);
  });

  it('a short arrow keeps its 5/4 dashes as they were', () => {
    const svg = theoryToSvg(generateTheory(10).theory, { language: 'en' });
    const dashed = [...svg.matchAll(/<path class="link"[^>]*stroke-dasharray="5 4"[^>]*>/g)].map((m) => m[0]);
    expect(dashed.length).toBeGreaterThan(0);
    for (const p of dashed) expect(p).not.toContain('pathLength');
  });
});
