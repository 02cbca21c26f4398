import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, contentTypeFor, resolveAppPath, serveAppRequest } from '../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

const root = resolve('/opt/Werkzaam/resources/app.asar/dist/renderer');

describe('resolveAppPath', () => {
  it('maps app://werkzaam/… to files inside the renderer folder', () => {
    expect(resolveAppPath(APP_INDEX_URL, root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://werkzaam/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://werkzaam', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://werkzaam/assets/index-abc.js?v=1#x', root)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath('app://werkzaam/assets/Lane%20heading.svg', root)).toBe(join(root, 'assets', 'Lane heading.svg'));
  });

  it.each([
    // The URL parser folds these dot segments away before we see them: they stay inside root.
    ['app://werkzaam/../../etc/passwd', join(root, 'etc', 'passwd')],
    ['app://werkzaam/assets/../index.html', join(root, 'index.html')],
    // WHATWG URL treats %2e%2e as a dot segment too.
    ['app://werkzaam/%2e%2e/%2e%2e/etc/passwd', join(root, 'etc', 'passwd')],
    ['app://werkzaam/%2E%2E/secret', join(root, 'secret')],
  ])('normalises %s inside the folder', (url, expected) => {
    expect(resolveAppPath(url, root)).toBe(expected);
  });

  it.each([
    'app://werkzaam/assets/%2e%2e%2f%2e%2e%2fsecret',
    'app://werkzaam/..%2f..%2fsecret',
    'app://werkzaam/..%5c..%5csecret',
    'app://werkzaam/assets%5c..%5c..%5csecret',
    'app://werkzaam/%2fetc%2fpasswd',
    'app://werkzaam/C:%5cWindows%5cwin.ini',
    'app://werkzaam/index.html%00.png',
    'app://werkzaam/%E0%A4%A',
    'app://evil/index.html',
    'app://werkzaam:81/index.html',
    'app://u:p@werkzaam/index.html',
    'file:///etc/passwd',
    'https://werkzaam/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  it('never names a file outside the folder, whatever the path', () => {
    const piece = fc.constantFrom('..', '.', '%2e%2e', '%2E.', '%2f', '%5c', '\\', '/', '%00', 'a', 'index.html', '%', '%25', ':', 'C:');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const file = resolveAppPath(`app://werkzaam/${pieces.join('')}`, root);
        if (file === null) return;
        const rel = relative(root, file);
        expect(rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel), rel).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('serveAppRequest', () => {
  const dist = mkdtempSync(join(tmpdir(), 'werkzaam-renderer-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Werkzaam</title>');
  writeFileSync(join(dist, 'assets', 'index.js'), 'export {};');
  writeFileSync(join(dist, 'assets', 'notes.xyz'), 'unknown type');
  writeFileSync(join(dist, '..', `${dist.split(/[\\/]/).pop()}-secret.txt`), 'secret');

  it('serves built files with their MIME type and the CSP header', async () => {
    const page = await serveAppRequest({ url: APP_INDEX_URL, method: 'GET' }, dist);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Werkzaam</title>');
    const script = await serveAppRequest({ url: 'app://werkzaam/assets/index.js', method: 'GET' }, dist);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('export {};');
  });

  it('answers 404 for missing files, unknown types and escapes, 405 for writes', async () => {
    const status = async (url: string, method = 'GET') => (await serveAppRequest({ url, method }, dist)).status;
    expect(await status('app://werkzaam/missing.js')).toBe(404);
    expect(await status('app://werkzaam/assets/notes.xyz')).toBe(404);
    expect(await status('app://werkzaam/assets')).toBe(404);
    expect(await status(`app://werkzaam/%2e%2e/${dist.split(/[\\/]/).pop()}-secret.txt`)).toBe(404);
    expect(await status(APP_INDEX_URL, 'POST')).toBe(405);
    const refused = await serveAppRequest({ url: 'app://werkzaam/missing.js', method: 'GET' }, dist);
    expect(refused.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('guesses no MIME type it does not know (module scripts need the right one)', () => {
    expect(contentTypeFor('a/b.MJS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('Makefile')).toBeNull();
  });
});
