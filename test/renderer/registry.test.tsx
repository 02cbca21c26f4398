// @vitest-environment happy-dom
import './setup';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS, MENU_LABELS, MENU_ORDER, keysOf, menuEntries, type ActionDef, type ActionId } from '../../shared/actions';
import { BEHAVIOURS } from '../../renderer/actions/registry';
import { displayAccelerator, parseAccelerator } from '../../renderer/actions/accelerator';
import { actionsForKey, useKeyboard } from '../../renderer/actions/useKeyboard';
import { useActions } from '../../renderer/actions/useActions';
import { canvasHelp } from '../../renderer/actions/help';
import { MenuBar } from '../../renderer/panels/MenuBar';
import { Toolbar } from '../../renderer/panels/Toolbar';
import { ShortcutList } from '../../renderer/dialogs/ShortcutList';
import { recordingBehaviours, renderWithActions } from './renderActions';

afterEach(cleanup);

const all = ACTIONS as readonly ActionDef[];
const id = (action: ActionDef) => action.id as ActionId;

/** The DOM key event an accelerator stands for (Ctrl for CmdOrCtrl: not a Mac). */
function keyEventFor(accelerator: string): KeyboardEventInit {
  const chord = parseAccelerator(accelerator);
  const names: Record<string, string> = { arrowup: 'ArrowUp', arrowdown: 'ArrowDown', arrowleft: 'ArrowLeft', arrowright: 'ArrowRight', enter: 'Enter', escape: 'Escape', delete: 'Delete', backspace: 'Backspace' };
  const key = names[chord.key] ?? (/^f\d+$/.test(chord.key) ? chord.key.toUpperCase() : chord.shift && chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
  return { key, ctrlKey: chord.mod, shiftKey: chord.shift, altKey: chord.alt, metaKey: false, bubbles: true, cancelable: true };
}

describe('the action registry', () => {
  it('gives every declared action a behaviour, and no behaviour lacks a declaration', () => {
    expect(Object.keys(BEHAVIOURS).sort()).toEqual(all.map((a) => a.id).sort());
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
  });

  it('never binds one key to two actions that could answer it at the same place', () => {
    const seen = new Map<string, string>();
    for (const action of all) {
      for (const key of [...keysOf(action, false), ...keysOf(action, true)]) {
        const chord = parseAccelerator(key);
        const slot = `${action.keyScope ?? 'page'}:${JSON.stringify(chord)}`;
        const other = seen.get(slot);
        expect(other === undefined || other === action.id, `${key}: ${other} and ${action.id}`).toBe(true);
        seen.set(slot, action.id);
      }
    }
  });

  it('labels every action in both languages, and a toolbar text is part of its label (WCAG 2.5.3)', () => {
    for (const action of all) {
      for (const language of ['nl', 'en'] as const) {
        expect(action.label[language].trim(), `${action.id} ${language}`).not.toBe('');
        const short = action.toolbar?.short;
        const text = typeof short === 'string' ? short : short?.[language];
        // Symbols (+, ↶) are not compared, as axe-core's label-content-name-mismatch does not.
        const words = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
        if (text && /\p{L}{2,}/u.test(text)) expect(words(action.label[language]), action.id).toContain(words(text));
      }
    }
  });
});

describe('every surface shows and runs what the registry says', () => {
  it('menu bar: each menu lists its actions in registry order, with their state and first key, and runs the one chosen', () => {
    const calls: ActionId[] = [];
    const { actions } = renderWithActions(<MenuBar />, { behaviours: recordingBehaviours(calls) });
    const bar = screen.getByRole('menubar');
    for (const menu of MENU_ORDER) {
      fireEvent.click(within(bar).getByRole('menuitem', { name: MENU_LABELS.en[menu] }));
      const list = screen.getByRole('menu', { name: MENU_LABELS.en[menu] });
      const shown = [...list.querySelectorAll<HTMLElement>('[data-action]')];
      const declared = menuEntries(menu).flatMap((e) => (e.kind === 'action' ? [e.action] : e.kind === 'submenu' ? e.actions : []));
      expect(shown.map((el) => el.dataset.action), menu).toEqual(declared.map((a) => a.id));
      for (const [i, el] of shown.entries()) {
        const action = declared[i]!;
        expect(el.textContent).toContain(action.label.en);
        expect(el.getAttribute('role')).toBe(action.toggle === 'radio' ? 'menuitemradio' : action.toggle === 'check' ? 'menuitemcheckbox' : 'menuitem');
        if (action.toggle) expect(el.getAttribute('aria-checked')).toBe(String(actions.isChecked(id(action))));
        const key = keysOf(action, false)[0];
        // The browser keeps some shortcuts for itself; those are not shown (see shownAccelerator).
        if (key && !['CmdOrCtrl+N', 'CmdOrCtrl+Shift+N', 'CmdOrCtrl+W'].includes(key)) expect(el.querySelector('kbd')?.textContent, action.id).toBe(displayAccelerator(key, false));
      }
      // A separator for every group boundary.
      expect(list.querySelectorAll('[role="separator"]').length).toBe(menuEntries(menu).filter((e) => e.kind === 'separator').length);
      for (const action of declared) {
        if (!screen.queryByRole('menu')) fireEvent.click(within(bar).getByRole('menuitem', { name: MENU_LABELS.en[menu] }));
        fireEvent.click(screen.getByRole('menu').querySelector(`[data-action="${action.id}"]`)!);
      }
      expect(calls.splice(0), menu).toEqual(declared.map((a) => a.id));
    }
  });

  it('toolbar: a button (or a drop-down option) for each toolbar action, pressed and disabled as the registry says', () => {
    const calls: ActionId[] = [];
    const { actions } = renderWithActions(<Toolbar />, { behaviours: recordingBehaviours(calls) });
    const toolbar = screen.getByRole('toolbar');
    const placed = all.filter((a) => a.toolbar);
    const buttons = [...toolbar.querySelectorAll<HTMLButtonElement>('button[data-action]')];
    const options = [...toolbar.querySelectorAll<HTMLOptionElement>('option')];
    expect([...buttons.map((b) => b.dataset.action), ...options.map((o) => o.value)].sort()).toEqual(placed.map((a) => a.id).sort());
    for (const button of buttons) {
      const action = id({ id: button.dataset.action! } as ActionDef);
      expect(button.getAttribute('aria-label') ?? button.textContent).toBe(actions.label(action));
      expect(button.disabled).toBe(!actions.isEnabled(action));
      if (actions.def(action).toggle === 'check') expect(button.getAttribute('aria-pressed')).toBe(String(actions.isChecked(action)));
      fireEvent.click(button);
      expect(calls.pop()).toBe(action);
    }
    for (const option of options) {
      const select = option.closest('select')!;
      fireEvent.change(select, { target: { value: option.value } });
      expect(calls.pop()).toBe(option.value);
    }
  });

  it('keyboard: every key of every action runs that action where its scope says', () => {
    const calls: ActionId[] = [];
    function Keys() {
      useKeyboard(useActions(), false);
      return (
        <aside id="inspector">
          <div className="inspector-body">
            <input aria-label="field" />
          </div>
        </aside>
      );
    }
    renderWithActions(<Keys />, { behaviours: recordingBehaviours(calls) });
    const field = screen.getByLabelText('field');
    for (const action of all) {
      for (const key of keysOf(action, false)) {
        const init = keyEventFor(key);
        const target = action.keyScope === 'inspector' ? field : document.body;
        act(() => void fireEvent.keyDown(target, init));
        // Clipboard keys are left to the browser, whose copy/cut/paste events carry the data.
        const expected = action.editRole === 'copy' || action.editRole === 'cut' || action.editRole === 'paste' ? [] : [action.id];
        expect(calls.splice(0), `${key} → ${action.id}`).toEqual(expected);
        expect(actionsForKey({ ...init, key: init.key!, ctrlKey: !!init.ctrlKey, shiftKey: !!init.shiftKey, altKey: !!init.altKey, metaKey: false, target }, { nativeMenus: false, mac: false })[0] ?? null).toBe(
          expected[0] ?? null,
        );
      }
    }
  });

  it('shortcuts dialog: a row for each action with keys, showing all of them', () => {
    renderWithActions(<ShortcutList />);
    for (const action of all) {
      const keys = keysOf(action, false).filter((k) => !['CmdOrCtrl+N', 'CmdOrCtrl+Shift+N', 'CmdOrCtrl+W'].includes(k));
      const row = document.querySelector(`[data-action="${action.id}"]`);
      if (keys.length === 0) {
        expect(row, action.id).toBeNull();
        continue;
      }
      expect(row, action.id).not.toBeNull();
      expect([...row!.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(keys.map((k) => displayAccelerator(k, false)));
      expect(row!.textContent).toContain(action.label.en);
    }
  });

  it('the canvas description names the keys of the actions marked for it', () => {
    const text = canvasHelp('en', false);
    for (const action of all.filter((a) => a.canvasHint)) expect(text).toContain(`${displayAccelerator(keysOf(action, false)[0]!, false)}`);
    expect(text).toContain('Linked card in next stage');
  });
});
