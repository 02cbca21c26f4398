import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// What the canvas's stylesheet may not ask of a software renderer (the workshop laptop
// without a good GPU). Measured in bench/README.md ("What mattered").
/** A sheet's rules, comments taken out (these sheets nest nothing but @media). */
function sheetRules(path: string): { sheet: string; selector: string; body: string }[] {
  const css = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({ sheet: path, selector: m[1]!.trim(), body: m[2]! }));
}
const rules = sheetRules('renderer/styles.css');
const allRules = ['renderer/styles.css', 'renderer/workshop.css', 'renderer/versions/versions.css', 'renderer/compare/compare.css'].flatMap(sheetRules);
/** What is drawn once per card or link on the canvas: there can be thousands of them. */
const PER_ELEMENT = /\.card-node|\.react-flow__node|\.react-flow__edge|\.link-(path|label|marker)|\.version-mark/;

/** The blur radius of each shadow in a box-shadow value (the third length; none is 0). */
function blurs(value: string): number[] {
  if (value.trim() === 'none') return [];
  return value.split(/,(?![^(]*\))/).map((shadow) => {
    const lengths = shadow.replace(/rgba?\([^)]*\)|#[0-9a-f]+|\binset\b|var\([^)]*\)/gi, ' ').trim().split(/\s+/).filter((t) => /^-?[\d.]+(px|em|rem)?$/.test(t));
    return lengths.length >= 3 ? parseFloat(lengths[2]!) : 0;
  });
}

describe('canvas styles', () => {
  it('finds the link and card rules it checks', () => {
    expect(rules.filter((r) => r.selector.includes('.link-path')).length).toBeGreaterThan(2);
    expect(allRules.some((r) => r.selector.includes('.card-node.is-selected'))).toBe(true);
    expect(blurs('0 0 0 4px #ffc107, 0 2px 8px rgb(0 0 0 / 20%)')).toEqual([0, 8]);
  });

  it('gives cards and links no blurred shadow and no filter: a box selection can hold hundreds, drawn again on every frame they move', () => {
    // The selected card's soft shadow: a drag of 50 selected cards at 100 cards, main thread 1.25 → 1.0 s without it.
    const costly = allRules
      .filter((r) => PER_ELEMENT.test(r.selector))
      .flatMap(({ sheet, selector, body }) => {
        const found: string[] = [];
        for (const [, value] of body.matchAll(/box-shadow\s*:\s*([^;]+)/g)) if (blurs(value!).some((b) => b > 0)) found.push(`${sheet}: ${selector} { box-shadow: ${value!.trim()} }`);
        for (const [, value] of body.matchAll(/(?:^|;|\s)(?:-webkit-)?(?:backdrop-)?filter\s*:\s*([^;]+)/g)) if (value!.trim() !== 'none') found.push(`${sheet}: ${selector} { filter: ${value!.trim()} }`);
        return found;
      });
    expect(costly).toEqual([]);
  });

  it('draws no link dashed: a dashed curve costs raster time by its length on screen in every tile it crosses', () => {
    // At 3,000 cards a zoom frame took 0.9–3.7 s with 6/5 dashes on links without rationale,
    // against 0.1–0.2 s solid (the raster threads' work fell from 13.5 s to 1.3 s per gesture).
    const dashed = rules.filter((r) => /\.link-path|react-flow__edge/.test(r.selector) && /stroke-dasharray\s*:\s*(?!none)/.test(r.body));
    expect(dashed.map((r) => r.selector)).toEqual([]);
  });

  it('contains the layout of each card, without clipping it: a change inside one card lays out that card alone', () => {
    // A rename at 3,000 cards laid out the whole canvas (14 ms; a new card's focus 26 ms), 5 and 7 ms contained.
    const card = rules.find((r) => r.selector === '.react-flow__node-card')!;
    const contain = /contain\s*:\s*([^;]+)/.exec(card.body)?.[1]?.trim().split(/\s+/) ?? [];
    expect(contain).toEqual(expect.arrayContaining(['size', 'layout']));
    // Paint containment would clip the handles and the focus ring, which reach outside the box.
    expect(contain).not.toContain('paint');
    expect(contain).not.toContain('strict');
    expect(contain).not.toContain('content');
  });
});
