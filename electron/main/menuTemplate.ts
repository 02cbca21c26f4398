import type { MenuItemConstructorOptions } from 'electron';
import { ACTIONS, MENU_LABELS, menuOwnsAccelerator, type ActionDef, type MenuName } from '../../shared/actions';
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
  /** Opens a window in the main process: it must work with no window open (macOS). */
  newWindow: () => void;
}


/**
 * The native menus, built from the same action list as the renderer's shortcuts and the
 * browser's menu bar. Clipboard items use Electron roles so text fields work natively; the
 * renderer turns the resulting DOM copy/paste events into card copy/paste. Select All and
 * Undo/Redo go to the renderer, which decides between a text field and the canvas.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { language, platform, recent, send } = options;
  const t = translator(menuStrings, language);
  const item = (action: ActionDef): MenuItemConstructorOptions => {
    const base: MenuItemConstructorOptions = { id: action.id, label: action.label[language] };
    if (action.accelerator) {
      base.accelerator = action.accelerator;
      // Plain keys stay with the page (see menuOwnsAccelerator): shown, not registered.
      if (!menuOwnsAccelerator(action)) base.registerAccelerator = false;
    }
    if (action.editRole === 'cut' || action.editRole === 'copy' || action.editRole === 'paste') {
      return { ...base, role: action.editRole };
    }
    if (action.id === 'view.language.nl' || action.id === 'view.language.en') {
      return { ...base, type: 'radio', checked: action.id.endsWith(language), click: () => send(action.id) };
    }
    if (action.id === 'file.newWindow') return { ...base, click: () => options.newWindow() };
    if (action.id === 'view.fullscreen') {
      // macOS has its own full-screen shortcut (Ctrl+Cmd+F), which the role brings along.
      if (platform === 'darwin') delete base.accelerator;
      return { ...base, role: 'togglefullscreen' };
    }
    return { ...base, click: () => send(action.id) };
  };

  const section = (menu: MenuName): MenuItemConstructorOptions[] => {
    const out: MenuItemConstructorOptions[] = [];
    let group: number | undefined;
    const exports: MenuItemConstructorOptions[] = [];
    const languages: MenuItemConstructorOptions[] = [];
    for (const action of ACTIONS as readonly ActionDef[]) {
      if (action.menu !== menu) continue;
      if (action.id.startsWith('export.')) {
        exports.push(item(action));
        continue;
      }
      if (action.id.startsWith('view.language.')) {
        languages.push(item(action));
        continue;
      }
      if (group !== undefined && action.group !== group) out.push({ type: 'separator' });
      group = action.group;
      out.push(item(action));
      if (action.id === 'file.open') {
        out.push({
          label: t('recent'),
          submenu:
            recent.length === 0
              ? [{ label: t('noRecent'), enabled: false }]
              : [
                  ...recent.map((r): MenuItemConstructorOptions => ({ label: r.name, toolTip: r.path, click: () => send('open-path', r.path) })),
                  { type: 'separator' },
                  { label: t('clearRecent'), click: options.clearRecent },
                ],
        });
      }
      // The Export submenu follows Save As; the export actions fill it as the loop meets them.
      if (action.id === 'file.saveAs') out.push({ id: 'export', label: t('export'), submenu: exports });
    }
    if (languages.length > 0) out.push({ type: 'separator' }, { label: t('language'), submenu: languages });
    if (menu === 'view' && options.isDev) out.push({ type: 'separator' }, { label: t('devtools'), role: 'toggleDevTools' });
    if (menu === 'file' && platform !== 'darwin') out.push({ type: 'separator' }, { label: t('quit'), role: 'quit' });
    return out;
  };

  const menus: MenuItemConstructorOptions[] = (['file', 'edit', 'view', 'help'] as const).map((menu) => ({
    label: MENU_LABELS[language][menu],
    role: menu === 'help' ? 'help' : undefined,
    submenu: section(menu),
  }));
  if (platform === 'darwin') {
    // macOS expects a Window menu (minimise, zoom, bring all to front) before Help.
    menus.splice(menus.length - 1, 0, { role: 'windowMenu' });
    menus.unshift({
      label: 'Werkzaam',
      submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    });
  }
  return menus;
}
