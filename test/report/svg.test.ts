import { describe, expect, it } from 'vitest';
import { canvasDiagram, theoryToSvg } from '../../shared/report/svg';
import { textWidth, wrapText } from '../../shared/textWidth';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';

describe('theoryToSvg', () => {
  const e = new Editor(emptyDocument('en'));
  e.run('addCard', { stage: 'input', title: 'Staff & <volunteers>', aio: ['netwerk'] });
  e.run('addCard', { stage: 'outcome', title: 'Self-confidence "up"' });
  e.run('connect', { from: 'c1', to: 'c2', rationale: "why it's so" });

  it('is well-formed, escaped, and holds every card, lane and link', () => {
    const svg = theoryToSvg(e.theory);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Staff &amp; &lt;volunteers&gt;');
    expect(svg).toContain('Self-confidence &quot;up&quot;');
    expect(svg).not.toContain('<volunteers>');
    expect(svg.match(/class="card"/g)).toHaveLength(2);
    expect(svg.match(/class="lane"/g)).toHaveLength(5);
    expect(svg.match(/class="link"/g)).toHaveLength(1);
    expect(svg).toContain('Intermediate results');
    expect(svg).toContain('<title>Support networks</title>');
    expect(wellFormed(svg)).toBe(true);
  });

  it('leaves out characters XML does not allow (pasted control characters), keeping the text around them', () => {
    const odd = new Editor(emptyDocument('en'));
    odd.run('addCard', { stage: 'input', title: 'Tab\there, line\u000bbreak, bell\u0007 gone' });
    const svg = theoryToSvg(odd.theory);
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(svg).toContain('<title>Tab here, line\nbreak, bell gone</title>');
    expect(wellFormed(svg)).toBe(true);
  });

  it('carries a legend that names the AIO marks', () => {
    const svg = theoryToSvg(e.theory, { language: 'nl' });
    expect(svg).toContain('class="legend"');
    for (const label of ['Arbeidsmatige focus', 'Integrale aanpak', 'Ondersteuningsnetwerken']) expect(svg).toContain(`>${label}</text>`);
  });

  it('carries the theory title and a legend of stage colours, AIO marks and what a dashed link means, also when cropped', () => {
    const titled = new Editor(e.document);
    titled.run('updateTheory', { changes: { title: 'Werk & welzijn' } });
    titled.run('addCard', { stage: 'impact', title: 'Duurzaam werk' });
    titled.run('connect', { from: 'c2', to: 'c3' });
    for (const svg of [theoryToSvg(titled.theory), theoryToSvg(titled.theory, { viewport: { x: 600, y: 100, width: 500, height: 300 } })]) {
      expect(svg).toMatch(/<g class="diagram-title">.*>Werk &amp; welzijn<\/text><\/g>/);
      const legend = svg.slice(svg.indexOf('<g class="legend">'));
      for (const label of ['Input', 'Actions', 'Intermediate results', 'Outcomes', 'Impact', 'Work-oriented focus', 'link with a rationale', 'no rationale yet']) expect(legend).toContain(`>${label}</text>`);
      expect(legend).toMatch(/class="legend-link"[^>]*stroke-dasharray/);
      expect(wellFormed(svg)).toBe(true);
    }
    // The link with a rationale is solid, the one without dashed: as the legend says.
    const svg = theoryToSvg(titled.theory);
    const links = [...svg.matchAll(/<path class="link"[^>]*>/g)].map((m) => m[0]);
    expect(links.filter((l) => l.includes('stroke-dasharray'))).toHaveLength(1);
    expect(links).toHaveLength(2);
  });

  it('draws from a diagram model: a box per card at its canvas position, an arrow per link from edge to edge', () => {
    const model = canvasDiagram(e.theory, 'en');
    const [page] = model.pages;
    expect(page!.boxes.map((b) => [b.id, b.x, b.y])).toEqual(Object.values(e.theory.cards).map((c) => [c.id, c.position.x, c.position.y]));
    const arrow = page!.arrows[0]!;
    const from = page!.boxes.find((b) => b.id === arrow.from)!;
    const to = page!.boxes.find((b) => b.id === arrow.to)!;
    expect(arrow.start[0]).toBe(from.x + from.w);
    expect(arrow.head.at[0]).toBe(to.x);
    expect(model.title).toBe(e.theory.title);
  });

  it('wraps titles to the card width, cuts words longer than a line, and ellipsises past three lines', () => {
    const width = 214;
    const lines = wrapText('Doelgroepmedewerkers met een afstand tot de arbeidsmarkt', width, 14, 3);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(width);
    expect(lines.join(' ')).toBe('Doelgroepmedewerkers met een afstand tot de arbeidsmarkt');
    const long = wrapText('Arbeidsmarktparticipatiebevorderingsprogrammaonderdeel', width, 14, 3);
    for (const line of long) expect(textWidth(line, 14)).toBeLessThanOrEqual(width);
    expect(long.join('')).toBe('Arbeidsmarktparticipatiebevorderingsprogrammaonderdeel');
    const many = wrapText('woord '.repeat(60), width, 14, 3);
    expect(many).toHaveLength(3);
    expect(many[2]!.endsWith('…')).toBe(true);
    expect(textWidth(many[2]!, 14)).toBeLessThanOrEqual(width);
  });

  it('crops to a viewport', () => {
    expect(theoryToSvg(e.theory, { viewport: { x: 10, y: 20, width: 300, height: 200 } })).toContain('viewBox="10 20 300 200"');
  });

  it('uses Dutch lane labels for a Dutch export', () => {
    expect(theoryToSvg(e.theory, { language: 'nl' })).toContain('Tussenresultaten');
  });
});

/** Tags nest properly and attribute values hold no raw < or &. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|#39);[^"<&]*)*")*)\s*(\/?)>/g)) {
    const [, close, name, , self] = m;
    if (self) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  const stripped = xml.replace(/<[^>]*>/g, '');
  return stack.length === 0 && !/&(?!amp;|lt;|gt;|quot;|#39;)/.test(stripped);
}
