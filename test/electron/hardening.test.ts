import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents, hardenedWebPreferences, isSafeExternalUrl, isTrustedSender, type SessionLike } from '../../electron/main/security';

const index = '/opt/Werkzaam/resources/app.asar/dist/renderer/index.html';
const own = pathToFileURL(index).href;

describe('isTrustedSender', () => {
  it('accepts only the app page in the main frame', () => {
    expect(isTrustedSender(own, index, true)).toBe(true);
    expect(isTrustedSender(`${own}#/x`, index, true)).toBe(true);
    expect(isTrustedSender(own, index, false)).toBe(false);
  });
  it.each([
    'file:///etc/passwd',
    'file:///opt/Werkzaam/resources/app.asar/dist/renderer/other.html',
    'file://evil.example/opt/Werkzaam/resources/app.asar/dist/renderer/index.html',
    'app://evil/index.html',
    'http://localhost:5173/',
    'https://example.org/index.html',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isTrustedSender(url, index, true)).toBe(false);
  });
  it('refuses a traversal that leaves the renderer folder', () => {
    expect(isTrustedSender('file:///opt/Werkzaam/resources/app.asar/dist/renderer/../../secret/index.html', index, true)).toBe(false);
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
