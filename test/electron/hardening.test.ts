import { describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL, APP_ORIGIN } from '../../electron/main/appProtocol';
import { hardenSession, hardenWebContents, hardenedWebPreferences, isSafeExternalUrl, isTrustedSender, type SessionLike } from '../../electron/main/hardening';

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

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.kdg.be/onderzoek', true],
    ['http://example.org', true],
    ['https://user:pw@example.org', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['mailto:a@b.c', false],
    ['smb://server/share', false],
  ])('%s → %s', (url, ok) => expect(isSafeExternalUrl(url)).toBe(ok));
});

describe('hardening', () => {
  it('web preferences follow the checklist', () => {
    expect(hardenedWebPreferences('/p.cjs')).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, preload: '/p.cjs' });
  });

  it('denies navigation away, webviews and new windows; safe links go to the system browser', () => {
    const listeners: Record<string, (event: { preventDefault(): void }, url: string) => void> = {};
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, fn: (event: { preventDefault(): void }, url: string) => void) => (listeners[name] = fn),
      setWindowOpenHandler: (fn: (d: { url: string }) => { action: 'deny' }) => (openHandler = fn),
      getURL: () => own,
    };
    const external = vi.fn();
    hardenWebContents(contents, external);
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
    expect(openHandler!({ url: 'https://www.kdg.be' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(external.mock.calls).toEqual([['https://www.kdg.be']]);
  });

  it('denies every permission and adds the CSP header', () => {
    let request: Parameters<SessionLike['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<SessionLike['setPermissionCheckHandler']>[0] | undefined;
    let headers: Parameters<SessionLike['webRequest']['onHeadersReceived']>[0] | undefined;
    hardenSession({
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
      webRequest: { onHeadersReceived: (h) => (headers = h) },
    });
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      const callback = vi.fn();
      request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!({}, permission)).toBe(false);
    }
    const done = vi.fn();
    headers!({ responseHeaders: { 'x-a': ['1'] } }, done);
    expect(done.mock.calls[0]![0].responseHeaders['Content-Security-Policy'][0]).toMatch(/^default-src 'none'; script-src 'self'/);
  });
});
