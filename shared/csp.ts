/**
 * The Content-Security-Policy of the app, one definition for every way it is served:
 * - the built page carries it in a meta tag (vite.config.ts), so a copy of dist/renderer on
 *   any static host is covered;
 * - the desktop app sends it as a header on every app:// response and every session
 *   response (electron/main/appProtocol.ts, electron/main/hardening.ts);
 * - `npm run web` (the Vite dev server) sends it as a header too, with a fresh nonce per
 *   page for the few inline scripts and styles the dev server itself injects.
 *
 * Nothing is allowed that the app does not use:
 * - scripts and styles only from the app's own files ('self'); no 'unsafe-inline' or
 *   'unsafe-eval' (React sets styles through the CSSOM, which CSP does not restrict, and
 *   React Flow 12 ships its styles as a CSS file rather than injecting a <style>);
 * - workers from the app's own files (the PDF is built in a module worker);
 * - images: the app's own, and blob: for the PNG export, which draws the SVG through an
 *   <img> on a blob: URL;
 * - connect: the app's own files, and data: because the report font is bundled as a data:
 *   URL and decoded with fetch() (neither reaches the network);
 * - Trusted Types: no string may become HTML or script. The one script URL the app makes
 *   (the PDF worker) goes through the `default` policy in renderer/platform/trustedTypes.ts,
 *   which accepts same-origin URLs only.
 * - frame-ancestors 'none' (no other page may frame the app) only works as a header; a
 *   meta tag with it draws a console error, so the meta variant leaves it out.
 */
export interface CspOptions {
  /** A nonce for inline scripts and styles (dev server only; the built page needs none). */
  nonce?: string;
  /** The header variant: adds what a meta tag cannot carry (frame-ancestors). */
  header?: boolean;
}

/** The name of the one Trusted Types policy the page may create. */
export const TRUSTED_TYPES_POLICY = 'default';

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const nonce = options.nonce ? ` 'nonce-${options.nonce}'` : '';
  return [
    "default-src 'none'",
    `script-src 'self'${nonce}`,
    "worker-src 'self'",
    `style-src 'self'${nonce}`,
    "img-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICY}`,
    ...(options.header ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

/** As a header: the desktop app's app:// responses and session. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy({ header: true });

/** In the built page's meta tag. */
export const META_CONTENT_SECURITY_POLICY = contentSecurityPolicy();
