/**
 * Every user action in one registry (Excalidraw's `register` is the model). This file holds
 * the half the main process can read too, pure data: id, labels, shortcuts, and where the
 * action appears (native menus, the browser's menu bar, the toolbar, the shortcuts list).
 * The other half, what an action does and when it is enabled or checked, is in the renderer
 * (renderer/actions/behaviours), keyed by the same ids and checked complete by the compiler.
 *
 * Nothing else lists actions: the native menus (electron/main/menuTemplate.ts), the menu
 * bar, the toolbar, the inspector's buttons, the keyboard handler and the shortcuts dialog
 * all read this list. How to add one: DEVELOPERS.md, "Adding an action".
 */
import { AIO_KEYS, STAGES, type Language } from './model';
import { AIO_LABELS, AIO_MARKS, STAGE_LABELS } from './i18n/domain';

export type MenuName = 'file' | 'edit' | 'card' | 'view' | 'help';
export const MENU_ORDER: readonly MenuName[] = ['file', 'edit', 'card', 'view', 'help'];
export type SubmenuName = 'export' | 'highlightStage' | 'language';

export const MENU_LABELS: Record<Language, Record<MenuName | SubmenuName, string>> = {
  nl: { file: 'Bestand', edit: 'Bewerken', card: 'Kaart', view: 'Beeld', help: 'Help', export: 'Exporteren', highlightStage: 'Markeer fase', language: 'Taal' },
  en: { file: 'File', edit: 'Edit', card: 'Card', view: 'View', help: 'Help', export: 'Export', highlightStage: 'Highlight stage', language: 'Language' },
};

/** What the main process knows about a window without asking it: enough to tick menu items. */
export interface ShellState {
  language: Language;
}

/**
 * Where a key counts (`keys`):
 * - `page` (default): a shortcut with Ctrl/Cmd works anywhere except that text-editing keys
 *   (undo, delete… see editRole) stay with a focused text field; a plain key (Enter, A,
 *   arrows) counts only when neither a text field nor a button/menu has focus, so typing and
 *   pressing buttons are never taken over.
 * - `inspector`: only while focus is inside the inspector, text fields included.
 * - `anywhere`: also in text fields (a function key that moves between regions).
 */
export type KeyScope = 'page' | 'inspector' | 'anywhere';

export type EditRole = 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'delete';

export interface MenuPlace {
  menu: MenuName;
  /** Items with the same group sit together; a separator falls between groups. */
  group: number;
  /** Shown in a submenu (native) or under a heading (browser menu bar) where its first item falls. */
  submenu?: SubmenuName;
  /** The recently opened files follow this item. */
  thenRecent?: boolean;
}

export interface ToolbarPlace {
  /** Buttons with the same group sit together. */
  group: number;
  /** Text on the button where the label is too long for a projector's toolbar; the label stays its name, so it must hold this text. */
  short?: string | Record<Language, string>;
  /** A class for the button's text when it is a mark rather than a word (an AIO badge). */
  icon?: string;
}

export interface ActionDef {
  id: string;
  label: Record<Language, string>;
  /**
   * Shortcuts in Electron accelerator syntax ("CmdOrCtrl+Shift+Z", "Alt+Up", "Enter"); the
   * first is the one menus show, the others work too. The renderer matches them to key events.
   */
  keys?: readonly string[];
  /** Shortcuts on macOS where they differ (an OS role brings its own there). */
  macKeys?: readonly string[];
  keyScope?: KeyScope;
  place?: MenuPlace;
  toolbar?: ToolbarPlace;
  /**
   * Actions whose keys a text field needs too (undo, copy, delete…): the renderer leaves
   * them to the field while one has focus, and the native clipboard items use the OS role.
   */
  editRole?: EditRole;
  /** A native menu item that is an OS role rather than a message to the window. */
  nativeRole?: 'togglefullscreen';
  /** In the desktop app the main process does this itself (it must work with no window open). */
  performedInMain?: boolean;
  /** A menu item with a tick: one of a set (`radio`) or on/off (`check`). */
  toggle?: 'radio' | 'check';
  /** Whether a toggle is on, from what the main process knows too (native menus tick it). */
  shellChecked?: (shell: ShellState) => boolean;
  /** Mentioned in the canvas's own description for screen readers (the keys one needs there). */
  canvasHint?: boolean;
}

