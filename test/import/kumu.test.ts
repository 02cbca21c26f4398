import { describe, expect, it } from 'vitest';
import { openImport, proposeSettings, runImport, type ImportSource } from '../../shared/import/index';
import { graphStages } from '../../shared/import/kumu';
import { describeImportMessage } from '../../shared/i18n/import';
import { laneCardX, LANE_TOP } from '../../shared/layout';
import { byStage, fixture, linkTitles, ok, problemsOf } from './support';

async function open(name: string, bytes: Uint8Array): Promise<ImportSource> {
  const opened = await openImport(name, bytes);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
  return opened.source;
}
async function importAuto(source: ImportSource) {
  const proposed = proposeSettings(source);
  if (!proposed.ok) throw new Error('no settings');
  return runImport(source, proposed.settings);
}
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('Kumu blueprint with ids', () => {
  it('maps element types to stages by their names, keeps descriptions and turns AIO tags into AIO elements', async () => {
    const source = await open('kumu-blueprint-ids.json', fixture('kumu-blueprint-ids.json'));
    const proposed = proposeSettings(source);
    expect(proposed.ok && proposed.settings.kind === 'kumu' && proposed.settings.plan).toEqual({
      shape: 'kumu-blueprint',
      types: [
        { type: 'Input', count: 1, stage: 'input' },
        { type: 'Activity', count: 2, stage: 'action' },
        { type: 'Outcome', count: 1, stage: 'outcome' },
        { type: 'Goal', count: 1, stage: 'impact' },
      ],
    });
    const result = ok(await importAuto(source));
    expect(byStage(result)).toEqual({ input: ['Budget'], action: ['Training', 'Training'], outcome: ['Confidence'], impact: ['Work'] });
    const [budget, training] = result.cards;
    expect(budget).toMatchObject({ description: 'Subsidie van de gemeente', aio: [], notes: 'Tags: money' });
    expect(training).toMatchObject({ aio: ['arbeidsmatig'], notes: 'Tags: groups' });
    expect(result.cards[3]!.aio).toEqual(['netwerk']);
  });

  it('connects by id (two elements share a label), merges a repeated connection, and says what it skipped', async () => {
    const result = ok(await importAuto(await open('kumu-blueprint-ids.json', fixture('kumu-blueprint-ids.json'))));
    expect(linkTitles(result)).toEqual(['Budget → Training', 'Budget → Training', 'Training → Confidence', 'Training → Confidence', 'Confidence → Work']);
    expect(result.links[0]!.from).not.toBe(result.links[1]!.to);
    expect(result.links.map((l) => l.rationale)).toEqual(['Second reason', 'Money pays the trainer', '', '', '']);
    expect(result.skipped.map((m) => describeImportMessage(m, 'en'))).toEqual([
      'elements[5]: the id "e1" is already used by elements[0]; this element is skipped',
      'elements[6].label: the element has no label and is skipped',
      'connections[5].to: there is no element "nowhere"; the connection is skipped',
      'connections[6]: the connection runs from an element to itself and is skipped',
    ]);
    expect(result.notes.map((m) => describeImportMessage(m, 'nl'))).toEqual([
      'connections[2]: een wederzijdse of ongerichte verbinding; ingelezen als één richting (Training → Confidence)',
      'connections[7]: deze twee elementen zijn al verbonden door connections[0]; de verbinding wordt samengevoegd',
      'elements[0]: labels die geen AIO-element zijn, staan bij de notities van de kaart',
    ]);
  });

  it('the user can choose another stage for a type', async () => {
    const source = await open('kumu-blueprint-ids.json', fixture('kumu-blueprint-ids.json'));
    const proposed = proposeSettings(source);
    if (!proposed.ok || proposed.settings.kind !== 'kumu') throw new Error('kumu');
    const plan = { ...proposed.settings.plan, types: proposed.settings.plan.types.map((t) => (t.type === 'Outcome' ? { ...t, stage: 'intermediate' as const } : t)) };
    expect(byStage(ok(runImport(source, { kind: 'kumu', plan }))).intermediate).toEqual(['Confidence']);
  });
});

