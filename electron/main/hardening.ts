import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/**
 * All of Electron's security checklist in one place: web preferences, the sender check
 * every IPC handler runs, navigation and window-open denial, permissions denied, CSP.
 */
export { CONTENT_SECURITY_POLICY };

/** The checklist's web preferences; the window adds its preload path (hardenedWebPreferences). */
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
  spellcheck: true,
} as const;

export function hardenedWebPreferences(preload: string) {
  return { ...HARDENED_WEB_PREFERENCES, preload };
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

/** Links that may leave the app for the system browser: http(s) without credentials. */
export function isSafeExternalUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '' && url.hostname !== '';
}

export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-attach-webview' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void;
  getURL(): string;
}

/** No navigation away from the app, no new windows, no webviews. */
export function hardenWebContents(contents: WebContentsLike, openExternal: (url: string) => void): void {
  // Only a reload of the same page may go ahead (a hash change is not a navigation anyway).
  contents.on('will-navigate', (event, url) => {
    if (withoutHash(url) !== withoutHash(contents.getURL())) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}

export interface SessionLike {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  webRequest: {
    onHeadersReceived(listener: (details: { responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders: Record<string, string[]> }) => void) => void): void;
  };
}

/** Every permission (camera, notifications, clipboard read, …) is denied; every response gets the CSP. */
export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}