const a = <const T extends ActionDef>(def: T): T => def;
const file = (group: number, extra: Partial<MenuPlace> = {}): MenuPlace => ({ menu: 'file', group, ...extra });
const edit = (group: number): MenuPlace => ({ menu: 'edit', group });
const card = (group: number): MenuPlace => ({ menu: 'card', group });
const view = (group: number, extra: Partial<MenuPlace> = {}): MenuPlace => ({ menu: 'view', group, ...extra });

export const ACTIONS = [
  a({ id: 'file.new', label: { nl: 'Nieuw…', en: 'New…' }, keys: ['CmdOrCtrl+N'], place: file(1), toolbar: { group: 1 } }),
  a({ id: 'file.newWindow', label: { nl: 'Nieuw venster', en: 'New Window' }, keys: ['CmdOrCtrl+Shift+N'], place: file(1), performedInMain: true }),
  a({ id: 'file.open', label: { nl: 'Openen…', en: 'Open…' }, keys: ['CmdOrCtrl+O'], place: file(1, { thenRecent: true }), toolbar: { group: 1 } }),
  a({ id: 'file.import', label: { nl: 'Importeren…', en: 'Import…' }, keys: ['CmdOrCtrl+I'], place: file(1) }),
  // Measured values from a CSV into the open theory's indicators (issue #11): renderer/research/measurementImport.ts.
  a({ id: 'measurement.import', label: { nl: 'Metingen importeren…', en: 'Import measurements…' }, place: file(1) }),
  a({ id: 'file.save', label: { nl: 'Opslaan', en: 'Save' }, keys: ['CmdOrCtrl+S'], place: file(2), toolbar: { group: 1 } }),
  a({ id: 'file.saveAs', label: { nl: 'Opslaan als…', en: 'Save As…' }, keys: ['CmdOrCtrl+Shift+S'], place: file(2) }),
  a({ id: 'export.pdf', label: { nl: 'Exporteren als PDF…', en: 'Export as PDF…' }, keys: ['CmdOrCtrl+P'], place: file(2, { submenu: 'export' }), toolbar: { group: 4, short: 'PDF' } }),
  a({ id: 'export.docx', label: { nl: 'Exporteren als Word…', en: 'Export as Word…' }, place: file(2, { submenu: 'export' }) }),
  a({ id: 'export.xlsx', label: { nl: 'Exporteren als Excel…', en: 'Export as Excel…' }, place: file(2, { submenu: 'export' }) }),
  a({ id: 'export.json', label: { nl: 'Exporteren als JSON…', en: 'Export as JSON…' }, place: file(2, { submenu: 'export' }) }),
  a({ id: 'export.png', label: { nl: 'Exporteren als PNG…', en: 'Export as PNG…' }, place: file(2, { submenu: 'export' }) }),
  a({ id: 'export.svg', label: { nl: 'Exporteren als SVG…', en: 'Export as SVG…' }, place: file(2, { submenu: 'export' }) }),
  // Versions inside the file and comparing theories (issue #12): renderer/actions/behaviours/versions.ts, compare.ts.
  a({ id: 'versions.save', label: { nl: 'Versie opslaan…', en: 'Save version…' }, keys: ['CmdOrCtrl+Alt+S'], place: file(3) }),
  a({ id: 'compare.open', label: { nl: 'Theorieën vergelijken…', en: 'Compare theories…' }, place: file(3) }),
  a({ id: 'file.close', label: { nl: 'Sluiten', en: 'Close' }, keys: ['CmdOrCtrl+W'], place: file(4) }),

  a({ id: 'edit.undo', label: { nl: 'Ongedaan maken', en: 'Undo' }, keys: ['CmdOrCtrl+Z'], place: edit(1), editRole: 'undo', toolbar: { group: 2, short: '↶' } }),
  a({ id: 'edit.redo', label: { nl: 'Opnieuw', en: 'Redo' }, keys: ['CmdOrCtrl+Shift+Z', 'Ctrl+Y'], place: edit(1), editRole: 'redo', toolbar: { group: 2, short: '↷' } }),
  a({ id: 'edit.cut', label: { nl: 'Knippen', en: 'Cut' }, keys: ['CmdOrCtrl+X'], place: edit(2), editRole: 'cut' }),
  a({ id: 'edit.copy', label: { nl: 'Kopiëren', en: 'Copy' }, keys: ['CmdOrCtrl+C'], place: edit(2), editRole: 'copy' }),
  a({ id: 'edit.paste', label: { nl: 'Plakken', en: 'Paste' }, keys: ['CmdOrCtrl+V'], place: edit(2), editRole: 'paste' }),
  a({ id: 'edit.duplicate', label: { nl: 'Dupliceren', en: 'Duplicate' }, keys: ['CmdOrCtrl+D'], place: edit(2) }),
  a({ id: 'edit.selectAll', label: { nl: 'Alles selecteren', en: 'Select All' }, keys: ['CmdOrCtrl+A'], place: edit(3), editRole: 'selectAll' }),
  a({ id: 'edit.selectNone', label: { nl: 'Selectie opheffen', en: 'Select None' }, keys: ['Escape'], place: edit(3) }),
  a({ id: 'edit.delete', label: { nl: 'Verwijderen', en: 'Delete' }, keys: ['Delete', 'Backspace'], place: edit(3), editRole: 'delete', canvasHint: true }),
  a({ id: 'edit.find', label: { nl: 'Zoeken…', en: 'Find…' }, keys: ['CmdOrCtrl+F'], place: edit(4), toolbar: { group: 4 } }),

  a({ id: 'card.addLinked', label: { nl: 'Gekoppelde kaart in volgende fase', en: 'Linked card in next stage' }, keys: ['Enter'], place: card(1), canvasHint: true, toolbar: { group: 3, short: { nl: '+ Volgende fase', en: '+ Next stage' } } }),
  a({ id: 'card.new', label: { nl: 'Nieuwe kaart in dezelfde fase', en: 'New card in the same stage' }, keys: ['N', 'Shift+Enter'], place: card(1), canvasHint: true }),
  ...STAGES.map((stage) =>
    a({
      id: `card.newIn.${stage}` as const,
      label: { nl: `Kaart toevoegen in ${STAGE_LABELS.nl[stage]}`, en: `Add a card to ${STAGE_LABELS.en[stage]}` },
      place: card(2),
    }),
  ),
  a({ id: 'card.rename', label: { nl: 'Titel bewerken', en: 'Edit title' }, keys: ['F2'], place: card(3), canvasHint: true }),
  a({ id: 'card.linkTo', label: { nl: 'Verbinden met…', en: 'Link to…' }, keys: ['L'], place: card(3), canvasHint: true }),
  a({ id: 'card.linkFrom', label: { nl: 'Verbinden vanaf…', en: 'Link from…' }, keys: ['Shift+L'], place: card(3) }),
  a({ id: 'card.addIndicator', label: { nl: 'Indicator toevoegen', en: 'Add indicator' }, keys: ['Shift+I'], place: card(3) }),
  ...AIO_KEYS.map((key) =>
    a({
      id: `card.tag.${key}` as const,
      label: { nl: `AIO-element ${AIO_LABELS.nl[key]}`, en: `AIO element ${AIO_LABELS.en[key]}` },
      keys: [AIO_MARKS[key]],
      place: card(4),
      toggle: 'check',
    }),
  ),
  a({ id: 'card.moveUp', label: { nl: 'Kaart omhoog', en: 'Move card up' }, keys: ['Alt+Up'], place: card(5) }),
  a({ id: 'card.moveDown', label: { nl: 'Kaart omlaag', en: 'Move card down' }, keys: ['Alt+Down'], place: card(5) }),
  a({ id: 'card.movePrevStage', label: { nl: 'Naar de vorige fase', en: 'Move to the previous stage' }, keys: ['Alt+Left'], place: card(5) }),
  a({ id: 'card.moveNextStage', label: { nl: 'Naar de volgende fase', en: 'Move to the next stage' }, keys: ['Alt+Right'], place: card(5) }),
  a({ id: 'card.delete', label: { nl: 'Kaart verwijderen', en: 'Delete card' } }),
  a({ id: 'indicator.delete', label: { nl: 'Indicator verwijderen', en: 'Remove indicator' } }),
  a({ id: 'instrument.addMpe', label: { nl: 'MPE toevoegen aan de meetinstrumenten', en: 'Add the MPE to the instruments' } }),
  a({ id: 'instrument.addMbe', label: { nl: 'MBE toevoegen aan de meetinstrumenten', en: 'Add the MBE to the instruments' } }),
  a({ id: 'instrument.add', label: { nl: 'Ander instrument toevoegen', en: 'Add other instrument' } }),
  a({ id: 'instrument.delete', label: { nl: 'Meetinstrument verwijderen', en: 'Remove instrument' } }),
  // Between theories (issue #11): one instrument through the clipboard.
  a({ id: 'instrument.copy', label: { nl: 'Meetinstrument kopiëren', en: 'Copy instrument' } }),
  a({ id: 'instrument.paste', label: { nl: 'Meetinstrument plakken', en: 'Paste instrument' } }),
  // The personal library in the app's settings (issue #11): the buttons name the instrument as their value.
  a({ id: 'instrument.keep', label: { nl: 'Bewaren in mijn bibliotheek', en: 'Keep in my library' } }),
  a({ id: 'instrument.addFromLibrary', label: { nl: 'Toevoegen uit mijn bibliotheek', en: 'Add from my library' } }),
  a({ id: 'instrument.forget', label: { nl: 'Vergeten uit mijn bibliotheek', en: 'Forget from my library' } }),
  // Measurements of an indicator (issue #11): the inspector's buttons name the indicator or measurement as their value.
  a({ id: 'measurement.add', label: { nl: 'Meting toevoegen', en: 'Add measurement' } }),
  a({ id: 'measurement.delete', label: { nl: 'Meting verwijderen', en: 'Remove measurement' } }),
  a({ id: 'link.connect', label: { nl: 'Verbinden', en: 'Link' } }),
  a({ id: 'link.delete', label: { nl: 'Verbinding verwijderen', en: 'Delete link' } }),

  a({ id: 'nav.left', label: { nl: 'Naar de kaart links', en: 'Go to the card on the left' }, keys: ['Left'], canvasHint: true }),
  a({ id: 'nav.right', label: { nl: 'Naar de kaart rechts', en: 'Go to the card on the right' }, keys: ['Right'], canvasHint: true }),
  a({ id: 'nav.up', label: { nl: 'Naar de kaart erboven', en: 'Go to the card above' }, keys: ['Up'], canvasHint: true }),
  a({ id: 'nav.down', label: { nl: 'Naar de kaart eronder', en: 'Go to the card below' }, keys: ['Down'], canvasHint: true }),
  a({ id: 'nav.extendLeft', label: { nl: 'Selectie uitbreiden naar links', en: 'Extend the selection left' }, keys: ['Shift+Left'] }),
  a({ id: 'nav.extendRight', label: { nl: 'Selectie uitbreiden naar rechts', en: 'Extend the selection right' }, keys: ['Shift+Right'] }),
  a({ id: 'nav.extendUp', label: { nl: 'Selectie uitbreiden naar boven', en: 'Extend the selection up' }, keys: ['Shift+Up'] }),
  a({ id: 'nav.extendDown', label: { nl: 'Selectie uitbreiden naar onder', en: 'Extend the selection down' }, keys: ['Shift+Down'] }),
  // Declared before nav.inspector: in the panel, F6 goes back (the first enabled action of a key wins).
  a({ id: 'nav.canvas', label: { nl: 'Terug naar de kaart', en: 'Back to the card' }, keys: ['Escape', 'F6'], keyScope: 'inspector' }),
  a({ id: 'nav.inspector', label: { nl: 'Naar het paneel met eigenschappen', en: 'Go to the properties panel' }, keys: ['F6'], keyScope: 'anywhere', canvasHint: true }),

  a({ id: 'view.zoomIn', label: { nl: 'Inzoomen', en: 'Zoom In' }, keys: ['CmdOrCtrl+=', 'CmdOrCtrl+Plus'], place: view(1) }),
  a({ id: 'view.zoomOut', label: { nl: 'Uitzoomen', en: 'Zoom Out' }, keys: ['CmdOrCtrl+-'], place: view(1) }),
  a({ id: 'view.fit', label: { nl: 'Alles in beeld', en: 'Fit to View' }, keys: ['CmdOrCtrl+0'], place: view(1), toolbar: { group: 4, short: '⤢' } }),
  ...AIO_KEYS.map((key) =>
    a({
      id: `view.highlight.${key}` as const,
      label: { nl: `Markeer AIO-element ${AIO_LABELS.nl[key]}`, en: `Highlight AIO element ${AIO_LABELS.en[key]}` },
      place: view(2),
      toggle: 'check',
      toolbar: { group: 5, short: AIO_MARKS[key], icon: `aio-badge aio-${key}` },
    }),
  ),
  a({ id: 'view.highlightStage.none', label: { nl: 'Alles tonen', en: 'Show all' }, place: view(2, { submenu: 'highlightStage' }), toggle: 'radio', toolbar: { group: 5 } }),
  ...STAGES.map((stage) =>
    a({
      id: `view.highlightStage.${stage}` as const,
      label: { nl: STAGE_LABELS.nl[stage], en: STAGE_LABELS.en[stage] },
      place: view(2, { submenu: 'highlightStage' }),
      toggle: 'radio',
      toolbar: { group: 5 },
    }),
  ),
  // The zoom controls and minimap fold away into one button (a small screen, a projector).
  a({ id: 'view.overlays', label: { nl: 'Zoomknoppen en overzichtskaart', en: 'Zoom controls and minimap' }, place: view(3), toggle: 'check' }),
  a({ id: 'view.inspector', label: { nl: 'Paneel met eigenschappen', en: 'Properties panel' }, place: view(3), toggle: 'check', toolbar: { group: 7, short: { nl: 'Paneel', en: 'Panel' } } }),
  a({ id: 'versions.panel', label: { nl: 'Versies', en: 'Versions' }, place: view(3), toggle: 'check', toolbar: { group: 7 } }),
  a({ id: 'view.fullscreen', label: { nl: 'Volledig scherm', en: 'Full Screen' }, keys: ['F11'], macKeys: [], keyScope: 'anywhere', place: view(3), nativeRole: 'togglefullscreen' }),
  a({ id: 'view.language.nl', label: { nl: 'Nederlands', en: 'Nederlands' }, place: view(4, { submenu: 'language' }), toggle: 'radio', shellChecked: (s) => s.language === 'nl', toolbar: { group: 8 } }),
  a({ id: 'view.language.en', label: { nl: 'English', en: 'English' }, place: view(4, { submenu: 'language' }), toggle: 'radio', shellChecked: (s) => s.language === 'en', toolbar: { group: 8 } }),

  // The workshop tools (behaviours in renderer/actions/behaviours/workshop.ts).
  a({ id: 'workshop.tidyUp', label: { nl: 'Opruimen', en: 'Tidy up' }, keys: ['CmdOrCtrl+Shift+L'], place: edit(5), toolbar: { group: 6 } }),
  a({
    id: 'workshop.trace',
    label: { nl: 'Paden door de kaart volgen', en: 'Trace paths through the card' },
    keys: ['T'],
    place: view(2),
    toggle: 'check',
    toolbar: { group: 6, short: { nl: 'Paden', en: 'Trace' } },
    canvasHint: true,
  }),
  // The parking lot: a sticky note beside the chain (not part of it).
  a({ id: 'workshop.addNote', label: { nl: 'Plakbriefje toevoegen', en: 'Add sticky note' }, keys: ['Shift+N'], place: card(6) }),
  a({ id: 'workshop.present', label: { nl: 'Presenteren', en: 'Present' }, keys: ['F5'], keyScope: 'anywhere', place: view(3), toolbar: { group: 6 } }),
  a({ id: 'view.matrix', label: { nl: 'Onderzoeksmatrix (AIO × empowerment)', en: 'Research matrix (AIO × empowerment)' }, keys: ['CmdOrCtrl+Shift+M'], place: view(3), toggle: 'check' }),
  a({ id: 'workshop.summary', label: { nl: 'Samenvatting op één blad', en: 'Summary on one page' }, place: view(3), toggle: 'check', toolbar: { group: 6, short: { nl: 'Samenvatting', en: 'Summary' } } }),
  // value: a version's id.
  a({ id: 'versions.compare', label: { nl: 'Vergelijken met nu', en: 'Compare with now' } }),
  a({ id: 'versions.endCompare', label: { nl: 'Vergelijking sluiten', en: 'Close the comparison' } }),
  a({ id: 'versions.restore', label: { nl: 'Terugzetten', en: 'Restore' } }),
  a({ id: 'versions.rename', label: { nl: 'Naam wijzigen…', en: 'Rename…' } }),
  a({ id: 'versions.delete', label: { nl: 'Verwijderen…', en: 'Delete…' } }),
  // A saved version on the canvas, read-only (value: its id), and back to the theory now.
  a({ id: 'versions.view', label: { nl: 'Alleen lezen openen', en: 'Open read-only' } }),
  a({ id: 'versions.endView', label: { nl: 'Terug naar de theorie van nu', en: 'Back to the current theory' } }),
  // value: { from: a version's id, to: a later version's id or 'now' }.
  a({ id: 'versions.compareTwo', label: { nl: 'Versies vergelijken', en: 'Compare versions' } }),
  // A generic theory's cards by the organisations they came from (value: an organisation's id); combines with the AIO and stage highlights.
  a({ id: 'view.organisation', label: { nl: 'Kaarten van organisatie tonen', en: 'Show the cards of organisation' } }),
  a({ id: 'view.organisation.none', label: { nl: 'Alle organisaties', en: 'All organisations' } }),
  // The comparison view of theories; the keys count while a match in its list has focus.
  a({ id: 'compare.confirm', label: { nl: 'Overeenkomst bevestigen', en: 'Confirm match' }, keys: ['Y'] }),
  a({ id: 'compare.reject', label: { nl: 'Overeenkomst verwerpen', en: 'Reject match' }, keys: ['X'] }),
  a({ id: 'compare.repair', label: { nl: 'Anders koppelen', en: 'Re-pair' }, keys: ['R'] }),
  // value: the title the generic theory gives the match in focus.
  a({ id: 'compare.title', label: { nl: 'Titel kiezen', en: 'Choose the title' } }),
  a({ id: 'compare.saveMatches', label: { nl: 'Overeenkomsten opslaan…', en: 'Save matches…' } }),
  a({ id: 'compare.loadMatches', label: { nl: 'Overeenkomsten laden…', en: 'Load matches…' } }),
  a({ id: 'compare.merge', label: { nl: 'Samenvoegen tot generieke theorie', en: 'Merge into a generic theory' } }),
  a({ id: 'compare.close', label: { nl: 'Vergelijkingsweergave sluiten', en: 'Close the comparison view' } }),

  a({ id: 'help.shortcuts', label: { nl: 'Sneltoetsen', en: 'Keyboard Shortcuts' }, keys: ['CmdOrCtrl+/'], place: { menu: 'help', group: 1 } }),
  a({ id: 'help.about', label: { nl: 'Over Werkzaam', en: 'About Werkzaam' }, place: { menu: 'help', group: 1 } }),
] as const satisfies readonly ActionDef[];

