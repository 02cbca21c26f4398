import { defineConfig, type Connect, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './shared/csp.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Vite's dev server writes this into the nonce attribute of every script and style it puts
 * in the page (html.cspNonce), and its client reads it back for the styles it injects later.
 * The middleware below swaps it for a fresh random nonce in each page it serves.
 */
export const NONCE_PLACEHOLDER = 'werkzaam-csp-nonce-placeholder';

/**
 * The same CSP in `npm run web`, `vite preview` and the build (shared/csp.ts): the page
 * carries it in a meta tag; the dev and preview servers also send it as a header, which is
 * the only place frame-ancestors works.
 */
function contentSecurityPolicyPlugin(): Plugin {
  let serving = false;
  return {
    name: 'werkzaam-csp',
    config(_config, { command }) {
      serving = command === 'serve';
      return serving ? { html: { cspNonce: NONCE_PLACEHOLDER } } : undefined;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const policy = serving ? contentSecurityPolicy({ nonce: NONCE_PLACEHOLDER }) : META_CONTENT_SECURITY_POLICY;
        return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
    configureServer(server) {
      server.middlewares.use(devNonceMiddleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
        next();
      });
    },
  };
}

/**
 * Per page: a new nonce, in the CSP header and in place of the placeholder in the HTML. The
 * page must not come from the browser's cache (its old nonce would no longer match), so the
 * conditional request header is dropped for pages.
 */
const devNonceMiddleware: Connect.NextHandleFunction = (req, res, next) => {
  const nonce = randomBytes(18).toString('base64');
  res.setHeader('Content-Security-Policy', contentSecurityPolicy({ nonce, header: true }));
  if (!String(req.headers.accept ?? '').includes('text/html')) return next();
  delete req.headers['if-none-match'];
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    const isHtml = String(res.getHeader('content-type') ?? '').includes('text/html');
    const body = isHtml && chunk !== undefined && typeof chunk !== 'function' ? String(chunk).replaceAll(NONCE_PLACEHOLDER, nonce) : chunk;
    return end(body, ...rest);
  }) as ServerResponse['end'];
  next();
};

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyPlugin()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // Assets as files, never as data: URLs, which the CSP does not allow for images.
    assetsInlineLimit: 0,
    rollupOptions: {
      output: {
        // zod and the page's Trusted Types setup (which turns zod's eval probe off) in one chunk,
        // evaluated before any module that declares a schema: code split off for the lazily
        // loaded importers and exporters would otherwise run the record declarations first,
        // and zod's probe of \`new Function\` would be reported as a CSP violation.
        manualChunks: (id) => (/node_modules\/zod\/|renderer\/platform\/trustedTypes\.ts$|shared\/csp\.ts$/.test(id) ? 'zod' : undefined),
      },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
