import type { WerkzaamDocument } from '../../shared/model';
import { parseDocument } from '../../shared/format/parse';
import type { FormatProblem } from '../../shared/format/problems';
import type { Platform } from '../platform/platform';
import { recoveredFileName } from './documentNaming';

/**
 * The recovery copy is written this long after the first unsaved change, then at most this
 * often while changes keep coming: a throttle, not a debounce, so a long burst of typing
 * cannot keep postponing the copy until the crash.
 */
export const RECOVERY_DELAY_MS = 2000;

/** What a recovery copy holds. */
export interface RecoveryPayload {
  name: string;
  savedAt: string;
  text: string;
}

/** What start-up finds: nothing, a copy to offer back, or a copy that cannot be loaded (set aside). */
export type FoundRecovery =
  | { kind: 'none' }
  | { kind: 'found'; document: WerkzaamDocument; fileName: string | null; savedAt: string }
  | { kind: 'unreadable'; keptAt: string | null; problems: FormatProblem[] };

/**
 * The crash-recovery copy of one window: written on a throttle while the document is dirty,
 * cleared when it is saved or given up, read back at start-up. Writes and clears run in
 * order, so a slow write cannot land after the clear that follows it; a failing store never
 * stops editing (the next change tries again).
 */
export class RecoveryCopy {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly platform: Platform) {}

  /** Write `payload()` once the delay has passed, unless a write is already waiting. */
  schedule(payload: () => RecoveryPayload | null): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.write(payload());
    }, RECOVERY_DELAY_MS);
  }

  /** Write now (null: nothing to write); the wait for the write already queued is returned either way. */
  write(payload: RecoveryPayload | null): Promise<void> {
    this.cancel();
    if (!payload) return this.queue;
    return this.enqueue(() => this.platform.writeRecovery(JSON.stringify(payload)));
  }

  clear(): Promise<void> {
    this.cancel();
    return this.enqueue(() => this.platform.clearRecovery());
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * The copy left by a crash, if any. A copy that cannot be loaded (not JSON, not a theory,
   * or beyond this version's rules) is set aside under a name of its own and reported,
   * never deleted: it may be someone's afternoon of work.
   */
  async find(): Promise<FoundRecovery> {
    const raw = await this.platform.readRecovery().catch(() => null);
    if (!raw) return { kind: 'none' };
    let payload: Partial<RecoveryPayload> | null = null;
    try {
      payload = JSON.parse(raw) as Partial<RecoveryPayload> | null;
    } catch {
      payload = null;
    }
    const result = payload && typeof payload.text === 'string' ? parseDocument(payload.text) : null;
    if (result?.ok) {
      return { kind: 'found', document: result.document, fileName: recoveredFileName(payload?.name), savedAt: typeof payload?.savedAt === 'string' ? payload.savedAt : '' };
    }
    const keptAt = await this.platform.keepRecovery().catch(() => null);
    return { kind: 'unreadable', keptAt, problems: result && !result.ok ? result.problems : [] };
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(step).catch(() => undefined);
    return this.queue;
  }
}
