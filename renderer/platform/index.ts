import type { WerkzaamBridge } from '../../shared/bridge';
import { createElectronPlatform } from './electronPlatform';
import { createWebPlatform } from './webPlatform';
import type { Platform } from './platform';

declare const __APP_VERSION__: string;

/** The one place that looks at which host the renderer runs in. */
export function getPlatform(): Platform {
  const version = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '';
  const bridge = (window as Window & { werkzaam?: WerkzaamBridge }).werkzaam;
  return bridge ? createElectronPlatform(bridge, version) : createWebPlatform(window, undefined, version);
}
