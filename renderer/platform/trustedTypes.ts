import { config as zodConfig } from 'zod';
import { TRUSTED_TYPES_POLICY } from '../../shared/csp';

/**
 * The page's one Trusted Types policy (the CSP requires Trusted Types for every script sink
 * and allows only this policy). Nothing in the app writes HTML from strings or runs script
 * text, so the policy has no createHTML and no createScript: such a call throws. The one
 * script URL the app makes, the PDF worker's, is a file of the app itself; any URL of
 * another origin is refused.
 *
 * Imported first in main.tsx, before any module can reach a sink.
 */
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown;
}

export function sameOriginScriptUrl(url: string, base: string): string {
  const resolved = new URL(url, base);
  if (resolved.origin !== new URL(base).origin) throw new TypeError(`Werkzaam loads no script from ${resolved.origin}`);
  return resolved.href;
}

export function installTrustedTypesPolicy(scope: { trustedTypes?: TrustedTypesLike; location: { href: string } } = globalThis as never): void {
  // Browsers without Trusted Types ignore the CSP directive as well.
  if (!scope.trustedTypes) return;
  scope.trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, {
    createScriptURL: (url) => sameOriginScriptUrl(url, scope.location.href),
  });
}

installTrustedTypesPolicy();
// zod would probe `new Function` to compile its parsers; the CSP refuses it (and reports the
// refusal as a violation), so say up front that there is no eval here.
zodConfig({ jitless: true });
