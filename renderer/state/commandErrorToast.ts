import { CommandError } from '../../shared/commands';
import { translator } from '../../shared/i18n/core';
import { describeCommandError } from '../../shared/i18n/commandErrors';
import { uiStrings } from '../../shared/i18n/ui';
import type { UiStore } from './uiStore';

/** A refused command becomes a toast in the UI language; any other error is a bug and is thrown on. */
export function toastCommandError(ui: UiStore, error: unknown): void {
  if (!(error instanceof CommandError)) throw error;
  const language = ui.get().language;
  ui.set({ toast: translator(uiStrings, language)('commandFailed', { message: describeCommandError(error, language) }) });
}
