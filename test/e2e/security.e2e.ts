import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { serveStatic } from './support/server';
import { launch, openApp } from './support/browser';
import { DIST, ROOT, SEED, menu, openFile, selectCardForInspector } from './support/app';

/** Records every CSP violation the page reports, from the first script on. */
function recordViolations(): void {
  const w = window as unknown as { __violations: string[] };
  w.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}` + (e.blockedURI === 'trusted-types-sink' ? ` ${e.sample} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` : '')));
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('Content-Security-Policy of the built app (S1, S2)', () => {
  let server: { url: string; close: () => Promise<void> };
  let context: BrowserContext;
  beforeAll(async () => {
    server = await serveStatic(DIST);
    context = await launch();
    await context.addInitScript(recordViolations);
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('carries the strict policy; opening, editing and every export (the PDF in its worker) break none of it', async () => {
    const workers: string[] = [];
    const opened = await openApp(context, server.url, { language: 'en' });
    const p = opened.page;
    p.on('worker', (w) => workers.push(w.url()));

    const meta = await p.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
    for (const directive of ["script-src 'self';", "style-src 'self';", "require-trusted-types-for 'script'", "object-src 'none'", "base-uri 'none'"]) expect(meta).toContain(directive);
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval|data: blob:|blob: data:|\*/);

    await openFile(p, SEED);
    await p.waitForSelector('.card-node');
    await selectCardForInspector(p, 'c1');
    await p.getByRole('textbox', { name: 'Title', exact: true }).fill('Under a strict policy');
    for (const item of [/^Export as PDF/, /^Export as PNG/, /^Export as SVG/]) {
      const download = p.waitForEvent('download', { timeout: 60_000 });
      await menu(p, /^File$/, item);
      await p.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click();
      await download;
    }
    // The PDF was built in the worker (its URL went through the Trusted Types policy), not in the page.
    expect(workers.some((url) => /pdfWorker/.test(url))).toBe(true);
    expect(await violations(p)).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it('refuses what injected content would try: inline script, <style>, style attributes, eval, HTML from strings, foreign or blob workers, network', async () => {
    const { page } = await openApp(context, server.url, { language: 'en' });
    const outcome = await page.evaluate(async () => {
      const tries: Record<string, string> = {};
      const attempt = (name: string, fn: () => unknown) => {
        try {
          fn();
          tries[name] = 'ran';
        } catch (error) {
          tries[name] = `refused: ${(error as Error).name}`;
        }
      };
      const w = window as unknown as { __ran?: boolean };
      attempt('script text', () => {
        const s = document.createElement('script');
        s.textContent = 'window.__ran = true';
        document.head.append(s);
      });
      attempt('innerHTML', () => {
        document.createElement('div').innerHTML = '<img src=x onerror="window.__ran = true">';
      });
      attempt('foreign worker', () => new Worker('https://evil.example/w.js'));
      const style = document.createElement('style');
      style.textContent = 'body { background: rgb(255, 0, 0) !important; }';
      document.head.append(style);
      const probe = document.createElement('div');
      probe.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(probe);
      // The CSSOM is not restricted: this is how React sets its style props.
      const cssom = document.createElement('div');
      cssom.style.color = 'rgb(0, 128, 0)';
      document.body.append(cssom);
      const blobWorker = await new Promise<string>((resolve) => {
        try {
          const url = URL.createObjectURL(new Blob(['self.postMessage(1)'], { type: 'text/javascript' }));
          const worker = new Worker(url);
          worker.onmessage = () => resolve('ran');
          worker.onerror = () => resolve('refused');
          setTimeout(() => resolve('refused'), 2000);
        } catch {
          resolve('refused');
        }
      });
      const network = await fetch('https://example.org/').then(
        () => 'reached',
        () => 'refused',
      );
      const image = await new Promise<string>((resolve) => {
        const img = new Image();
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('refused');
        img.src = 'https://example.org/pixel.png';
      });
      await new Promise((r) => setTimeout(r, 200));
      return {
        tries,
        ran: w.__ran === true,
        styleElement: getComputedStyle(document.body).backgroundColor,
        styleAttribute: getComputedStyle(probe).color,
        cssom: getComputedStyle(cssom).color,
        blobWorker,
        network,
        image,
      };
    });
    expect(outcome.ran).toBe(false);
    for (const name of ['script text', 'innerHTML', 'foreign worker']) expect(outcome.tries[name], name).toMatch(/^refused/);
    expect(outcome.styleElement).not.toBe('rgb(255, 0, 0)');
    expect(outcome.styleAttribute).not.toBe('rgb(255, 0, 0)');
    expect(outcome.cssom).toBe('rgb(0, 128, 0)');
    expect(outcome.blobWorker).toBe('refused');
    expect(outcome.network).toBe('refused');
    expect(outcome.image).toBe('refused');

    // Code the page runs itself (not through DevTools, whose evaluations CSP exempts): a
    // same-origin script, as an injected <script src> would be, tries to turn strings into code.
    await page.route('**/__probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `
          const out = (window.__probe = {});
          try { eval('window.__probe.eval = "ran"'); } catch (e) { out.eval = 'refused: ' + e.name; }
          try { new Function('window.__probe.fn = "ran"')(); } catch (e) { out.fn = 'refused: ' + e.name; }
          try { setTimeout('window.__probe.timer = "ran"', 0); } catch (e) { out.timer = 'refused: ' + e.name; }
        `,
      }),
    );
    await page.addScriptTag({ url: `${server.url}__probe.js` });
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = 'javascript:window.__probe.link = "ran"';
      document.body.append(a);
      a.click();
    });
    await page.waitForTimeout(300);
    const probe = await page.evaluate(() => (window as unknown as { __probe: Record<string, string> }).__probe);
    expect(probe.eval).toMatch(/^refused/);
    expect(probe.fn).toMatch(/^refused/);
    expect(probe.timer).not.toBe('ran');
    expect(probe.link).toBeUndefined();
    const seen = (await violations(page)).join('\n');
    for (const directive of ['style-src-elem', 'style-src-attr', 'connect-src', 'img-src', 'worker-src', 'require-trusted-types-for']) expect(seen).toContain(directive);
  });
});

describe('Content-Security-Policy of `npm run web` (the Vite dev server)', () => {
  let vite: ViteDevServer;
  let url: string;
  let context: BrowserContext;
  beforeAll(async () => {
    vite = await createServer({ configFile: join(ROOT, 'vite.config.ts'), server: { port: 0, strictPort: false, hmr: true }, logLevel: 'error' });
    await vite.listen();
    const address = vite.httpServer!.address() as { port: number };
    url = `http://127.0.0.1:${address.port}/`;
    context = await launch();
  });
  afterAll(async () => {
    await context?.close();
    await vite?.close();
  });

  it('sends the policy as a header with a fresh nonce per page (and frame-ancestors), and the meta tag carries the same', async () => {
    const pages = await Promise.all([fetch(url, { headers: { accept: 'text/html' } }), fetch(url, { headers: { accept: 'text/html' } })]);
    const nonces = [];
    for (const response of pages) {
      const header = response.headers.get('content-security-policy') ?? '';
      expect(header).toContain("frame-ancestors 'none'");
      expect(header).toContain("require-trusted-types-for 'script'");
      expect(header).not.toMatch(/unsafe-inline|unsafe-eval/);
      const nonce = /'nonce-([^']+)'/.exec(header)?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
      const html = await response.text();
      expect(html).not.toContain('placeholder');
      expect(html).toContain(`'nonce-${nonce}'`);
      // Every inline script the dev server adds carries the nonce; nothing else is inline.
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('the app runs under it, also after a reload, with no violation; no other page may frame it', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(recordViolations);
    await page.goto(url);
    await page.waitForSelector('.react-flow__node-lane', { timeout: 90_000 });
    // The stylesheet arrived (as a nonce'd <style> from the dev client): the canvas is laid out.
    expect(await page.locator('style[nonce]').count()).toBeGreaterThan(0);
    await page.reload();
    await page.waitForSelector('.react-flow__node-lane', { timeout: 90_000 });
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);

    const framer = await context.newPage();
    await framer.setContent(`<iframe src="${url}" width="400" height="300"></iframe>`);
    await framer.waitForTimeout(1500);
    const frame = framer.frames()[1];
    const framed = frame ? await frame.evaluate(() => document.querySelector('#root') !== null).catch(() => false) : false;
    expect(framed).toBe(false);
  });
});