describe('Kumu blueprint with labels only', () => {
  it('connects by label (case aside) and places untyped elements by the graph, a cycle notwithstanding', async () => {
    const result = ok(await importAuto(await open('kumu-blueprint-labels.json', fixture('kumu-blueprint-labels.json'))));
    expect(byStage(result)).toEqual({
      input: ['Staff'],
      action: ['Coaching'],
      intermediate: ['Sessions held'],
      outcome: ['Self-efficacy', 'Stronger network'],
      impact: ['Durable participation'],
    });
    expect(linkTitles(result)).toContain('Self-efficacy → Stronger network');
    expect(linkTitles(result)).toContain('Self-efficacy → Coaching');
    expect(result.cards[1]!.description).toBe('One-to-one');
    expect(result.cards.every((c) => c.position === undefined)).toBe(true);
    expect(result.skipped).toEqual([]);
  });

  it('graph stages: no incoming is an input, no outgoing an impact, the rest by longest path', () => {
    // 0 → 1 → 2 → 3 → 4, and 0 → 4; 5 alone.
    expect(graphStages(6, [{ from: 0, to: 1 }, { from: 1, to: 2 }, { from: 2, to: 3 }, { from: 3, to: 4 }, { from: 0, to: 4 }])).toEqual([
      'input', 'action', 'intermediate', 'outcome', 'impact', 'input',
    ]);
    // A cycle with no way in: its members still get a stage.
    expect(graphStages(2, [{ from: 0, to: 1 }, { from: 1, to: 0 }])).toEqual(['action', 'action']);
  });
});

describe('Kumu project backup', () => {
  it('reads _id, attributes and element types, and uses the map positions within each lane', async () => {
    const source = await open('kumu-backup.json', fixture('kumu-backup.json'));
    const result = ok(await importAuto(source));
    expect(result.format).toBe('kumu-backup');
    expect(result.theory.title).toBe('Stroomwijzer map');
    expect(byStage(result)).toEqual({
      input: ['Jobcoach', 'Werkgeversnetwerk'],
      action: ['Stroomwijzer'],
      outcome: ['Kritisch bewustzijn'],
      impact: ['Werk met ondersteuning'],
    });
    const at = (title: string) => result.cards.find((c) => c.title === title)!.position;
    expect(at('Werkgeversnetwerk')).toEqual({ x: laneCardX('input'), y: LANE_TOP });
    expect(at('Jobcoach')).toEqual({ x: laneCardX('input'), y: LANE_TOP + 300 });
    expect(at('Kritisch bewustzijn')).toEqual({ x: laneCardX('outcome'), y: LANE_TOP + 20 });
    expect(result.cards[0]).toMatchObject({ description: 'Twee coaches', aio: ['integraal'], notes: '' });
    expect(result.links[0]!.rationale).toBe('Coaches geven de training');
    expect(linkTitles(result)).toEqual([
      'Jobcoach → Stroomwijzer',
      'Stroomwijzer → Kritisch bewustzijn',
      'Kritisch bewustzijn → Werk met ondersteuning',
      'Werkgeversnetwerk → Werk met ondersteuning',
    ]);
  });

  it('cards close together in Kumu do not overlap in their lane', async () => {
    const backup = {
      elements: [
        { _id: 'a', attributes: { label: 'A', 'element type': 'Input' } },
        { _id: 'b', attributes: { label: 'B', 'element type': 'Input' } },
      ],
      connections: [],
      maps: [{ elements: [{ element: 'a', position: { x: 0, y: 0 } }, { element: 'b', position: { x: 5, y: 10 } }] }],
    };
    const result = ok(await importAuto(await open('k.json', json(backup))));
    expect(result.cards.map((c) => c.position!.y)).toEqual([LANE_TOP, LANE_TOP + 96 + 24]);
  });
});

describe('bad Kumu files', () => {
  it.each([
    ['not JSON', new TextEncoder().encode('{"elements": ['), /^the file is not valid JSON: /],
    ['no elements', json({ nodes: [] }), /^this is not a Kumu file: it should hold a list "elements"$/],
    ['a list at the top', json([1, 2]), /^this is not a Kumu file/],
    ['elements empty', json({ elements: [] }), null],
  ])('%s', async (_name, bytes, message) => {
    const opened = await openImport('kumu.json', bytes);
    if (message) {
      expect(problemsOf(opened)[0]).toMatch(message);
      return;
    }
    if (!opened.ok) throw new Error('should open');
    expect(problemsOf(await importAuto(opened.source))).toEqual(['elements: the file holds no elements']);
  });

  it('an element that is not an object, connections that are not a list', async () => {
    const result = ok(await importAuto(await open('k.json', json({ elements: [{ label: 'A' }, 'B'], connections: { from: 'A' } }))));
    expect(result.skipped.map((m) => describeImportMessage(m, 'en'))).toEqual(['elements[1]: expected an object', 'connections: expected a list']);
  });
});
