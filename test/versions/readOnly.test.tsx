// @vitest-environment happy-dom
import '../renderer/setup';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyDiff } from '../../shared/diff';
import { CommandError, runCommand } from '../../shared/commands';
import { Editor } from '../../shared/editor';
import { describeCommandError } from '../../shared/i18n/commandErrors';
import { loadDocument } from '../../shared/format/parse';
import type { WerkzaamDocument } from '../../shared/model';
import { saveVersion } from '../../shared/versions/store';
import { VersionsPanel } from '../../renderer/versions/VersionsPanel';
import { VersionViewer } from '../../renderer/versions/VersionViewer';
import { renderWithServices } from '../renderer/render';
import { Dialogs } from '../../renderer/dialogs/Dialogs';
import { useActions } from '../../renderer/actions/useActions';
import { useKeyboard } from '../../renderer/actions/useKeyboard';
import { clipboardTextToFragment } from '../../shared/clipboard';

afterEach(cleanup);

const kdg = () => loadDocument(readFileSync(join(__dirname, '../fixtures/valid/kdg-aio.werkzaam'), 'utf8'));
const meta = (label: string) => ({ label, author: '', note: '', created: '2026-12-02T06:00:00Z' });

/** The KdG theory with V1, then c5 retitled, V2, then a card added (now differs from V2). */
function twoVersions(): { doc: WerkzaamDocument; v1: string; v2: string } {
  let doc = kdg();
  const first = saveVersion(doc, meta('V1'));
  doc = applyDiff(doc, first.diff);
  doc = runCommand(doc, 'updateCard', { id: 'c5', changes: { title: 'Jobcoaching' } }).document;
  const second = saveVersion(doc, meta('V2'));
  doc = applyDiff(doc, second.diff);
  doc = runCommand(doc, 'addCard', { stage: 'impact', title: 'Minder uitval' }).document;
  return { doc, v1: first.id, v2: second.id };
}

describe('a locked editor (a saved version shown read-only)', () => {
  it('refuses every change with the error it was given and changes nothing; unlock and load end the lock', () => {
    const editor = new Editor(kdg());
    editor.run('updateCard', { id: 'c5', changes: { title: 'Eerst' } });
    const before = editor.document;
    editor.lock(() => new CommandError('read-only', 'read-only', { label: 'V1' }));
    expect(editor.locked).toBe(true);
    expect(() => editor.run('deleteCards', { ids: ['c5'] })).toThrow(CommandError);
    expect(() => editor.undo()).toThrow(/read-only/);
    expect(() => editor.redo()).toThrow(/read-only/);
    const other = runCommand(before, 'deleteCards', { ids: ['c6'] });
    expect(() => editor.apply(other.diff)).toThrow(/read-only/);
    expect(editor.document).toBe(before);
    expect(editor.canUndo()).toBe(true);
    editor.unlock();
    expect(editor.undo()).toBe(true);
    expect(editor.theory.cards.c5!.title).not.toBe('Eerst');
    editor.lock(() => new CommandError('read-only', 'read-only', { label: 'V1' }));
    editor.load(kdg());
    expect(editor.locked).toBe(false);
  });

  it('puts the refusal into words in both languages, naming the version', () => {
    const error = new CommandError('read-only', 'read-only', { label: 'Voor de workshop' });
    expect(describeCommandError(error, 'en')).toBe('you are looking at version "Voor de workshop", which is read-only. Go back to the current theory to make changes.');
    expect(describeCommandError(error, 'nl')).toBe('u bekijkt versie "Voor de workshop", die alleen gelezen kan worden. Ga terug naar de theorie van nu om te wijzigen.');
  });
});

