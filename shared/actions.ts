/**
 * Every user action in one list (the Excalidraw pattern): id, label in both languages,
 * keyboard shortcut and where it appears in the menus. Pure data: the renderer binds
 * handlers to these ids (renderer/actions), the Electron main process builds its native
 * menus from the same list (electron/main/menuTemplate), and the in-app menu bar of the browser
 * build does too. A native menu item sends its id to the renderer over the bridge.
 */
import type { Language } from './model';

export type MenuName = 'file' | 'edit' | 'view' | 'help';

export interface ActionDef {
  id: string;
  label: Record<Language, string>;
  /**
   * Electron accelerator syntax ("CmdOrCtrl+S"); the renderer converts it for its own
   * key handling and for display. Omitted when the action has no shortcut.
   */
  accelerator?: string;
  /**
   * Shortcuts handled by the renderer only (Ctrl+Y for redo; plain keys such as Enter,
   * which must never be menu accelerators because a menu would take them from text fields).
   */
  alternates?: string[];
  menu?: MenuName;
  /** Items with the same group sit together; a separator falls between groups. */
  group?: number;
  /**
   * Actions whose keys a text field needs too (undo, copy, delete…): the renderer leaves
   * them to the field while one has focus, and the native menu uses the OS role then.
   */
  editRole?: 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'delete';
}

const a = <const T extends ActionDef>(def: T): T => def;

export const ACTIONS = [
  a({ id: 'file.new', label: { nl: 'Nieuw', en: 'New' }, accelerator: 'CmdOrCtrl+N', menu: 'file', group: 1 }),
  a({ id: 'file.newWindow', label: { nl: 'Nieuw venster', en: 'New Window' }, accelerator: 'CmdOrCtrl+Shift+N', menu: 'file', group: 1 }),
  a({ id: 'file.open', label: { nl: 'Openen…', en: 'Open…' }, accelerator: 'CmdOrCtrl+O', menu: 'file', group: 1 }),
  a({ id: 'file.save', label: { nl: 'Opslaan', en: 'Save' }, accelerator: 'CmdOrCtrl+S', menu: 'file', group: 2 }),
  a({ id: 'file.saveAs', label: { nl: 'Opslaan als…', en: 'Save As…' }, accelerator: 'CmdOrCtrl+Shift+S', menu: 'file', group: 2 }),
  a({ id: 'export.pdf', label: { nl: 'Exporteren als PDF…', en: 'Export as PDF…' }, accelerator: 'CmdOrCtrl+P', menu: 'file', group: 3 }),
  a({ id: 'export.json', label: { nl: 'Exporteren als JSON…', en: 'Export as JSON…' }, menu: 'file', group: 3 }),
  a({ id: 'export.png', label: { nl: 'Exporteren als PNG…', en: 'Export as PNG…' }, menu: 'file', group: 3 }),
  a({ id: 'export.svg', label: { nl: 'Exporteren als SVG…', en: 'Export as SVG…' }, menu: 'file', group: 3 }),
  a({ id: 'file.close', label: { nl: 'Sluiten', en: 'Close' }, accelerator: 'CmdOrCtrl+W', menu: 'file', group: 4 }),

  a({ id: 'edit.undo', label: { nl: 'Ongedaan maken', en: 'Undo' }, accelerator: 'CmdOrCtrl+Z', menu: 'edit', group: 1, editRole: 'undo' }),
  a({ id: 'edit.redo', label: { nl: 'Opnieuw', en: 'Redo' }, accelerator: 'CmdOrCtrl+Shift+Z', alternates: ['Ctrl+Y'], menu: 'edit', group: 1, editRole: 'redo' }),
  a({ id: 'edit.cut', label: { nl: 'Knippen', en: 'Cut' }, accelerator: 'CmdOrCtrl+X', menu: 'edit', group: 2, editRole: 'cut' }),
  a({ id: 'edit.copy', label: { nl: 'Kopiëren', en: 'Copy' }, accelerator: 'CmdOrCtrl+C', menu: 'edit', group: 2, editRole: 'copy' }),
  a({ id: 'edit.paste', label: { nl: 'Plakken', en: 'Paste' }, accelerator: 'CmdOrCtrl+V', menu: 'edit', group: 2, editRole: 'paste' }),
  a({ id: 'edit.duplicate', label: { nl: 'Dupliceren', en: 'Duplicate' }, accelerator: 'CmdOrCtrl+D', menu: 'edit', group: 2 }),
  a({ id: 'edit.selectAll', label: { nl: 'Alles selecteren', en: 'Select All' }, accelerator: 'CmdOrCtrl+A', menu: 'edit', group: 3, editRole: 'selectAll' }),
  a({ id: 'edit.delete', label: { nl: 'Verwijderen', en: 'Delete' }, accelerator: 'Delete', alternates: ['Backspace'], menu: 'edit', group: 3, editRole: 'delete' }),
  a({ id: 'edit.find', label: { nl: 'Zoeken…', en: 'Find…' }, accelerator: 'CmdOrCtrl+F', menu: 'edit', group: 4 }),
  a({ id: 'card.addLinked', label: { nl: 'Gekoppelde kaart in volgende fase', en: 'Linked card in next stage' }, alternates: ['Enter'], menu: 'edit', group: 5 }),

  a({ id: 'view.zoomIn', label: { nl: 'Inzoomen', en: 'Zoom In' }, accelerator: 'CmdOrCtrl+=', alternates: ['CmdOrCtrl+Plus'], menu: 'view', group: 1 }),
  a({ id: 'view.zoomOut', label: { nl: 'Uitzoomen', en: 'Zoom Out' }, accelerator: 'CmdOrCtrl+-', menu: 'view', group: 1 }),
  a({ id: 'view.fit', label: { nl: 'Alles in beeld', en: 'Fit to View' }, accelerator: 'CmdOrCtrl+0', menu: 'view', group: 1 }),
  a({ id: 'view.language.nl', label: { nl: 'Nederlands', en: 'Nederlands' }, menu: 'view', group: 2 }),
  a({ id: 'view.language.en', label: { nl: 'English', en: 'English' }, menu: 'view', group: 2 }),
  a({ id: 'view.fullscreen', label: { nl: 'Volledig scherm', en: 'Full Screen' }, accelerator: 'F11', menu: 'view', group: 3 }),

  a({ id: 'help.shortcuts', label: { nl: 'Sneltoetsen', en: 'Keyboard Shortcuts' }, accelerator: 'CmdOrCtrl+/', menu: 'help', group: 1 }),
  a({ id: 'help.about', label: { nl: 'Over Werkzaam', en: 'About Werkzaam' }, menu: 'help', group: 1 }),
] as const satisfies readonly ActionDef[];

export type ActionId = (typeof ACTIONS)[number]['id'];

export const MENU_LABELS: Record<Language, Record<MenuName, string>> = {
  nl: { file: 'Bestand', edit: 'Bewerken', view: 'Beeld', help: 'Help' },
  en: { file: 'File', edit: 'Edit', view: 'View', help: 'Help' },
};

export function actionById(id: string): ActionDef | undefined {
  return (ACTIONS as readonly ActionDef[]).find((action) => action.id === id);
}

/**
 * Whether a native menu should own this shortcut. Plain keys (Delete, Backspace) must stay
 * with the page, or a menu would take them away from text fields; the renderer handles them.
 */
export function menuOwnsAccelerator(action: ActionDef): boolean {
  const accelerator = action.accelerator;
  if (!action.menu || !accelerator) return false;
  return accelerator.includes('+') || /^F\d+$/.test(accelerator);
}
