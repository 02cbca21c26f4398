import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../electron/main/menuTemplate';
import { ACTIONS, keysOf, menuOwnsKey, type ActionDef } from '../../shared/actions';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}
const build = (over: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) =>
  buildMenuTemplate({ language: 'en', platform: 'linux', recent: [], isDev: false, send: vi.fn(), clearRecent: vi.fn(), inMain: { 'file.newWindow': vi.fn() }, ...over });

describe('native menus', () => {
  it('has File, Edit, Card, View, Help in both languages', () => {
    expect(build().map((m) => m.label)).toEqual(['File', 'Edit', 'Card', 'View', 'Help']);
    expect(build({ language: 'nl' }).map((m) => m.label)).toEqual(['Bestand', 'Bewerken', 'Kaart', 'Beeld', 'Help']);
  });

  it('labels every action in the chosen language', () => {
    const nl = flatten(build({ language: 'nl', recent: [] }));
    const en = flatten(build({ language: 'en' }));
    expect(nl.find((i) => i.id === 'file.save')!.label).toBe('Opslaan');
    expect(en.find((i) => i.id === 'file.save')!.label).toBe('Save');
    expect(nl.find((i) => i.id === 'edit.undo')!.label).toBe('Ongedaan maken');
    expect(nl.some((i) => i.label === 'Recent geopend')).toBe(true);
    expect(nl.some((i) => i.label === 'Exporteren')).toBe(true);
    for (const action of ACTIONS.filter((a) => 'place' in a)) {
      expect(nl.find((i) => i.id === action.id)!.label, action.id).toBe(action.label.nl);
      expect(en.find((i) => i.id === action.id)!.label, action.id).toBe(action.label.en);
    }
  });

  it('holds every menu action from the shared list, with its accelerator', () => {
    const items = flatten(build());
    for (const action of ACTIONS.filter((a) => 'place' in a)) {
      const found = items.find((i) => i.id === action.id);
      expect(found, action.id).toBeDefined();
      if ('keys' in action && action.keys.length > 0) expect(found!.accelerator).toBe(action.keys[0]);
    }
  });

  it('clicking an item sends its action id; clipboard items use roles; plain keys stay with the page', () => {
    const send = vi.fn();
    const items = flatten(build({ send }));
    const save = items.find((i) => i.id === 'file.save')!;
    (save.click as () => void)();
    expect(send).toHaveBeenCalledWith('file.save');
    expect(items.find((i) => i.id === 'edit.copy')!.role).toBe('copy');
    expect(items.find((i) => i.id === 'edit.paste')!.role).toBe('paste');
    // Select All goes to the page: all cards on the canvas, or the text in a field.
    expect(items.find((i) => i.id === 'edit.selectAll')!.role).toBeUndefined();
    expect(items.find((i) => i.id === 'edit.delete')!.registerAccelerator).toBe(false);
    expect(items.find((i) => i.id === 'edit.undo')!.registerAccelerator).toBeUndefined();
    // Full screen: F11 on Windows/Linux; on macOS the role's own Ctrl+Cmd+F.
    expect(items.find((i) => i.id === 'view.fullscreen')).toMatchObject({ role: 'togglefullscreen', accelerator: 'F11' });
    const mac = flatten(build({ platform: 'darwin' })).find((i) => i.id === 'view.fullscreen')!;
    expect(mac.role).toBe('togglefullscreen');
    expect('accelerator' in mac).toBe(false);
    expect(items.find((i) => i.id === 'view.language.en')).toMatchObject({ type: 'radio', checked: true });
  });

  it('lists recent files, which open by path', () => {
    const send = vi.fn();
    const items = flatten(build({ send, recent: [{ path: '/docs/kdg.werkzaam', name: 'kdg.werkzaam', openedAt: '' }] }));
    const recent = items.find((i) => i.label === 'kdg.werkzaam')!;
    (recent.click as () => void)();
    expect(send).toHaveBeenCalledWith('open-path', '/docs/kdg.werkzaam');
    expect(flatten(build()).find((i) => i.label === 'No recent files')?.enabled).toBe(false);
  });

  it('puts the exports in an Export submenu after Save As', () => {
    const file = build()[0]!.submenu as MenuItemConstructorOptions[];
    const index = file.findIndex((i) => i.id === 'export');
    expect(file[index - 1]!.id).toBe('file.saveAs');
    expect((file[index]!.submenu as MenuItemConstructorOptions[]).map((i) => i.id)).toEqual(['export.pdf', 'export.docx', 'export.xlsx', 'export.json', 'export.png', 'export.svg']);
  });

  it('macOS gets the application menu first and no Quit in File', () => {
    const mac = build({ platform: 'darwin' });
    expect(mac[0]!.label).toBe('Werkzaam');
    expect(mac.map((m) => m.label ?? m.role)).toEqual(['Werkzaam', 'File', 'Edit', 'Card', 'View', 'windowMenu', 'Help']);
    expect(build({ platform: 'win32' }).map((m) => m.label)).toEqual(['File', 'Edit', 'Card', 'View', 'Help']);
    expect(flatten([mac[1]!]).some((i) => i.role === 'quit')).toBe(false);
    expect(flatten([build()[0]!]).some((i) => i.role === 'quit')).toBe(true);
  });

  it('makes each placed action of the registry what its declaration says: submenu, tick, key, role or message', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const send = vi.fn();
      const inMain = { 'file.newWindow': vi.fn() };
      const menus = build({ send, inMain, platform, language: 'nl' });
      for (const action of ACTIONS as readonly ActionDef[]) {
        if (!action.place) continue;
        const top = menus.find((m) => flatten([m]).some((i) => i.id === action.id))!;
        expect(top.label, action.id).toBe({ file: 'Bestand', edit: 'Bewerken', card: 'Kaart', view: 'Beeld', help: 'Help' }[action.place.menu]);
        const item = flatten(menus).find((i) => i.id === action.id)!;
        if (action.place.submenu) {
          const parent = flatten(menus).find((i) => i.id === action.place!.submenu)!;
          expect((parent.submenu as MenuItemConstructorOptions[]).includes(item), action.id).toBe(true);
        }
        const key = keysOf(action, platform === 'darwin')[0];
        expect(item.accelerator, action.id).toBe(key);
        if (key) expect(item.registerAccelerator, action.id).toBe(menuOwnsKey(action, key) ? undefined : false);
        if (action.shellChecked) {
          expect(item.type, action.id).toBe(action.toggle === 'radio' ? 'radio' : 'checkbox');
          expect(item.checked, action.id).toBe(action.shellChecked({ language: 'nl' }));
        }
        const role = action.nativeRole ?? (['cut', 'copy', 'paste'].includes(action.editRole ?? '') ? action.editRole : undefined);
        expect(item.role, action.id).toBe(role);
        if (role) continue;
        (item.click as () => void)();
        if (action.performedInMain) {
          expect(inMain['file.newWindow']).toHaveBeenCalledTimes(1);
          expect(send).not.toHaveBeenCalledWith(action.id);
        } else expect(send, action.id).toHaveBeenLastCalledWith(action.id);
      }
    }
  });
});
