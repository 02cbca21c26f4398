import type { MenuItemConstructorOptions } from 'electron';
import { MENU_LABELS, MENU_ORDER, keysOf, menuEntries, menuOwnsKey, type ActionDef, type MainActionId, type MenuName } from '../../shared/actions';
import type { BridgeRecent } from '../../shared/bridge';
import type { Language } from '../../shared/model';
import { translator } from '../../shared/i18n/core';
import { menuStrings } from '../../shared/i18n/menu';

export interface MenuOptions {
  language: Language;
  platform: NodeJS.Platform;
  recent: readonly BridgeRecent[];
  isDev: boolean;
  /** Deliver an action id (and a payload such as a path) to the focused window. */
  send: (action: string, payload?: string) => void;
  clearRecent: () => void;
  /** The actions the registry marks `performedInMain` (they must work with no window open, on macOS). */
  inMain: Record<MainActionId, () => void>;
}

/**
 * The native menus, built from the action registry (shared/actions.ts) like the renderer's
 * keys and the browser's menu bar; every difference between items is in the declarations.
 * Clipboard items use Electron roles so text fields work natively; the renderer turns the
 * resulting DOM copy/paste events into card copy/paste. Select All and Undo/Redo go to the
 * renderer, which decides between a text field and the canvas.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { language, platform, recent, send } = options;
  const t = translator(menuStrings, language);
  const mac = platform === 'darwin';
  const item = (action: ActionDef): MenuItemConstructorOptions => {
    const base: MenuItemConstructorOptions = { id: action.id, label: action.label[language] };
    const key = keysOf(action, mac)[0];
    if (key) {
      base.accelerator = key;
      // Keys a text field needs stay with the page (see menuOwnsKey): shown, not registered.
      if (!menuOwnsKey(action, key)) base.registerAccelerator = false;
    }
    if (action.toggle && action.shellChecked) {
      base.type = action.toggle === 'radio' ? 'radio' : 'checkbox';
      base.checked = action.shellChecked({ language });
    }
    if (action.editRole === 'cut' || action.editRole === 'copy' || action.editRole === 'paste') return { ...base, role: action.editRole };
    if (action.nativeRole) return { ...base, role: action.nativeRole };
    const inMain = action.performedInMain ? options.inMain[action.id as MainActionId] : undefined;
    return { ...base, click: inMain ?? (() => send(action.id)) };
  };

  const recentItems = (): MenuItemConstructorOptions[] => [
    {
      label: t('recent'),
      submenu:
        recent.length === 0
          ? [{ label: t('noRecent'), enabled: false }]
          : [
              ...recent.map((r): MenuItemConstructorOptions => ({ label: r.name, toolTip: r.path, click: () => send('open-path', r.path) })),
              { type: 'separator' },
              { label: t('clearRecent'), click: options.clearRecent },
            ],
    },
  ];

  const section = (menu: MenuName): MenuItemConstructorOptions[] => {
    const out = menuEntries(menu).flatMap((entry): MenuItemConstructorOptions[] => {
      if (entry.kind === 'separator') return [{ type: 'separator' }];
      if (entry.kind === 'recent') return recentItems();
      if (entry.kind === 'submenu') return [{ id: entry.name, label: MENU_LABELS[language][entry.name], submenu: entry.actions.map(item) }];
      return [item(entry.action)];
    });
    // Host items that are not the document's actions.
    if (menu === 'view' && options.isDev) out.push({ type: 'separator' }, { label: t('devtools'), role: 'toggleDevTools' });
    if (menu === 'file' && !mac) out.push({ type: 'separator' }, { label: t('quit'), role: 'quit' });
    return out;
  };

  const menus: MenuItemConstructorOptions[] = MENU_ORDER.map((menu) => ({
    label: MENU_LABELS[language][menu],
    role: menu === 'help' ? 'help' : undefined,
    submenu: section(menu),
  }));
  if (mac) {
    // macOS expects a Window menu (minimise, zoom, bring all to front) before Help.
    menus.splice(menus.length - 1, 0, { role: 'windowMenu' });
    menus.unshift({
      label: 'Werkzaam',
      submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    });
  }
  return menus;
}
