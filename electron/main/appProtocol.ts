import { promises as fs } from 'node:fs';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/**
 * The page is served from `app://werkzaam/…` instead of file:// (Electron security
 * checklist: "avoid file://"). A file: page may load any other local file and has an opaque
 * origin; an app: page has one origin of its own, which is what the IPC sender check
 * compares, and can reach nothing but the built renderer folder.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'werkzaam';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges for protocol.registerSchemesAsPrivileged. `standard` gives the scheme real
 * origins and relative URLs; `secure` makes the page a secure context (module workers,
 * crypto); `supportFetchAPI` lets the page fetch its own assets. `corsEnabled` stays off:
 * it would let other origins read from the scheme.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Module scripts are refused unless served with a JavaScript MIME type, so guess none. */
export function contentTypeFor(path: string): string | null {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? null;
}

/**
 * The file inside `root` that an app: URL names, or null when the URL is not ours or would
 * leave `root` (`..`, `%2e%2e`, encoded slashes or backslashes, NUL, absolute paths).
 * `/` means index.html.
 */
export function resolveAppPath(requestUrl: string, root: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password || url.port) return null;
  const segments: string[] = [];
  for (const raw of url.pathname.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // Decoding can produce separators or dot segments the URL parser never saw.
    if (segment === '.' || segment === '..' || /[\\/\u0000:]/.test(segment)) return null;
    if (segment !== '') segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');
  const base = resolve(root);
  const file = resolve(base, ...segments);
  const rel = relative(base, file);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return file;
}

export interface AppRequest {
  url: string;
  method: string;
}

/**
 * The protocol.handle handler: built files only, GET only, each with its MIME type and the
 * CSP as a header (the meta tag covers the page; the header covers workers and anything the
 * meta tag cannot, such as frame-ancestors).
 */
export async function serveAppRequest(request: AppRequest, root: string, readFile: (path: string) => Promise<Uint8Array> = (p) => fs.readFile(p)): Promise<Response> {
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405, headers });
  const file = resolveAppPath(request.url, root);
  const type = file && contentTypeFor(file);
  if (!file || !type) return new Response('Not found', { status: 404, headers });
  let body: Uint8Array;
  try {
    body = await readFile(file);
  } catch {
    return new Response('Not found', { status: 404, headers });
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: { ...headers, 'Content-Type': type } });
}
