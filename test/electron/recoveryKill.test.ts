import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoveryFolder, WindowSlots } from '../../electron/main/files';
import { parseDocument } from '../../shared/format/parse';
import { RecoveryCopy } from '../../renderer/session/recoveryCopy';
import type { Platform } from '../../renderer/platform/platform';

const WRITER = join(__dirname, 'helpers/recoveryWriter.ts');
const ROUNDS = 8;

/** Start the writer, let it write for a random moment after its first finished write, then SIGKILL it. */
function killMidWrite(userData: string, slot: string, random: () => number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, userData, slot], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = 0;
    let timer: NodeJS.Timeout | undefined;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = chunk.toString().trim().split('\n');
      last = Number(lines.at(-1));
      timer ??= setTimeout(() => child.kill('SIGKILL'), Math.floor(random() * 250));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`the writer stopped by itself (${code}): ${stderr}`));
    });
  });
}

/** A seeded generator, so a failing round can be run again. */
function seeded(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** The desktop's recovery store as the renderer's Platform sees it (what the IPC handlers call). */
function platformOver(slots: ReturnType<WindowSlots['of']>): Platform {
  return {
    readRecovery: () => slots.claim(),
    writeRecovery: (text: string) => slots.write(text),
    clearRecovery: () => slots.clear(),
    keepRecovery: () => slots.keepAside(),
    keptRecovery: () => slots.keptAside(),
  } as unknown as Platform;
}

describe('the desktop recovery store under SIGKILL (kill test)', () => {
  it(`a writer killed at random moments ${ROUNDS} times always leaves a loadable copy; one that cannot be loaded is kept, not deleted`, async () => {
    const userData = mkdtempSync(join(tmpdir(), 'werkzaam-kill-'));
    const random = seeded(20261201);
    const dir = join(userData, 'recovery');
    for (let round = 1; round <= ROUNDS; round++) {
      const written = await killMidWrite(userData, 'window-1', random);
      expect(written).toBeGreaterThan(0);
      // Every copy in the store is whole: no kill leaves a torn file where a copy was.
      const copies = readdirSync(dir).filter((f) => f.endsWith('.json'));
      expect(copies).toEqual(['window-1.json']);
      // What a new window of the app would find: the last finished write, or one after it.
      const slots = new WindowSlots(recoveryFolder(userData)).of(round);
      const found = await new RecoveryCopy(platformOver(slots)).find();
      expect(found.kind, `round ${round}`).toBe('found');
      if (found.kind === 'found') expect(Number(/Recovery write (\d+)/.exec(found.document.theory.title)?.[1])).toBeGreaterThanOrEqual(written);
      // The app offers it back: the copy stays until the user saves or discards it.
      expect(readFileSync(join(dir, 'window-1.json'), 'utf8')).toMatch(/Recovery write/);
    }

    // A copy that cannot be loaded (cut off by something other than Werkzaam, or from a
    // version with other rules) is set aside, byte for byte, and listed; never deleted.
    const broken = readFileSync(join(dir, 'window-1.json'), 'utf8').slice(0, 5000);
    writeFileSync(join(dir, 'window-1.json'), broken);
    const slots = new WindowSlots(recoveryFolder(userData)).of(99);
    const found = await new RecoveryCopy(platformOver(slots)).find();
    expect(found.kind).toBe('unreadable');
    const kept = await slots.keptAside();
    expect(kept).toHaveLength(1);
    expect(found.kind === 'unreadable' && found.keptAt).toBe(kept[0]);
    expect(kept[0]!.startsWith(join(dir, 'kept', 'window-1-'))).toBe(true);
    expect(readFileSync(kept[0]!, 'utf8')).toBe(broken);
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toEqual([]);

    // Writers killed after that leave the kept copy alone, and a new window is offered the new work, not the kept copy.
    await killMidWrite(userData, 'window-2', random);
    const after = await new RecoveryCopy(platformOver(new WindowSlots(recoveryFolder(userData)).of(100))).find();
    expect(after.kind).toBe('found');
    expect(readFileSync(kept[0]!, 'utf8')).toBe(broken);
    const parsed = parseDocument(JSON.parse(readFileSync(join(dir, 'window-2.json'), 'utf8')).text);
    expect(parsed.ok).toBe(true);
  }, 120_000);
});