export type ActionId = (typeof ACTIONS)[number]['id'];
/** The actions the desktop's main process performs itself from its menus. */
export type MainActionId = Extract<(typeof ACTIONS)[number], { performedInMain: true }>['id'];

const BY_ID = new Map<string, ActionDef>((ACTIONS as readonly ActionDef[]).map((action) => [action.id, action]));

export function actionById(id: ActionId): ActionDef;
export function actionById(id: string): ActionDef | undefined;
export function actionById(id: string): ActionDef | undefined {
  return BY_ID.get(id);
}

export function isActionId(id: string): id is ActionId {
  return BY_ID.has(id);
}

/** The shortcuts of an action on this platform, the one to show first. */
export function keysOf(action: ActionDef, mac: boolean): readonly string[] {
  return (mac ? action.macKeys : undefined) ?? action.keys ?? [];
}

/**
 * Whether a native menu registers this shortcut (so the page never sees the key). Only keys
 * with Ctrl/Cmd, and function keys of actions meant to work anywhere: a plain or Shift/Alt
 * key registered in a menu would be taken away from text fields (Delete, Shift+L, Alt+Up).
 */
export function menuOwnsKey(action: ActionDef, key: string): boolean {
  if (!action.place) return false;
  const mods = key.split('+').slice(0, -1).map((m) => m.toLowerCase());
  if (mods.some((m) => m === 'cmdorctrl' || m === 'commandorcontrol' || m === 'ctrl' || m === 'cmd' || m === 'command' || m === 'control')) return true;
  return action.keyScope === 'anywhere' && /^F\d+$/.test(key);
}

