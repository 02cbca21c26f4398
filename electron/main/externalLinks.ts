/**
 * Which links may leave the app for the system browser or mail program, and how. The page
 * has no way to ask for this (the bridge has no openExternal); only a link the user clicks
 * (a window.open or a navigation, both refused in the window) gets here, and only after
 * the user confirmed it in a dialog that shows where it goes.
 */

/** Why a link may not be opened outside the app, or null when it may be offered. */
export function externalLinkProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not a link';
  }
  if (url.protocol === 'mailto:') return url.pathname.includes('@') ? null : 'not an e-mail address';
  if (url.protocol !== 'https:') return 'only https and mailto links open outside Werkzaam';
  if (url.username || url.password) return 'a link with a user name or password';
  return privateHostProblem(url.hostname);
}

export function isSafeExternalUrl(value: string): boolean {
  return externalLinkProblem(value) === null;
}

/**
 * A host on this computer or its local network: a web page could use such a link to reach
 * a router, a printer, a cloud metadata service or a server on localhost. The WHATWG URL
 * parser has already turned 0x7f.1, 2130706433 and the like into dotted decimals.
 */
function privateHostProblem(host: string): string | null {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (name === '') return 'no host';
  if (name.startsWith('[')) return privateIpv6(name.slice(1, -1)) ? 'an address on this computer or its network' : null;
  const v4 = ipv4(name);
  if (v4) return privateIpv4(v4) ? 'an address on this computer or its network' : null;
  // Single-label names (https://router/) and local-only suffixes resolve inside the network.
  if (!name.includes('.')) return 'a name on the local network';
  if (/\.(localhost|local|internal|intranet|lan|home\.arpa|localdomain)$/.test(name) || name === 'localhost') return 'a name on the local network';
  return null;
}

function ipv4(name: string): number[] | null {
  const parts = name.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : null;
}

function privateIpv4([a, b]: number[]): boolean {
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b! >= 64 && b! <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata (169.254.169.254)
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) ||
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    a! >= 224 // multicast, reserved, broadcast
  );
}

function privateIpv6(address: string): boolean {
  const a = address.toLowerCase();
  if (a === '::' || a === '::1') return true;
  // IPv4-mapped (::ffff:7f00:1 as the URL parser writes ::ffff:127.0.0.1).
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a);
  if (mapped) {
    const hi = parseInt(mapped[1]!, 16);
    const lo = parseInt(mapped[2]!, 16);
    return privateIpv4([hi >> 8, hi & 255, lo >> 8, lo & 255]);
  }
  const first = parseInt(a.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00; // unique-local, link-local, multicast
}

/**
 * Open a link the user clicked, after asking: refused links are dropped (with a log line),
 * and while one question is open the next click is ignored, so a page cannot stack dialogs.
 */
export function externalLinkOpener(deps: {
  confirm(url: string): Promise<boolean>;
  open(url: string): Promise<void> | void;
  log?: (message: string) => void;
}): (url: string) => Promise<boolean> {
  let asking = false;
  return async (url) => {
    const problem = externalLinkProblem(url);
    if (problem) {
      (deps.log ?? console.warn)(`Werkzaam: not opening ${url.slice(0, 200)}: ${problem}`);
      return false;
    }
    if (asking) return false;
    asking = true;
    try {
      if (!(await deps.confirm(url))) return false;
      await deps.open(url);
      return true;
    } finally {
      asking = false;
    }
  };
}
