import { describe, expect, it, vi } from 'vitest';
import { externalLinkOpener, externalLinkProblem, isSafeExternalUrl } from '../../electron/main/externalLinks';

describe('which links may leave the app (S3)', () => {
  it.each([
    'https://www.kdg.be/onderzoek',
    'https://example.org:8443/a?b=c#d',
    'mailto:onderzoek@kdg.be',
    'mailto:a@b.nl?subject=Werkzaam',
    'https://8.8.8.8/',
    'https://[2001:db8::1]/',
  ])('offers %s (after asking)', (url) => expect(externalLinkProblem(url)).toBeNull());

  it.each([
    // Not https or mailto.
    'http://example.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vscode://file/etc/passwd',
    'mailto:',
    'not a link',
    // Credentials in the link.
    'https://user:pw@example.org/',
    // This computer, its network, link-local and metadata services, however the address is written.
    'https://127.0.0.1/',
    'https://127.1/',
    'https://0x7f.0.0.1/',
    'https://2130706433/',
    'https://0.0.0.0/',
    'https://localhost/',
    'https://LOCALHOST./',
    'https://app.localhost/',
    'https://10.0.0.1/',
    'https://172.16.5.4/',
    'https://172.31.255.255/',
    'https://192.168.1.1/',
    'https://169.254.169.254/latest/meta-data/',
    'https://100.64.0.1/',
    'https://224.0.0.1/',
    'https://255.255.255.255/',
    'https://[::1]/',
    'https://[::]/',
    'https://[fe80::1]/',
    'https://[fd00::1]/',
    'https://[fc00::1]/',
    'https://[::ffff:127.0.0.1]/',
    'https://[::ffff:169.254.169.254]/',
    // Names that only resolve inside the local network.
    'https://router/',
    'https://printer.local/',
    'https://nas.lan/',
    'https://server.internal/',
    'https://fritz.box.home.arpa/',
  ])('refuses %s', (url) => {
    expect(externalLinkProblem(url)).not.toBeNull();
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('asks before opening, opens only on yes, and never stacks a second question', async () => {
    let answer!: (yes: boolean) => void;
    const confirm = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const open = vi.fn();
    const log = vi.fn();
    const follow = externalLinkOpener({ confirm, open, log });
    const first = follow('https://www.kdg.be/');
    // A second click (or a page clicking for the user) while the question is open is dropped.
    expect(await follow('https://example.org/')).toBe(false);
    expect(confirm).toHaveBeenCalledTimes(1);
    answer(false);
    expect(await first).toBe(false);
    expect(open).not.toHaveBeenCalled();

    const second = follow('https://www.kdg.be/');
    answer(true);
    expect(await second).toBe(true);
    expect(open.mock.calls).toEqual([['https://www.kdg.be/']]);

    // A refused link is never even asked about.
    expect(await follow('https://169.254.169.254/')).toBe(false);
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/not opening https:\/\/169\.254\.169\.254\/: an address on this computer or its network/));
  });
});
