import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATES, templateByName } from '../../shared/templates';
import { LANGUAGES, STAGES, type Theory } from '../../shared/model';
import { serializeDocument } from '../../shared/format/serialize';
import { loadDocument } from '../../shared/format/parse';
import { runChecks } from '../../shared/checks';
import { cardRect, insideLane, rectsOverlap } from '../../shared/layout';
import { wrapText } from '../../shared/textWidth';
import { buildReport } from '../../shared/report/index';
import { loadReportFonts } from '../../electron/node/fonts';
import { TITLE_SIZE, titleFontSize } from '../../shared/cardSize';
import { KDG_AIO } from '../../shared/templates/kdgAio';
import { IJMOND_GROUPS } from '../../shared/templates/ijmondGroups';
import type { TemplateSpec } from '../../shared/templates/build';

const ROOT = join(__dirname, '../..');
const SEEDS = {
  kdg: readFileSync(join(ROOT, 'test/fixtures/seeds/kdg-we-in-empowerment.txt'), 'utf8'),
  ijmond: readFileSync(join(ROOT, 'test/fixtures/seeds/inholland-groepsgewijze-aanpak.txt'), 'utf8'),
};
const WITH_CONTENT = TEMPLATES.filter((t) => t.spec);
const NOW = '2026-03-01T09:00:00.000Z';

/** All Dutch text a spec writes into a document. */
function dutchTexts(spec: TemplateSpec): string[] {
  return [
    spec.theory.title.nl,
    spec.theory.description.nl,
    ...spec.cards.flatMap((c) => [c.title.nl, c.description.nl, ...(c.indicators ?? []).flatMap((i) => [i.name.nl, i.definition.nl, i.source.nl])]),
    ...spec.links.flatMap((l) => [l.rationale.nl, l.evidence?.nl ?? '']),
    ...spec.assumptions.map((a) => a.text.nl),
  ];
}

