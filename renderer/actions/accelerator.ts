/**
 * Electron accelerator strings ("CmdOrCtrl+Shift+Z") matched against DOM key events, so
 * the renderer and the native menu share one shortcut list (shared/actions.ts).
 */
export interface Chord {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

const KEY_ALIASES: Record<string, string> = {
  plus: '+',
  delete: 'delete',
  backspace: 'backspace',
  enter: 'enter',
  return: 'enter',
  escape: 'escape',
  esc: 'escape',
  // Electron writes arrows as Up/Down/Left/Right, the DOM as ArrowUp…
  up: 'arrowup',
  down: 'arrowdown',
  left: 'arrowleft',
  right: 'arrowright',
};

/** How a key is written on a keycap, for menus and the shortcuts list. */
const KEY_NAMES: Record<string, string> = { arrowup: '↑', arrowdown: '↓', arrowleft: '←', arrowright: '→', escape: 'Esc' };

export function parseAccelerator(accelerator: string): Chord {
  const parts = accelerator.split('+');
  // "CmdOrCtrl+Plus" and "CmdOrCtrl+=" both end in a key; a trailing "" means the key was "+".
  const keyPart = parts.at(-1) === '' ? '+' : parts.pop()!;
  const mods = parts.map((p) => p.toLowerCase());
  const key = KEY_ALIASES[keyPart.toLowerCase()] ?? keyPart.toLowerCase();
  return {
    mod: mods.some((m) => m === 'cmdorctrl' || m === 'commandorcontrol' || m === 'ctrl' || m === 'cmd' || m === 'command' || m === 'control'),
    shift: mods.includes('shift'),
    alt: mods.includes('alt') || mods.includes('option'),
    key,
  };
}

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function matches(chord: Chord, event: KeyLike, isMac: boolean): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (mod !== chord.mod || event.altKey !== chord.alt) return false;
  const key = event.key.toLowerCase();
  // Shift changes the key itself for digits and symbols ("Shift+1" arrives as "!"): use the code then.
  if (/^[0-9]$/.test(chord.key)) return event.shiftKey === chord.shift && (key === chord.key || event.code === `Digit${chord.key}`);
  if (chord.key === '+' || chord.key === '=') return key === '+' || key === '=';
  if (event.shiftKey !== chord.shift) return false;
  return key === chord.key;
}

/** "CmdOrCtrl+Shift+Z" → "Ctrl+Shift+Z" or "⌘⇧Z", for menus and the shortcuts list. */
export function displayAccelerator(accelerator: string, isMac: boolean): string {
  const chord = parseAccelerator(accelerator);
  const key = KEY_NAMES[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key[0]!.toUpperCase() + chord.key.slice(1));
  if (isMac) return `${chord.mod ? '⌘' : ''}${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${key}`;
  return [chord.mod && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}

/**
 * Shortcuts a browser keeps for itself (new window, new tab, close tab): a page never sees
 * them, so the browser build does not show them next to its menu items.
 */
const BROWSER_RESERVED = new Set(['CmdOrCtrl+N', 'CmdOrCtrl+Shift+N', 'CmdOrCtrl+T', 'CmdOrCtrl+W']);

/** The shortcut to show for an action, or null where the host would never deliver it. */
export function shownAccelerator(accelerator: string | undefined, nativeMenus: boolean): string | null {
  if (!accelerator) return null;
  return !nativeMenus && BROWSER_RESERVED.has(accelerator) ? null : accelerator;
}

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
  }
  return false;
}
