// @vitest-environment happy-dom
import './setup';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStoreApi } from '@xyflow/react';
import { ChecksPanel } from '../../renderer/panels/ChecksPanel';
import { MatrixPanel } from '../../renderer/research/MatrixPanel';
import { SummaryPanel } from '../../renderer/summary/SummaryPanel';
import { CardLinks } from '../../renderer/inspector/CardLinks';
import { ResearchTags } from '../../renderer/inspector/ResearchTags';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { templateByName } from '../../shared/templates';
import { byteLength, knownBytes } from '../../shared/limitCheck';
import { serializeDocument } from '../../shared/format/serialize';
import { useFileSizeAhead } from '../../renderer/state/fileSizeAhead';
import { useServices } from '../../renderer/state/services';
import { Canvas } from '../../renderer/canvas/Canvas';
import { generateTheory } from '../bench/generate';
import { useCanvasSize } from './canvasSize';
import { renderWithServices } from './render';

// What an edit works out, counted: the real functions, each call recorded.
const calls = { runChecks: 0, computeMatrix: 0, summarise: 0, linkCandidates: 0, serializeDocument: 0, targetGroupSuggestions: 0 };
vi.mock('../../shared/checks', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../shared/checks')>();
  class CountedChecker extends actual.ChainChecker {
    override run(...args: Parameters<InstanceType<typeof actual.ChainChecker>['run']>) {
      calls.runChecks++;
      return super.run(...args);
    }
  }
  return { ...actual, ChainChecker: CountedChecker, runChecks: (...args: Parameters<typeof actual.runChecks>) => (calls.runChecks++, actual.runChecks(...args)) };
});
vi.mock('../../shared/matrix', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../shared/matrix')>();
  return { ...actual, computeMatrix: (...args: Parameters<typeof actual.computeMatrix>) => (calls.computeMatrix++, actual.computeMatrix(...args)) };
});
vi.mock('../../shared/summary', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../shared/summary')>();
  return { ...actual, summarise: (...args: Parameters<typeof actual.summarise>) => (calls.summarise++, actual.summarise(...args)) };
});
vi.mock('../../shared/navigation', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../shared/navigation')>();
  return { ...actual, linkCandidates: (...args: Parameters<typeof actual.linkCandidates>) => (calls.linkCandidates++, actual.linkCandidates(...args)) };
});
vi.mock('../../shared/format/serialize', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../shared/format/serialize')>();
  return { ...actual, serializeDocument: (...args: Parameters<typeof actual.serializeDocument>) => (calls.serializeDocument++, actual.serializeDocument(...args)) };
});

vi.mock('../../renderer/inspector/textList', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../renderer/inspector/textList')>();
  return {
    ...actual,
    targetGroupSuggestions: (...args: Parameters<typeof actual.targetGroupSuggestions>) => (calls.targetGroupSuggestions++, actual.targetGroupSuggestions(...args)),
  };
});

beforeEach(() => {
  for (const key of Object.keys(calls) as (keyof typeof calls)[]) calls[key] = 0;
});
afterEach(cleanup);

/** Until the frame after the edit has been painted (renderer/state/later.ts afterPaint), and a little after. */
const nextFrame = () => act(async () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10))));

