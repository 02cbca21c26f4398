import { describe, expect, it } from 'vitest';
import { CommandError } from '../../shared/commands';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { commandErrorStrings, describeCommandError } from '../../shared/i18n/commandErrors';

function refusal(run: (e: Editor) => void): CommandError {
  const e = new Editor(emptyDocument('en'));
  e.run('addCard', { stage: 'input', title: 'A' });
  e.run('addCard', { stage: 'action', title: 'B' });
  e.run('connect', { from: 'c1', to: 'c2' });
  try {
    run(e);
  } catch (error) {
    if (error instanceof CommandError) return error;
    throw error;
  }
  throw new Error('the command was not refused');
}

describe('refused commands in the user’s words', () => {
  it('a self-link and a repeated link, in Dutch and English, without internal ids', () => {
    const self = refusal((e) => e.run('connect', { from: 'c1', to: 'c1' }));
    expect(describeCommandError(self, 'nl')).toBe('een kaart kan niet met zichzelf verbonden worden.');
    const again = refusal((e) => e.run('connect', { from: 'c1', to: 'c2' }));
    expect(describeCommandError(again, 'en')).toBe('these cards are already linked.');
    expect(describeCommandError(again, 'nl')).not.toMatch(/l1/);
  });

  it('names the text limit in the language’s own number format', () => {
    const long = refusal((e) => e.run('updateCard', { id: 'c1', changes: { title: 'x'.repeat(100_001) } }));
    expect(describeCommandError(long, 'nl')).toBe('een tekst mag hoogstens 100.000 tekens lang zijn.');
    expect(describeCommandError(long, 'en')).toBe('a text may hold at most 100,000 characters.');
  });

  it('an unknown code still gives a sentence, and both languages have the same codes', () => {
    expect(describeCommandError(new CommandError('something-new', 'x'), 'nl')).toBe('de wijziging is niet uitgevoerd.');
    expect(Object.keys(commandErrorStrings.nl).sort()).toEqual(Object.keys(commandErrorStrings.en).sort());
  });
});

describe('a refused command in the editor', () => {
  it('shows as a toast in the UI language; any other error is thrown on', async () => {
    const { createUiStore } = await import('../../renderer/state/uiStore');
    const { toastCommandError } = await import('../../renderer/state/commandErrorToast');
    const ui = createUiStore({ language: 'nl' });
    toastCommandError(ui, new CommandError('self-link', 'A card cannot be linked to itself.'));
    expect(ui.get().toast).toBe('Dat kan niet: een kaart kan niet met zichzelf verbonden worden.');
    expect(() => toastCommandError(ui, new TypeError('bug'))).toThrow('bug');
  });
});
