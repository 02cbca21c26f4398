import type { BridgeRecent } from '../../shared/bridge';
import { LANGUAGES, type Language } from '../../shared/model';
import { MAX_RECENT } from './files';
import { readPersonalLibrary, type PersonalInstrument } from '../../shared/research/personalLibrary';

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
  /** The personal instrument library (#11), to add to any theory. */
  instruments: PersonalInstrument[];
}

export const DEFAULT_PREFERENCES: Preferences = { language: null, recent: [], bounds: null, maximized: false, instruments: [] };
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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * One preference as read from disk, or its default when the file holds something else (a
 * hand-edited or half-written preferences file must not stop the app from starting, and a
 * bad value in one key must not cost the others).
 */
export function sanitizePreference<K extends keyof Preferences>(key: K, value: unknown): Preferences[K] {
  switch (key) {
    case 'language':
      return ((LANGUAGES as readonly unknown[]).includes(value) ? value : null) as Preferences[K];
    case 'maximized':
      return (value === true) as Preferences[K];
    case 'bounds': {
      if (!isObject(value)) return null as Preferences[K];
      const { x, y, width, height } = value;
      if (![x, y, width, height].every(isFiniteNumber)) return null as Preferences[K];
      return { x, y, width, height } as Preferences[K];
    }
    case 'recent': {
      if (!Array.isArray(value)) return [] as unknown as Preferences[K];
      const recent = value
        .filter((r): r is BridgeRecent => isObject(r) && typeof r.path === 'string' && typeof r.name === 'string' && typeof r.openedAt === 'string')
        .map(({ path, name, openedAt }) => ({ path, name, openedAt }))
        .slice(0, MAX_RECENT);
      return recent as Preferences[K];
    }
    case 'instruments':
      return readPersonalLibrary(value).instruments as Preferences[K];
    default:
      return DEFAULT_PREFERENCES[key];
  }
}

export interface PreferenceStore {
  get<K extends keyof Preferences>(key: K): Preferences[K];
  set<K extends keyof Preferences>(key: K, value: Preferences[K]): void;
  /** A key as stored, unchecked: to name what was wrong with it (the personal library), never to use as is. */
  stored(key: keyof Preferences): unknown;
}

/** Preferences in electron-store (a JSON file in the user-data folder); never documents. */
export async function openPreferences(cwd?: string): Promise<PreferenceStore> {
  const { default: Store } = await import('electron-store');
  // clearInvalidConfig: a preferences file that is not JSON starts over instead of crashing.
  const store = new Store<Preferences>({ name: 'preferences', defaults: DEFAULT_PREFERENCES, clearInvalidConfig: true, ...(cwd ? { cwd } : {}) });
  return {
    get: (key) => sanitizePreference(key, store.get(key)),
    set: (key, value) => store.set(key, value),
    stored: (key) => store.get(key),
  };
}
