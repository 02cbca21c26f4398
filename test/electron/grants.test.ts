import { describe, expect, it } from 'vitest';
import { PathGrants } from '../../electron/main/grants';

describe('PathGrants', () => {
  it('allows only granted paths, compared after resolving . and ..', () => {
    const grants = new PathGrants(['/docs/kdg.werkzaam']);
    expect(grants.has('/docs/kdg.werkzaam')).toBe(true);
    expect(grants.has('/docs/sub/../kdg.werkzaam')).toBe(true);
    expect(grants.has('/docs/other.werkzaam')).toBe(false);
    expect(grants.has('/home/me/.ssh/id_rsa')).toBe(false);
    expect(() => grants.check('/home/me/.bashrc')).toThrow('/home/me/.bashrc: this file was not opened through Werkzaam');
    grants.grant('/docs/other.werkzaam');
    expect(grants.check('/docs/other.werkzaam')).toBe('/docs/other.werkzaam');
  });
});
