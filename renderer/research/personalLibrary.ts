import type { Services } from '../state/services';
import { translator } from '../../shared/i18n/core';
import { researchStrings } from '../../shared/i18n/research';
import type { PersonalInstrument, PersonalLibraryRead } from '../../shared/research/personalLibrary';

const r = (services: Services) => translator(researchStrings, services.ui.get().language);
const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Read the personal library from the app's settings into the UI state (the panel shows it, with what could not be read). */
export async function loadPersonalLibrary(services: Services): Promise<PersonalLibraryRead> {
  let read: PersonalLibraryRead;
  try {
    read = await services.platform.readPersonalLibrary();
  } catch (error) {
    read = { instruments: [], problems: [] };
    services.ui.set({ toast: r(services)('personalReadFailed', { why: why(error) }) });
  }
  services.ui.set({ personalLibrary: read });
  return read;
}

/**
 * Change the personal library: read it afresh (another window may have kept something since),
 * change that, keep it. `change` returns the new list, or null to keep nothing. False when it
 * could not be kept: the user is told why and the library shown stays as it is kept.
 */
export async function changePersonalLibrary(services: Services, change: (library: PersonalInstrument[]) => PersonalInstrument[] | null): Promise<boolean> {
  const { instruments } = await loadPersonalLibrary(services);
  const next = change(instruments);
  if (!next) return false;
  try {
    await services.platform.writePersonalLibrary(next);
  } catch (error) {
    services.ui.set({ toast: r(services)('personalWriteFailed', { why: why(error) }) });
    return false;
  }
  // What could not be read is gone now that the library is written again: only what is kept is shown.
  services.ui.set({ personalLibrary: { instruments: next, problems: [] } });
  return true;
}
