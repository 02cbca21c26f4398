// @vitest-environment happy-dom
import './setup';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Inspector } from '../../renderer/inspector/Inspector';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { FakePlatform } from '../support/fakePlatform';
import { renderWithServices } from './render';

afterEach(cleanup);

const library = () => screen.getByRole('region', { name: 'My library' });

describe('the personal instrument library in the inspector (#11)', () => {
  it('keeps an instrument of one theory, adds it to another, replaces it by name and forgets it', async () => {
    const platform = new FakePlatform();
    const a = new Editor(emptyDocument('nl'));
    a.run('addInstrument', { preset: 'mpe' });
    a.run('updateInstrument', { id: 'm1', changes: { scale: '1–5' } });
    const first = renderWithServices(<Inspector />, { doc: a.document, platform });
    await waitFor(() => expect(within(library()).getByText(/Nothing kept yet/)).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: /^Keep in my library: MPE/ }));
    await waitFor(() => expect(first.ui.get().toast).toBe('MPE (Meetschaal voor Psychologisch Empowerment) is now in your library.'));
    expect(platform.storedLibrary).toEqual([{ name: 'Meetschaal voor Psychologisch Empowerment', abbreviation: 'MPE', measures: 'Psychologisch empowerment', reference: expect.stringContaining('20(4)'), factors: ['intrapsychisch', 'interpsychisch', 'gedragsmatig'], scale: '1–5' }]);
    expect(within(library()).getByText('MPE (Meetschaal voor Psychologisch Empowerment)')).toBeTruthy();
    // Kept again after a change: the entry of that name is replaced, not doubled.
    fireEvent.change(screen.getByLabelText('Scale range'), { target: { value: '1–7' } });
    fireEvent.click(screen.getByRole('button', { name: /^Keep in my library: MPE/ }));
    await waitFor(() => expect(first.ui.get().toast).toMatch(/in your library is updated/));
    expect((platform.storedLibrary as { scale: string }[]).map((i) => i.scale)).toEqual(['1–7']);
    cleanup();

    // Another theory, another window: the library is read from the settings.
    const { editor, ui } = renderWithServices(<Inspector />, { doc: emptyDocument('en'), platform });
    const add = await screen.findByRole('button', { name: 'Add from my library: MPE (Meetschaal voor Psychologisch Empowerment)' });
    fireEvent.click(add);
    await waitFor(() => expect(editor.theory.instruments).toHaveLength(1));
    expect(editor.theory.instruments[0]).toMatchObject({ id: 'm1', abbreviation: 'MPE', scale: '1–7', factors: ['intrapsychisch', 'interpsychisch', 'gedragsmatig'] });
    expect(editor.historySize.undo).toBe(1);
    await waitFor(() => expect(document.activeElement?.closest('[data-instrument-id="m1"]')).toBeTruthy());
    // Once per theory: a second copy would split its indicators over two.
    fireEvent.click(add);
    await waitFor(() => expect(ui.get().toast).toBe('MPE (Meetschaal voor Psychologisch Empowerment) is already among this theory’s instruments.'));
    expect(editor.theory.instruments).toHaveLength(1);

    fireEvent.click(within(library()).getByRole('button', { name: /^Forget from my library: MPE/ }));
    await waitFor(() => expect(ui.get().toast).toBe('MPE (Meetschaal voor Psychologisch Empowerment) is forgotten from your library.'));
    expect(platform.storedLibrary).toEqual([]);
    expect(within(library()).getByText(/Nothing kept yet/)).toBeTruthy();
    // The theory keeps its copy.
    expect(editor.theory.instruments).toHaveLength(1);
    await waitFor(() => expect(document.activeElement?.id).toBe('personal-instruments-heading'));
  });

  it('shows what it could read of a bad stored library and names the rest, in Dutch too', async () => {
    const platform = new FakePlatform();
    platform.storedLibrary = [{ abbreviation: 'MPE', name: 'Meetschaal', factors: 'intrapsychisch' }, 42];
    renderWithServices(<Inspector />, { doc: emptyDocument('nl'), platform, ui: { language: 'nl' } });
    const region = await screen.findByRole('region', { name: 'Mijn bibliotheek' });
    await waitFor(() => expect(within(region).getByRole('status').textContent).toContain('Niet alles in je bibliotheek kon worden gelezen'));
    const items = within(within(region).getByRole('status')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['item 1 (MPE): het veld "Factoren of items" is leeg gelaten: verkeerd soort waarde.', 'item 2 is geen instrument en is weggelaten.']);
    expect(within(region).getByRole('button', { name: 'Toevoegen uit mijn bibliotheek: MPE (Meetschaal)' })).toBeTruthy();
  });

  it('says so when the library cannot be kept, and keeps showing what is kept', async () => {
    const platform = new FakePlatform();
    platform.failNextLibraryWrite = new Error('storage is full');
    const a = new Editor(emptyDocument('en'));
    a.run('addInstrument', { preset: 'mbe' });
    const { ui } = renderWithServices(<Inspector />, { doc: a.document, platform });
    await waitFor(() => expect(ui.get().personalLibrary).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Keep in my library: MBE' }));
    await waitFor(() => expect(ui.get().toast).toBe('Your library could not be kept: storage is full'));
    expect(platform.storedLibrary).toBeUndefined();
    expect(within(library()).getByText(/Nothing kept yet/)).toBeTruthy();
  });
});
