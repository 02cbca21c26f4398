import { describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL, APP_ORIGIN } from '../../electron/main/appProtocol';
import { hardenSession, hardenWebContents, hardenedWebPreferences, isTrustedSender, type SessionLike, type WebContentsLike } from '../../electron/main/hardening';

const own = APP_INDEX_URL;

describe('isTrustedSender', () => {
  it('accepts only the app origin in the main frame', () => {
    expect(APP_ORIGIN).toBe('app://werkzaam');
    expect(isTrustedSender(own, APP_ORIGIN, true)).toBe(true);
    expect(isTrustedSender(`${own}#/x`, APP_ORIGIN, true)).toBe(true);
    expect(isTrustedSender('app://werkzaam/', APP_ORIGIN, true)).toBe(true);
    expect(isTrustedSender(own, APP_ORIGIN, false)).toBe(false);
  });
  it.each([
    'file:///etc/passwd',
    'file:///opt/Werkzaam/resources/app.asar/dist/renderer/index.html',
    'app://evil/index.html',
    'app://werkzaam.evil/index.html',
    'app://evil.werkzaam/index.html',
    'app://werkzaam:8080/index.html',
    'app://user:pw@werkzaam/index.html',
    'app:werkzaam/index.html',
    'apps://werkzaam/index.html',
    'http://werkzaam/index.html',
    'http://localhost:5173/',
    'http://127.0.0.1/',
    'https://example.org/index.html',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://werkzaam/0a4c8f0e-0000-4000-8000-000000000000',
    'about:blank',
    'about:srcdoc',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isTrustedSender(url, APP_ORIGIN, true)).toBe(false);
  });
  it('refuses everything when the expected origin itself is malformed', () => {
    expect(isTrustedSender('about:blank', 'about:blank', true)).toBe(false);
    expect(isTrustedSender('x', 'x', true)).toBe(false);
  });
});

