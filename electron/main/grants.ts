import { resolve } from 'node:path';

/**
 * Paths the page may read or write by name. The page never picks a path itself: every path
 * it holds came from the main process (a dialog, the command line, the OS "open file"
 * event, the recent list). Granting exactly those means a compromised page cannot read
 * ~/.ssh/id_rsa or overwrite ~/.bashrc through readFile/saveFile.
 */
export class PathGrants {
  private readonly paths = new Set<string>();

  constructor(initial: Iterable<string> = []) {
    for (const path of initial) this.grant(path);
  }

  grant(path: string): void {
    this.paths.add(key(path));
  }

  has(path: string): boolean {
    return this.paths.has(key(path));
  }

  /** Throws a clear error naming the file when the page asks for a path it was never given. */
  check(path: string): string {
    if (!this.has(path)) throw new Error(`${path}: this file was not opened through Werkzaam; open it with File › Open`);
    return path;
  }
}

// Windows and macOS file systems are case-insensitive by default.
function key(path: string): string {
  const full = resolve(path);
  return process.platform === 'linux' ? full : full.toLowerCase();
}