describe('templates', () => {
  it('the empty template gives an empty theory titled in the chosen language, stamped with the given time', () => {
    const empty = templateByName('empty')!;
    const nl = empty.create('nl', NOW);
    expect(nl.theory).toMatchObject({ title: 'Naamloze theorie', language: 'nl', created: NOW, modified: NOW });
    expect([nl.theory.cards, nl.theory.links, nl.theory.assumptions]).toEqual([{}, {}, {}]);
    expect(empty.create('en').theory).toMatchObject({ title: 'Untitled theory', language: 'en', created: '' });
  });

  it('lists Empty, Empty with examples and the two research templates; names are unique and found by name', () => {
    expect(TEMPLATES.map((t) => t.name)).toEqual(['empty', 'examples', 'kdg-aio', 'ijmond-groepen']);
    for (const t of TEMPLATES) expect(templateByName(t.name)).toBe(t);
    expect(templateByName('kdg')).toBeUndefined();
    expect(templateByName('constructor')).toBeUndefined();
  });

  for (const t of TEMPLATES) {
    it(`${t.name}: labelled in both languages; every document it makes saves, reopens and is its own copy`, () => {
      for (const language of LANGUAGES) {
        expect(t.label[language].trim()).not.toBe('');
        expect(t.description[language].trim()).not.toBe('');
        const doc = t.create(language, NOW);
        expect(doc.theory.language).toBe(language);
        expect(doc.theory.created).toBe(NOW);
        expect(loadDocument(serializeDocument(doc))).toEqual(doc);
        // A second document must not share records with the first (one is edited, the other not).
        const other = t.create(language);
        expect(other.theory.cards).not.toBe(doc.theory.cards);
        expect(other.theory.authors).not.toBe(doc.theory.authors);
        for (const id of Object.keys(doc.theory.cards)) {
          expect(other.theory.cards[id]).not.toBe(doc.theory.cards[id]);
          expect(other.theory.cards[id]!.position).not.toBe(doc.theory.cards[id]!.position);
          expect(other.theory.cards[id]!.aio).not.toBe(doc.theory.cards[id]!.aio);
        }
      }
    });
  }

  for (const t of WITH_CONTENT) {
    describe(t.name, () => {
      const docs = LANGUAGES.map((language) => t.create(language, NOW));

      it('passes its own chain checks: no warning (and so no error); every card tagged, every link with a rationale', () => {
        for (const { theory } of docs) {
          const findings = runChecks(theory);
          expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
          expect(findings.filter((f) => ['card-no-aio', 'link-no-rationale', 'card-unlinked', 'stage-empty'].includes(f.code))).toEqual([]);
        }
      });

      it('every text is filled in both languages, and the two languages hold the same chain', () => {
        const [nl, en] = docs.map((d) => d.theory) as [Theory, Theory];
        for (const theory of [nl, en]) {
          expect(theory.title.trim()).not.toBe('');
          expect(theory.description.trim()).not.toBe('');
          for (const c of Object.values(theory.cards)) {
            expect(c.title.trim(), c.id).not.toBe('');
            expect(c.description.trim(), c.id).not.toBe('');
            expect(c.aio.length, c.id).toBeGreaterThan(0);
          }
          for (const l of Object.values(theory.links)) expect(l.rationale.trim(), l.id).not.toBe('');
          for (const a of Object.values(theory.assumptions)) expect(a.text.trim(), a.id).not.toBe('');
        }
        const shape = (th: Theory) => ({
          cards: Object.values(th.cards).map((c) => [c.id, c.stage, c.aio, c.position, c.indicators.length]),
          links: Object.values(th.links).map((l) => [l.id, l.from, l.to, l.assumptions, l.evidence === '']),
          assumptions: Object.values(th.assumptions).map((a) => [a.id, a.kind, a.status]),
        });
        expect(shape(en)).toEqual(shape(nl));
        // Translated, not copied: every English title differs from its Dutch one.
        const same = Object.values(nl.cards).filter((c) => en.cards[c.id]!.title === c.title);
        expect(same.map((c) => c.title)).toEqual([]);
      });

      it('cards sit inside their own lanes, overlap no other card, and their titles fit on a card (three lines)', () => {
        for (const { theory } of docs) {
          const cards = Object.values(theory.cards);
          for (const c of cards) expect(insideLane(cardRect(c), c.stage), c.id).toBe(true);
          for (let i = 0; i < cards.length; i++) {
            for (let j = i + 1; j < cards.length; j++) {
              expect(rectsOverlap(cardRect(cards[i]!), cardRect(cards[j]!)), `${cards[i]!.id} / ${cards[j]!.id}`).toBe(false);
            }
          }
          // The canvas clamps a title at three lines; the estimate is on the safe side.
          for (const c of cards) expect(wrapText(c.title, 211, titleFontSize(c.title) ?? TITLE_SIZE, 99).length, c.title).toBeLessThanOrEqual(3);
        }
      });

      it('every card, link and assumption says where in the seed it comes from; no figure the seed does not have', () => {
        const spec = t.spec!;
        for (const c of spec.cards) expect(c.research.basis.trim(), c.id).not.toBe('');
        for (const a of spec.assumptions) expect(a.basis.trim(), a.id).not.toBe('');
        if (t.name === 'examples') return;
        const seed = t.name === 'kdg-aio' ? SEEDS.kdg : SEEDS.ijmond;
        const numbers = new Set(dutchTexts(spec).flatMap((text) => text.match(/\d+/g) ?? []));
        for (const n of numbers) expect(seed, `the number ${n}`).toMatch(new RegExp(`(^|\\D)${n}(\\D|$)`));
      });

      it('renders as a PDF in both languages with every card title in it', () => {
        const fonts = loadReportFonts();
        const dir = mkdtempSync(join(tmpdir(), 'werkzaam-template-'));
        for (const doc of docs) {
          const file = join(dir, `${t.name}.${doc.theory.language}.pdf`);
          writeFileSync(file, buildReport(doc, fonts, { date: new Date(NOW) }));
          const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
          expect(text).toContain(doc.theory.title.replace(/\s+/g, ' ').slice(0, 40));
          for (const c of Object.values(doc.theory.cards)) expect(text, c.id).toContain(c.title);
        }
      });
    });
  }

  it('the AIO template has the research’s inputs, actions, outcomes and impact, with MPE indicators on the empowerment outcomes', () => {
    const { theory } = templateByName('kdg-aio')!.create('nl');
    const titles = (stage: string) => Object.values(theory.cards).filter((c) => c.stage === stage).map((c) => c.title.toLowerCase());
    for (const words of ['afstand tot de arbeidsmarkt', 'begeleiders', 'partner', 'subsidie']) expect(titles('input').some((t) => t.includes(words)), words).toBe(true);
    for (const words of ['werkvloer', 'gepersonaliseerde', 'taal en administratie', 'formele diensten', 'hybride', 'samenwerking tussen organisaties']) {
      expect(titles('action').some((t) => t.includes(words)), words).toBe(true);
    }
    for (const words of ['intrapersoonlijk', 'interpersoonlijk', 'gedragscomponent', 'veerkracht en werkhouding', 'kritisch bewustzijn']) {
      expect(titles('outcome').some((t) => t.includes(words)), words).toBe(true);
    }
    for (const words of ['terugval', 'ziekteverzuim', 'collectieve impact']) expect(titles('impact').some((t) => t.includes(words)), words).toBe(true);
    const mpe = Object.values(theory.cards).filter((c) => c.indicators.some((i) => i.source.startsWith('MPE')));
    expect(mpe.map((c) => c.id).sort()).toEqual(['c16', 'c18', 'c20']);
    // No invented measurements: an indicator names its instrument or method and nothing the seed lacks.
    for (const c of Object.values(theory.cards)) for (const i of c.indicators) expect([i.baseline, i.target, i.frequency, i.owner, i.unit]).toEqual(['', '', '', '', '']);
    expect(KDG_AIO.cards.filter((c) => c.research.mpe).map((c) => c.id).sort()).toEqual(['c16', 'c18', 'c20']);
  });

  it('the IJmond template offers the trainings per rung as the report’s table does, “Maak je plan” at rung 3 saying the discussion puts it at rung 4', () => {
    const { theory } = templateByName('ijmond-groepen')!.create('nl');
    const actions = Object.values(theory.cards).filter((c) => c.stage === 'action').map((c) => c.title);
    expect(actions.filter((t) => t.startsWith('Trede'))).toEqual([
      'Trede 3: training ‘Voel je sterk’',
      'Trede 3: training ‘Maak je plan’',
      'Trede 3: training ‘Blik op jezelf’',
      'Trede 4: training ‘Voel je sterk’',
      'Trede 4: training ‘Kijk op werk’',
      'Trede 5 en 6: training ‘Sterk naar werk’',
    ]);
    const plan = Object.values(theory.cards).find((c) => c.title.includes('Maak je plan'))!;
    expect(plan.description).toMatch(/trede 3.*tabel/i);
    expect(plan.description).toMatch(/bespreking.*trede 4/i);
    const spec = IJMOND_GROUPS.cards.find((c) => c.id === plan.id)!;
    expect(spec.research.rungs).toEqual([3]);
    const outcomes = Object.values(theory.cards).filter((c) => c.stage === 'outcome').map((c) => c.title);
    for (const d of ['Power from within', 'Power with', 'Power to']) expect(outcomes.some((t) => t.startsWith(d)), d).toBe(true);
    // The report names no measurement instrument: indicators are qualitative, from its own method.
    const indicators = Object.values(theory.cards).flatMap((c) => c.indicators);
    expect(indicators.length).toBe(4);
    for (const i of indicators) {
      expect(i.source).toMatch(/^Observaties van trainingen en interviews met trainers/);
      expect([i.baseline, i.target, i.frequency, i.owner, i.unit]).toEqual(['', '', '', '', '']);
    }
  });

  it('the research notes for issue #11 use rungs 1–6 and name the MPE only where the KdG seed does', () => {
    for (const spec of [KDG_AIO, IJMOND_GROUPS]) {
      for (const c of spec.cards) for (const r of c.research.rungs ?? []) expect(r >= 1 && r <= 6, `${c.id} rung ${r}`).toBe(true);
    }
    expect(IJMOND_GROUPS.cards.some((c) => c.research.mpe)).toBe(false);
    expect(KDG_AIO.theory.research?.instruments).toEqual(['MPE', 'MBE']);
    expect(SEEDS.kdg).toContain('MPE & MBE');
  });

  it('the example template has one card per stage, each a hint marked as an example', () => {
    for (const language of LANGUAGES) {
      const { theory } = templateByName('examples')!.create(language);
      const cards = Object.values(theory.cards);
      expect(cards.map((c) => c.stage)).toEqual([...STAGES]);
      for (const c of cards) expect(c.title).toMatch(language === 'nl' ? /^Voorbeeld: / : /^Example: /);
    }
  });
});