describe('hardening', () => {
  it('web preferences follow the checklist, with auxclick off and spellcheck only where it stays local (S5, S7)', () => {
    const prefs = hardenedWebPreferences('/p.cjs', 'linux');
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, experimentalFeatures: false, webviewTag: false, navigateOnDragDrop: false, safeDialogs: true, preload: '/p.cjs' });
    expect(prefs.disableBlinkFeatures.split(',')).toContain('Auxclick');
    expect(hardenedWebPreferences('/p.cjs', 'linux').spellcheck).toBe(false);
    expect(hardenedWebPreferences('/p.cjs', 'win32').spellcheck).toBe(false);
    // macOS checks spelling with the system's own dictionaries: nothing is downloaded.
    expect(hardenedWebPreferences('/p.cjs', 'darwin').spellcheck).toBe(true);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('preloadURL');
  });

  function fakeContents(url = own) {
    const listeners: Record<string, (...args: never[]) => void> = {};
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, fn: (...args: never[]) => void) => (listeners[name] = fn),
      setWindowOpenHandler: (fn: (d: { url: string }) => { action: 'deny' }) => (openHandler = fn),
      getURL: () => url,
    };
    return { contents: contents as unknown as WebContentsLike, listeners: listeners as Record<string, (...args: unknown[]) => void>, open: (u: string) => openHandler!({ url: u }) };
  }

  it('denies navigation away, webviews and every new window; each link the user follows goes to the link opener', () => {
    const { contents, listeners, open } = fakeContents();
    const links = vi.fn();
    hardenWebContents(contents, links);
    const nav = { preventDefault: vi.fn() };
    listeners['will-navigate']!(nav, 'https://evil.example/');
    expect(nav.preventDefault).toHaveBeenCalled();
    const same = { preventDefault: vi.fn() };
    listeners['will-navigate']!(same, own);
    expect(same.preventDefault).not.toHaveBeenCalled();
    const reloadWithHash = { preventDefault: vi.fn() };
    listeners['will-navigate']!(reloadWithHash, `${own}#/card/1`);
    expect(reloadWithHash.preventDefault).not.toHaveBeenCalled();
    const otherFile = { preventDefault: vi.fn() };
    listeners['will-navigate']!(otherFile, 'file:///etc/passwd');
    expect(otherFile.preventDefault).toHaveBeenCalled();
    const otherAppPage = { preventDefault: vi.fn() };
    listeners['will-navigate']!(otherAppPage, 'app://werkzaam/assets/evil.html');
    expect(otherAppPage.preventDefault).toHaveBeenCalled();
    const redirect = { preventDefault: vi.fn() };
    listeners['will-redirect']!(redirect, 'https://evil.example/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    listeners['will-attach-webview']!(webview, '');
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(open('https://www.kdg.be')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    // The window never opens anything itself: the opener decides (and asks), for navigations too.
    expect(links.mock.calls).toEqual([['https://evil.example/'], ['file:///etc/passwd'], ['app://werkzaam/assets/evil.html'], ['https://www.kdg.be'], ['file:///etc/passwd']]);
  });

  it('cancels every Bluetooth device chooser (S6)', () => {
    const { contents, listeners } = fakeContents();
    hardenWebContents(contents, vi.fn());
    const event = { preventDefault: vi.fn() };
    const callback = vi.fn();
    listeners['select-bluetooth-device']!(event, [{ deviceId: 'a', deviceName: 'Headset' }], callback);
    // preventDefault: otherwise Electron picks the first device by itself.
    expect(event.preventDefault).toHaveBeenCalled();
    expect(callback).toHaveBeenCalledWith('');
  });

  function fakeSession() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const events: Record<string, (...args: never[]) => unknown> = {};
    const set = (name: string) => (fn: (...args: never[]) => unknown) => void (handlers[name] = fn);
    const session = {
      setPermissionRequestHandler: set('permissionRequest'),
      setPermissionCheckHandler: set('permissionCheck'),
      setDevicePermissionHandler: set('devicePermission'),
      setBluetoothPairingHandler: set('bluetoothPairing'),
      setDisplayMediaRequestHandler: set('displayMedia'),
      setSpellCheckerEnabled: vi.fn(),
      on: (name: string, fn: (...args: never[]) => unknown) => void (events[name] = fn),
      webRequest: { onHeadersReceived: set('headers') },
    };
    return { session: session as unknown as SessionLike, raw: session, handlers: handlers as Record<string, (...args: unknown[]) => unknown>, events: events as Record<string, (...args: unknown[]) => unknown> };
  }

  it('denies every permission, device and screen capture, refuses downloads and adds the CSP header', () => {
    const { session, handlers, events } = fakeSession();
    hardenSession(session, 'linux');
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'hid', 'serial', 'usb', 'bluetooth', 'display-capture', 'openExternal']) {
      const callback = vi.fn();
      handlers.permissionRequest!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.permissionCheck!({}, permission)).toBe(false);
    }
    expect(handlers.devicePermission!({ deviceType: 'hid', device: {}, origin: 'app://werkzaam' })).toBe(false);
    const pairing = vi.fn();
    handlers.bluetoothPairing!({ deviceId: 'x', pairingKind: 'confirm' }, pairing);
    expect(pairing).toHaveBeenCalledWith({ confirmed: false });
    const capture = vi.fn();
    handlers.displayMedia!({}, capture);
    expect(capture).toHaveBeenCalledWith(null);
    // Each device chooser is taken over (preventDefault) and answered with "nothing chosen".
    for (const [name, args] of [
      ['select-hid-device', [{ deviceList: [{ deviceId: 'k' }] }]],
      ['select-usb-device', [{ deviceList: [{ deviceId: 'u' }] }]],
      ['select-serial-port', [[{ portId: 'p' }], {}]],
    ] as const) {
      const event = { preventDefault: vi.fn() };
      const callback = vi.fn();
      events[name]!(event, ...args, callback);
      expect(event.preventDefault, name).toHaveBeenCalled();
      expect(callback, name).toHaveBeenCalledTimes(1);
      expect([undefined, ''], name).toContain(callback.mock.calls[0]![0]);
    }
    const download = { preventDefault: vi.fn() };
    events['will-download']!(download, {}, {});
    expect(download.preventDefault).toHaveBeenCalled();
    const done = vi.fn();
    handlers.headers!({ responseHeaders: { 'x-a': ['1'] } }, done);
    expect(done.mock.calls[0]![0].responseHeaders['Content-Security-Policy'][0]).toMatch(/^default-src 'none'; script-src 'self'/);
  });

  it('turns the spellchecker off where it would download dictionaries (S5)', () => {
    for (const [platform, off] of [['linux', true], ['win32', true], ['darwin', false]] as const) {
      const { session, raw } = fakeSession();
      hardenSession(session, platform);
      if (off) expect(raw.setSpellCheckerEnabled, platform).toHaveBeenCalledWith(false);
      else expect(raw.setSpellCheckerEnabled, platform).not.toHaveBeenCalled();
    }
  });
});
