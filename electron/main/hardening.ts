import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/**
 * All of Electron's security checklist in one place: web preferences, the sender check
 * every IPC handler runs, navigation and window-open denial, permissions denied, CSP.
 */
export { CONTENT_SECURITY_POLICY };

/**
 * The checklist's web preferences; the window adds its preload path and the spellcheck
 * setting of its platform (hardenedWebPreferences).
 */
export const HARDENED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  // Middle-click opens links in new windows without a window.open the handler could see.
  disableBlinkFeatures: 'Auxclick',
  // A page that keeps calling alert() gets a "stop showing dialogs" choice.
  safeDialogs: true,
  spellcheck: false,
} as const;

/**
 * Spellcheck only where it stays on this computer: macOS uses the system's own spellchecker;
 * on Windows and Linux Electron downloads Hunspell dictionaries from Google's servers, which
 * would break the promise that Werkzaam works offline and talks to nobody.
 */
export function spellcheckIsLocal(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

export function hardenedWebPreferences(preload: string, platform: NodeJS.Platform = process.platform) {
  return { ...HARDENED_WEB_PREFERENCES, spellcheck: spellcheckIsLocal(platform), preload };
}

/**
 * True only for the app's own page: a URL of exactly `expectedOrigin` (app://werkzaam), in
 * the main frame. Compared by scheme and host rather than URL.origin, because WHATWG URL
 * parsers in Node give custom schemes an opaque "null" origin. Anything else (file:, http
 * on localhost, data:, about:blank, another app: host, a subframe) is refused.
 */
export function isTrustedSender(frameUrl: string | undefined, expectedOrigin: string, isMainFrame: boolean): boolean {
  if (!isMainFrame || !frameUrl) return false;
  const actual = originOf(frameUrl);
  return actual !== null && actual === originOf(expectedOrigin);
}

function originOf(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!url.host || url.username || url.password) return null;
  return `${url.protocol}//${url.host}`.toLowerCase();
}

export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-attach-webview' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'select-bluetooth-device', listener: (event: { preventDefault(): void }, devices: unknown[], callback: (deviceId: string) => void) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void;
  getURL(): string;
}

/**
 * No navigation away from the app, no new windows, no webviews, no Bluetooth device. A link
 * the user clicks (window.open, target=_blank or a plain navigation) goes to `openLink`,
 * which asks before anything leaves the app (main/externalLinks.ts).
 */
export function hardenWebContents(contents: WebContentsLike, openLink: (url: string) => void): void {
  // Only a reload of the same page may go ahead (a hash change is not a navigation anyway).
  contents.on('will-navigate', (event, url) => {
    if (withoutHash(url) === withoutHash(contents.getURL())) return;
    event.preventDefault();
    openLink(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openLink(url);
    return { action: 'deny' };
  });
  // Without a handler, Electron picks the first device it finds; an empty id cancels.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
}

function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}

export interface SessionLike {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
  setBluetoothPairingHandler?(handler: (details: unknown, callback: (response: { confirmed: boolean }) => void) => void): void;
  setDisplayMediaRequestHandler(handler: (request: unknown, callback: (streams: null) => void) => void): void;
  setSpellCheckerEnabled(enable: boolean): void;
  on(event: 'select-hid-device' | 'select-usb-device', listener: (event: { preventDefault(): void }, details: unknown, callback: (deviceId?: string | null) => void) => void): unknown;
  on(event: 'select-serial-port', listener: (event: { preventDefault(): void }, ports: unknown[], contents: unknown, callback: (portId: string) => void) => void): unknown;
  on(event: 'will-download', listener: (event: { preventDefault(): void }, ...rest: unknown[]) => void): unknown;
  webRequest: {
    onHeadersReceived(listener: (details: { responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders: Record<string, string[]> }) => void) => void): void;
  };
}

/**
 * Every permission (camera, notifications, clipboard read, …) and every device (HID, USB,
 * serial, Bluetooth pairing, screen capture) is denied; downloads are refused (exports go
 * through the main process's own save dialog); spellcheck stays local; every response
 * gets the CSP.
 */
export function hardenSession(session: SessionLike, platform: NodeJS.Platform = process.platform): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Windows and Linux only: the pairing prompt is answered "no".
  session.setBluetoothPairingHandler?.((_details, callback) => callback({ confirmed: false }));
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // A chooser event without preventDefault() lets Electron pick a device itself; calling back empty cancels.
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('will-download', (event) => event.preventDefault());
  if (!spellcheckIsLocal(platform)) session.setSpellCheckerEnabled(false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}