/** The items of one menu, in order, with the separators and submenus made of `place`. */
export type MenuEntry =
  | { kind: 'action'; action: ActionDef }
  | { kind: 'submenu'; name: SubmenuName; actions: ActionDef[] }
  | { kind: 'recent' }
  | { kind: 'separator' };

export function menuEntries(menu: MenuName): MenuEntry[] {
  const out: MenuEntry[] = [];
  let group: number | undefined;
  const submenus = new Map<SubmenuName, ActionDef[]>();
  const inMenu = (ACTIONS as readonly ActionDef[]).filter((action) => action.place?.menu === menu);
  // Stable by group: the declaration order within a group is the menu order.
  const ordered = [...inMenu].sort((x, y) => x.place!.group - y.place!.group);
  for (const action of ordered) {
    const place = action.place!;
    if (group !== undefined && place.group !== group) out.push({ kind: 'separator' });
    group = place.group;
    if (place.submenu) {
      const existing = submenus.get(place.submenu);
      if (existing) existing.push(action);
      else {
        const actions = [action];
        submenus.set(place.submenu, actions);
        out.push({ kind: 'submenu', name: place.submenu, actions });
      }
      continue;
    }
    out.push({ kind: 'action', action });
    if (place.thenRecent) out.push({ kind: 'recent' });
  }
  return out;
}

/** The toolbar's buttons, group by group, in declaration order. */
export function toolbarGroups(): ActionDef[][] {
  const groups = new Map<number, ActionDef[]>();
  for (const action of ACTIONS as readonly ActionDef[]) {
    if (!action.toolbar) continue;
    const list = groups.get(action.toolbar.group) ?? [];
    list.push(action);
    groups.set(action.toolbar.group, list);
  }
  return [...groups.entries()].sort(([x], [y]) => x - y).map(([, list]) => list);
}