describe('opening a version read-only and comparing two saved versions (registry actions)', () => {
  it('versions.view locks the theory: a delete is refused with a toast, the theory stays; versions.endView takes edits again', () => {
    const { doc, v1 } = twoVersions();
    const { editor, ui, actions } = renderWithServices(<VersionsPanel />, { doc, ui: { versionsOpen: true } });
    fireEvent.click(screen.getByRole('button', { name: 'Open read-only: V1' }));
    expect(ui.get().viewingVersion).toBe(v1);
    expect(editor.locked).toBe(true);
    // Saving, renaming or deleting a version waits until the theory is back.
    expect(actions.isEnabled('versions.save')).toBe(false);
    expect(actions.isEnabled('versions.rename')).toBe(false);
    const theory = editor.theory;
    act(() => ui.set({ selection: { cards: ['c6'], links: [] } }));
    act(() => void actions.run('edit.delete'));
    expect(editor.theory).toBe(theory);
    expect(ui.get().toast).toBe('Not possible: you are looking at version "V1", which is read-only. Go back to the current theory to make changes.');
    act(() => void actions.run('versions.endView'));
    expect(ui.get().viewingVersion).toBeNull();
    expect(editor.locked).toBe(false);
    act(() => ui.set({ selection: { cards: ['c6'], links: [] } }));
    act(() => void actions.run('edit.delete'));
    expect(editor.theory.cards.c6).toBeUndefined();
  });

  it('Compare two versions: From V1 To V2 shows V2 read-only with the changes between them; To now compares with the theory', () => {
    const { doc, v1, v2 } = twoVersions();
    const { ui, editor } = renderWithServices(<VersionsPanel />, { doc, ui: { versionsOpen: true } });
    const form = screen.getByRole('region', { name: 'Compare two versions' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'From' }), { target: { value: v1 } });
    fireEvent.change(within(form).getByRole('combobox', { name: 'To' }), { target: { value: v2 } });
    fireEvent.click(within(form).getByRole('button', { name: 'Compare versions' }));
    expect(ui.get()).toMatchObject({ comparingVersion: v1, viewingVersion: v2 });
    expect(editor.locked).toBe(true);
    const list = screen.getByRole('region', { name: 'Changes from "V1" to "V2"' });
    const entries = within(list).getAllByRole('listitem').map((li) => li.textContent);
    // The title changed between them; the card added after V2 is not among them.
    expect(entries).toHaveLength(1);
    expect(entries[0]).toContain('"Jobcoaching": title changed');
    // The same version twice is refused before anything happens.
    fireEvent.change(within(form).getByRole('combobox', { name: 'To' }), { target: { value: v1 } });
    expect(within(form).getByRole('button', { name: 'Compare versions' })).toHaveProperty('disabled', true);
    fireEvent.change(within(form).getByRole('combobox', { name: 'To' }), { target: { value: 'now' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Compare versions' }));
    expect(ui.get()).toMatchObject({ comparingVersion: v1, viewingVersion: null });
    expect(editor.locked).toBe(false);
    const since = screen.getByRole('region', { name: 'Changes since "V1"' });
    expect(within(since).getAllByRole('listitem').map((li) => li.textContent).some((e) => e?.includes('Minder uitval'))).toBe(true);
  });

  it('the viewer shows the version (its banner, its titles) with every inspector field disabled; restore from the banner is one undo step', async () => {
    const { doc, v1 } = twoVersions();
    const { editor, ui } = renderWithServices(
      <div style={{ width: 1200, height: 800, display: 'flex' }}>
        <VersionViewer id={v1} side={null} />
      </div>,
      { doc, ui: { viewingVersion: v1 } },
    );
    const banner = screen.getByRole('region', { name: 'Version read-only' });
    expect(banner.textContent).toContain('You are looking at version "V1"');
    act(() => ui.set({ selection: { cards: ['c5'], links: [] } }));
    // The panel follows the selection once the canvas has painted it (useAfterPaint).
    const inspector = screen.getByRole('complementary', { name: /properties/i });
    const title = await vi.waitFor(() => {
      const field = within(inspector).getByRole('textbox', { name: /^Title/ }) as HTMLInputElement;
      expect(field.value).toBe('Arbeidsmatige ondersteuning op de werkvloer');
      return field;
    });
    expect(title.closest('fieldset')?.disabled).toBe(true);
    expect(inspector.tabIndex).toBe(0);
    // The theory itself still has the later title; restoring V1 brings the older one back, one undo away.
    expect(editor.theory.cards.c5!.title).toBe('Jobcoaching');
    editor.lock(() => new CommandError('read-only', 'read-only', { label: 'V1' }));
    fireEvent.click(within(banner).getByRole('button', { name: 'Restore: V1' }));
    expect(editor.locked).toBe(false);
    expect(ui.get().viewingVersion).toBeNull();
    expect(editor.theory.cards.c5!.title).toBe('Arbeidsmatige ondersteuning op de werkvloer');
    expect(Object.values(editor.theory.cards).some((c) => c.title === 'Minder uitval')).toBe(false);
    expect(editor.undo()).toBe(true);
    expect(editor.theory.cards.c5!.title).toBe('Jobcoaching');
  });

  it('the arrow keys go by the version shown: below its last Impact card there is nothing, not the card added since', () => {
    const { doc, v1 } = twoVersions();
    const added = Object.values(doc.theory.cards).find((c) => c.title === 'Minder uitval')!;
    const impact = Object.values(doc.theory.cards).filter((c) => c.stage === 'impact' && c.id !== added.id);
    const lowest = impact.reduce((a, b) => (b.position.y > a.position.y ? b : a));
    const { ui, actions } = renderWithServices(<VersionsPanel />, { doc, ui: { versionsOpen: true } });
    act(() => ui.set({ selection: { cards: [lowest.id], links: [] } }));
    // The theory now: down from there is the card added since.
    act(() => void actions.run('nav.down'));
    expect(ui.get().selection.cards).toEqual([added.id]);
    act(() => void actions.run('versions.view', v1));
    act(() => ui.set({ selection: { cards: [lowest.id], links: [] } }));
    act(() => void actions.run('nav.down'));
    expect(ui.get().selection.cards).toEqual([lowest.id]);
    act(() => void actions.run('nav.up'));
    expect(ui.get().selection.cards).not.toEqual([lowest.id]);
    expect(impact.map((c) => c.id)).toContain(ui.get().selection.cards[0]);
  });
});

/** The panel, the dialogs and the window's keys (with its clipboard events), as in the app. */
function Window() {
  useKeyboard(useActions(), false);
  return (
    <>
      <VersionsPanel />
      <Dialogs />
    </>
  );
}

/** A copy or cut event as the browser sends it; what it put on the clipboard. */
function clipboardEvent(kind: 'copy' | 'cut') {
  const data = new Map<string, string>();
  const event = new Event(kind, { bubbles: true, cancelable: true });
  Object.assign(event, { clipboardData: { setData: (type: string, text: string) => void data.set(type, text), getData: (type: string) => data.get(type) ?? '' } });
  act(() => void document.dispatchEvent(event));
  return { prevented: event.defaultPrevented, text: data.get('text/plain') ?? '' };
}
const copiedTitles = (text: string) => (clipboardTextToFragment(text)?.cards ?? []).map((c) => c.title).sort();

describe('what you see is what you copy and export (a saved version shown read-only)', () => {
  it("select all and copy take the version's cards; cut is greyed out and refused; JSON and SVG export the version, the dialog saying so; back to now, they take the theory now", async () => {
    const { doc, v1 } = twoVersions();
    const original = 'Arbeidsmatige ondersteuning op de werkvloer';
    const { editor, ui, actions, platform } = renderWithServices(<Window />, { doc, ui: { versionsOpen: true } });
    act(() => void actions.run('versions.view', v1));

    // Select all selects what is drawn: V1's cards, not the card added since.
    act(() => void actions.run('edit.selectAll'));
    const added = Object.values(editor.theory.cards).find((c) => c.title === 'Minder uitval')!;
    expect(ui.get().selection.cards).not.toContain(added.id);
    expect(ui.get().selection.cards).toHaveLength(Object.keys(editor.theory.cards).length - 1);
    act(() => ui.set({ selection: { cards: ['c5', added.id], links: [] } }));
    const copy = clipboardEvent('copy');
    expect(copy.prevented).toBe(true);
    // c5 as V1 has it (the theory now calls it "Jobcoaching"); the card V1 lacks is not copied.
    expect(copiedTitles(copy.text)).toEqual([original]);

    // Cut: greyed out in the menu; its key copies nothing and is refused like any edit.
    expect(actions.isEnabled('edit.cut')).toBe(false);
    const cut = clipboardEvent('cut');
    expect(cut).toEqual({ prevented: true, text: '' });
    expect(ui.get().toast).toContain('you are looking at version "V1", which is read-only');
    expect(editor.theory.cards.c5).toBeDefined();

    // JSON: the file with V1's theory (its versions kept), named after the version.
    await act(async () => void actions.run('export.json'));
    await vi.waitFor(() => expect(platform.exports).toHaveLength(1));
    const json = platform.exports[0]!;
    expect(json.name).toMatch(/ \(V1\)\.json$/);
    const exported = loadDocument(json.data as string);
    expect(exported.theory.cards.c5!.title).toBe(original);
    expect(Object.values(exported.theory.cards).some((c) => c.title === 'Minder uitval')).toBe(false);
    expect(exported.versions.map((v) => v.label)).toEqual(['V1', 'V2']);

    // SVG: the dialog says which version goes out; the drawing has V1's titles.
    await act(async () => void actions.run('export.svg'));
    const dialog = screen.getByRole('dialog', { name: 'Drawing of the chain (SVG)' });
    expect(dialog.textContent).toContain('This exports version "V1", shown now (read-only), not the current theory.');
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Export' })));
    await vi.waitFor(() => expect(platform.exports).toHaveLength(2));
    const svg = platform.exports[1]!;
    expect(svg.name).toMatch(/ \(V1\)\.svg$/);
    expect(svg.data as string).toContain('Arbeidsmatige');
    expect(svg.data as string).not.toContain('Jobcoaching');
    expect(svg.data as string).not.toContain('Minder uitval');

    // Back to the theory now: copy and export take it again, and the dialog has nothing to say.
    act(() => void actions.run('versions.endView'));
    act(() => ui.set({ selection: { cards: ['c5', added.id], links: [] } }));
    expect(copiedTitles(clipboardEvent('copy').text)).toEqual(['Jobcoaching', 'Minder uitval']);
    expect(actions.isEnabled('edit.cut')).toBe(true);
    await act(async () => void actions.run('export.json'));
    await vi.waitFor(() => expect(platform.exports).toHaveLength(3));
    expect(platform.exports[2]!.name).not.toContain('(V1)');
    expect(loadDocument(platform.exports[2]!.data as string).theory.cards.c5!.title).toBe('Jobcoaching');
    await act(async () => void actions.run('export.svg'));
    expect(screen.getByRole('dialog').textContent).not.toContain('This exports version');
  });
});
