import type { BridgeRecent } from '../../shared/bridge';
import type { Language } from '../../shared/model';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Preferences {
  language: Language | null;
  recent: BridgeRecent[];
  bounds: Bounds | null;
  maximized: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { language: null, recent: [], bounds: null, maximized: false };
export const DEFAULT_SIZE = { width: 1400, height: 900 };

/**
 * Saved window bounds, only if they still overlap a display's work area by a usable amount
 * (a monitor may have been unplugged); otherwise null, and the window opens centred.
 */
export function visibleBounds(saved: Bounds | null, workAreas: readonly Bounds[]): Bounds | null {
  if (!saved || saved.width < 400 || saved.height < 300) return null;
  const visible = workAreas.some((area) => {
    const w = Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x);
    const h = Math.min(saved.y + saved.height, area.y + area.height) - Math.max(saved.y, area.y);
    return w >= 200 && h >= 100;
  });
  return visible ? saved : null;
}

export interface PreferenceStore {
  get<K extends keyof Preferences>(key: K): Preferences[K];
  set<K extends keyof Preferences>(key: K, value: Preferences[K]): void;
}

/** Preferences in electron-store (a JSON file in the user-data folder); never documents. */
export async function openPreferences(cwd?: string): Promise<PreferenceStore> {
  const { default: Store } = await import('electron-store');
  const store = new Store<Preferences>({ name: 'preferences', defaults: DEFAULT_PREFERENCES, ...(cwd ? { cwd } : {}) });
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
  };
}