describe('what an edit works out before it paints', () => {
  it('the chain checks run after the edit, not in it', async () => {
    const e = new Editor(emptyDocument('en'));
    e.run('addCard', { stage: 'input', title: 'Lonely' });
    const { editor } = renderWithServices(<ChecksPanel />, { doc: e.document, ui: { checksOpen: true } });
    const panel = screen.getByRole('region', { name: 'Chain checks' });
    const unlinked = (title: string) => within(panel).queryByText(`“${title}” is not linked to anything.`) !== null;
    expect(unlinked('Lonely')).toBe(true);
    const before = calls.runChecks;

    act(() => void editor.run('addCard', { stage: 'action', title: 'Also lonely' }));
    // The edit has rendered; the checks have not been run on it yet.
    expect(calls.runChecks).toBe(before);
    expect(unlinked('Also lonely')).toBe(false);

    await nextFrame();
    expect(calls.runChecks).toBe(before + 1);
    expect(unlinked('Also lonely')).toBe(true);

    // Several edits before the frame: one run, on the last.
    act(() => {
      editor.run('addCard', { stage: 'outcome', title: 'Third' });
      editor.run('addCard', { stage: 'impact', title: 'Fourth' });
    });
    expect(calls.runChecks).toBe(before + 1);
    await nextFrame();
    expect(calls.runChecks).toBe(before + 2);
    expect([unlinked('Third'), unlinked('Fourth')]).toEqual([true, true]);
  });

  it('a card’s list of link targets is made when it is used, and follows the theory after an edit, not in it', async () => {
    const e = new Editor(emptyDocument('en'));
    e.run('addCard', { stage: 'input', title: 'From' });
    e.run('addCard', { stage: 'action', title: 'To' });
    const { editor } = renderWithServices(<CardLinks cardId="c1" />, { doc: e.document });
    const options = () => screen.getAllByRole('option').map((o) => o.textContent);
    // Listed once the list is used, not when the card is shown.
    expect(options()).toHaveLength(1);
    expect(calls.linkCandidates).toBe(0);
    fireEvent.focus(screen.getByRole('combobox'));
    expect(options()).toHaveLength(2);
    const before = calls.linkCandidates;

    act(() => void editor.run('addCard', { stage: 'outcome', title: 'New' }));
    expect(calls.linkCandidates).toBe(before);
    await nextFrame();
    expect(calls.linkCandidates).toBe(before + 1);
    expect(options()).toContain('Outcomes — New');
  });

  it('a card’s target-group suggestions follow the theory after an edit elsewhere, not in it', async () => {
    const e = new Editor(emptyDocument('en'));
    e.run('addCard', { stage: 'input', title: 'Shown' });
    e.run('addCard', { stage: 'action', title: 'Elsewhere' });
    const { editor } = renderWithServices(
      (services) => {
        const c = services.editor.theory.cards.c1!;
        return <ResearchTags cardId={c.id} empowerment={c.empowerment} dimensions={c.dimensions} rungs={c.rungs} targetGroups={c.targetGroups} />;
      },
      { doc: e.document },
    );
    const offered = () => screen.queryByRole('button', { name: 'Add target group Parents' }) !== null;
    expect(offered()).toBe(false);
    const before = calls.targetGroupSuggestions;

    act(() => void editor.run('updateCard', { id: 'c2', changes: { targetGroups: ['Parents'] } }));
    // The edit has rendered; the suggestions have not been gone through again.
    expect(calls.targetGroupSuggestions).toBe(before);
    expect(offered()).toBe(false);

    await nextFrame();
    expect(calls.targetGroupSuggestions).toBe(before + 1);
    expect(offered()).toBe(true);

    // A rename elsewhere: once, after the frame, and the suggestion stays.
    act(() => void editor.run('updateCard', { id: 'c2', changes: { title: 'Renamed' } }));
    expect(calls.targetGroupSuggestions).toBe(before + 1);
    await nextFrame();
    expect(calls.targetGroupSuggestions).toBe(before + 2);
    expect(offered()).toBe(true);
  });

  it('the matrix and the summary work out nothing while closed', async () => {
    const doc = templateByName('kdg-aio')!.create('en');
    const { editor, ui } = renderWithServices(
      <>
        <MatrixPanel />
        <SummaryPanel />
      </>,
      { doc },
    );
    const id = Object.keys(editor.theory.cards)[0]!;
    act(() => void editor.run('updateCard', { id, changes: { title: 'Renamed while closed' } }));
    act(() => void editor.run('addCard', { stage: 'impact', title: 'Added while closed' }));
    await nextFrame();
    expect(calls).toMatchObject({ computeMatrix: 0, summarise: 0 });

    act(() => ui.set({ matrixOpen: true, summaryOpen: true }));
    expect(calls).toMatchObject({ computeMatrix: 1, summarise: 1 });
    expect(screen.getByRole('table')).toBeTruthy();
    act(() => void editor.run('updateCard', { id, changes: { title: 'Renamed while open' } }));
    expect(calls).toMatchObject({ computeMatrix: 2, summarise: 2 });

    act(() => ui.set({ matrixOpen: false, summaryOpen: false }));
    act(() => void editor.run('updateCard', { id, changes: { title: 'Closed again' } }));
    expect(calls).toMatchObject({ computeMatrix: 2, summarise: 2 });
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('the file-size measurement of the limit check', () => {
  it('is taken when the page is idle after a load, so the first edit does not serialise the file', async () => {
    const { editor } = renderWithServices(<FileSizeAhead />);
    const doc = templateByName('kdg-aio')!.create('en');
    act(() => editor.load(doc));
    expect(knownBytes(editor.document)).toBeUndefined();
    await waitFor(() => expect(knownBytes(doc)).toBe(byteLength(serializeDocument(doc))));

    calls.serializeDocument = 0;
    const id = Object.keys(editor.theory.cards)[0]!;
    act(() => void editor.run('updateCard', { id, changes: { title: 'First edit' } }));
    expect(calls.serializeDocument).toBe(0);
    // …and the estimate moved along is the file's size.
    expect(knownBytes(editor.document)).toBe(byteLength(serializeDocument(editor.document)));
  });
});

function FileSizeAhead() {
  useFileSizeAhead(useServices().editor);
  return null;
}

useCanvasSize();

/** React Flow's store, as the canvas filled it. */
let flowStore: ReturnType<typeof useStoreApi> | null = null;
function FlowStore() {
  flowStore = useStoreApi();
  return null;
}

describe('a rename on the canvas (1,000 cards)', () => {
  it('keeps every edge object and every other node object; the arrows at the card are named by its new title', async () => {
    const { editor } = renderWithServices(
      <div style={{ width: 1200, height: 800 }}>
        <Canvas />
        <FlowStore />
      </div>,
      { doc: generateTheory(1000) },
    );
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    const shownLinks = [...document.querySelectorAll('.react-flow__edge')].map((el) => el.getAttribute('data-id')!);
    const link = editor.theory.links[shownLinks[0]!]!;
    const label = () => document.querySelector(`.react-flow__edge[data-id="${link.id}"]`)?.getAttribute('aria-label');
    const rationale = link.rationale.trim();
    expect(label()).toBe(`Link from ${editor.theory.cards[link.from]!.title} to ${editor.theory.cards[link.to]!.title}, ${rationale ? `Rationale: ${rationale}` : 'without rationale'}`);

    const { edges, nodes } = flowStore!.getState();
    const title = editor.theory.cards[link.to]!.title;
    act(() => void editor.run('updateCard', { id: link.to, changes: { title: 'Hernoemd' } }));
    const after = flowStore!.getState();
    expect(after.edges).toBe(edges);
    expect(after.edges.every((edge, i) => edge === edges[i])).toBe(true);
    const old = new Map(nodes.map((n) => [n.id, n]));
    expect(after.nodes.filter((n) => old.get(n.id) !== n).map((n) => n.id)).toEqual([link.to]);
    expect(label()).toContain(' to Hernoemd, ');

    act(() => void editor.undo());
    expect(flowStore!.getState().edges).toBe(edges);
    expect(label()).toContain(` to ${title}, `);
  });
});
