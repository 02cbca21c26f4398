import { ACTIONS, keysOf, type ActionDef } from '../../shared/actions';
import type { Language } from '../../shared/model';
import { displayAccelerator } from './accelerator';

/** The canvas's description for screen readers: the keys of the actions marked `canvasHint`, from the registry. */
export function canvasHelp(language: Language, mac: boolean): string {
  return (ACTIONS as readonly ActionDef[])
    .filter((action) => action.canvasHint && keysOf(action, mac).length > 0)
    .map((action) => `${keysOf(action, mac).map((key) => displayAccelerator(key, mac)).join(' / ')}: ${action.label[language]}.`)
    .join(' ');
}
