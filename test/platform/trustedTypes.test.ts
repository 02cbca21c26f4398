import { describe, expect, it, vi } from 'vitest';
import { installTrustedTypesPolicy, sameOriginScriptUrl } from '../../renderer/platform/trustedTypes';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, TRUSTED_TYPES_POLICY, contentSecurityPolicy } from '../../shared/csp';

describe('the Trusted Types policy', () => {
  it('lets only script URLs of the page’s own origin through', () => {
    const base = 'app://werkzaam/index.html';
    expect(sameOriginScriptUrl('./assets/pdfWorker-abc.js', base)).toBe('app://werkzaam/assets/pdfWorker-abc.js');
    expect(sameOriginScriptUrl('http://127.0.0.1:5173/assets/w.js', 'http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173/assets/w.js');
    for (const url of ['https://evil.example/w.js', '//evil.example/w.js', 'http://127.0.0.1:5174/w.js', 'data:text/javascript,1', 'javascript:alert(1)']) {
      expect(() => sameOriginScriptUrl(url, 'http://127.0.0.1:5173/'), url).toThrow(TypeError);
    }
  });

  it('is created under the one name the CSP allows, with no way to make HTML or script from text', () => {
    const createPolicy = vi.fn();
    installTrustedTypesPolicy({ trustedTypes: { createPolicy }, location: { href: 'app://werkzaam/index.html' } });
    const [name, rules] = createPolicy.mock.calls[0]!;
    expect(name).toBe(TRUSTED_TYPES_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain(`trusted-types ${TRUSTED_TYPES_POLICY}`);
    expect(Object.keys(rules)).toEqual(['createScriptURL']);
    // A browser without Trusted Types: nothing to install, nothing thrown.
    expect(() => installTrustedTypesPolicy({ location: { href: 'x' } })).not.toThrow();
  });
});

describe('the CSP (S1, S2)', () => {
  it('allows nothing inline, no eval, no framing, and no data:/blob: beyond the two uses named in shared/csp.ts', () => {
    for (const policy of [CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY]) {
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*|https?:/);
      const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
      expect(directives).toMatchObject({
        'default-src': "'none'",
        'script-src': "'self'",
        'style-src': "'self'",
        'worker-src': "'self'",
        'img-src': "'self' blob:",
        'connect-src': "'self' data:",
        'object-src': "'none'",
        'base-uri': "'none'",
        'form-action': "'none'",
        'require-trusted-types-for': "'script'",
      });
    }
    // frame-ancestors is ignored (with a console error) in a meta tag: header only.
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy({ nonce: 'abc' })).toContain("script-src 'self' 'nonce-abc'; worker-src 'self'; style-src 'self' 'nonce-abc'");
  });
});
