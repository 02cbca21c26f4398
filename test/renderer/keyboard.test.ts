// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { displayAccelerator, isEditableTarget, matches, parseAccelerator } from '../../renderer/actions/accelerator';
import { actionForKey } from '../../renderer/actions/useKeyboard';

const key = (k: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}, target: EventTarget | null = document.body, code?: string) => ({
  key: k,
  code,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
  target,
});
const pc = { nativeMenus: false, mac: false };

describe('accelerators', () => {
  it('parses and matches CmdOrCtrl per platform', () => {
    const chord = parseAccelerator('CmdOrCtrl+Shift+Z');
    expect(chord).toEqual({ mod: true, shift: true, alt: false, key: 'z' });
    expect(matches(chord, key('Z', { ctrl: true, shift: true }), false)).toBe(true);
    expect(matches(chord, key('z', { meta: true, shift: true }), true)).toBe(true);
    expect(matches(chord, key('z', { ctrl: true, shift: true }), true)).toBe(false);
    expect(matches(chord, key('z', { ctrl: true }), false)).toBe(false);
  });
  it('shows shortcuts the way each platform writes them', () => {
    expect(displayAccelerator('CmdOrCtrl+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(displayAccelerator('CmdOrCtrl+Shift+S', true)).toBe('⌘⇧S');
    expect(displayAccelerator('Delete', false)).toBe('Delete');
  });
});

describe('which action a key means', () => {
  it('undo, redo (both spellings), save, find, duplicate, linked card', () => {
    expect(actionForKey(key('z', { ctrl: true }), pc)).toBe('edit.undo');
    expect(actionForKey(key('z', { ctrl: true, shift: true }), pc)).toBe('edit.redo');
    expect(actionForKey(key('y', { ctrl: true }), pc)).toBe('edit.redo');
    expect(actionForKey(key('s', { ctrl: true }), pc)).toBe('file.save');
    expect(actionForKey(key('f', { ctrl: true }), pc)).toBe('edit.find');
    expect(actionForKey(key('d', { ctrl: true }), pc)).toBe('edit.duplicate');
    expect(actionForKey(key('Enter'), pc)).toBe('card.addLinked');
    expect(actionForKey(key('Delete'), pc)).toBe('edit.delete');
    expect(actionForKey(key('Backspace'), pc)).toBe('edit.delete');
  });
  it('leaves text fields their own keys: typing, Enter, Delete, undo, clipboard', () => {
    const input = document.createElement('input');
    const area = document.createElement('textarea');
    expect(isEditableTarget(input)).toBe(true);
    expect(actionForKey(key('Delete', {}, input), pc)).toBeNull();
    expect(actionForKey(key('Enter', {}, area), pc)).toBeNull();
    expect(actionForKey(key('z', { ctrl: true }, area), pc)).toBeNull();
    expect(actionForKey(key('s', { ctrl: true }, area), pc)).toBe('file.save');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(isEditableTarget(checkbox)).toBe(false);
  });
  it('leaves plain keys to a focused button or menu item; modifier shortcuts still count there', () => {
    const button = document.createElement('button');
    const item = Object.assign(document.createElement('div'), { role: 'menuitem' });
    item.setAttribute('role', 'menuitem');
    expect(actionForKey(key('Enter', {}, button), pc)).toBeNull();
    expect(actionForKey(key('Delete', {}, button), pc)).toBeNull();
    expect(actionForKey(key('Enter', {}, item), pc)).toBeNull();
    expect(actionForKey(key('z', { ctrl: true }, button), pc)).toBe('edit.undo');
    const card = Object.assign(document.createElement('div'), { className: 'card-node' });
    card.setAttribute('role', 'button');
    expect(actionForKey(key('Enter', {}, card), pc)).toBe('card.addLinked');
  });
  it('lets the browser fire copy/cut/paste events instead of handling those keys', () => {
    expect(actionForKey(key('c', { ctrl: true }), pc)).toBeNull();
    expect(actionForKey(key('v', { ctrl: true }), pc)).toBeNull();
  });
  it('with native menus, the menu owns modifier shortcuts; plain keys still come here', () => {
    const desktop = { nativeMenus: true, mac: false };
    expect(actionForKey(key('s', { ctrl: true }), desktop)).toBeNull();
    expect(actionForKey(key('Delete'), desktop)).toBe('edit.delete');
    expect(actionForKey(key('Enter'), desktop)).toBe('card.addLinked');
    expect(actionForKey(key('y', { ctrl: true }), desktop)).toBe('edit.redo');
  });
});

describe('shortcuts shown in the browser build', () => {
  it('leaves out the ones a browser keeps for itself, and shows them in the desktop menus', async () => {
    const { shownAccelerator } = await import('../../renderer/actions/accelerator');
    expect(shownAccelerator('CmdOrCtrl+N', false)).toBeNull();
    expect(shownAccelerator('CmdOrCtrl+W', false)).toBeNull();
    expect(shownAccelerator('CmdOrCtrl+S', false)).toBe('CmdOrCtrl+S');
    expect(shownAccelerator('CmdOrCtrl+N', true)).toBe('CmdOrCtrl+N');
    expect(shownAccelerator(undefined, true)).toBeNull();
  });
});
