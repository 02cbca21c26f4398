import { NODE_FS, type AtomicFileHandle, type AtomicFs } from '../../electron/node/atomicWrite';

/** A step of a save that the fake file system can fail. */
export type FaultStep = 'open' | 'write' | 'sync' | 'close' | 'chmod' | 'rename';

export interface Fault {
  step: FaultStep;
  /** The system error code to fail with (EIO, ENOSPC, EROFS, …). */
  code: string;
  /** For 'write': write this much of the data first, as a disk that fills up would. */
  partial?: boolean;
}

/**
 * The real file system (in a temporary folder), except that the step named by `fault`
 * fails the way an operating system would, with an error naming the path it was given:
 * for a save, the temporary file, which is exactly what the user must never be shown.
 * `onStep` runs before each step (another program changing the file mid-save, say).
 */
export function faultyFs(fault: Fault | null, onStep?: (step: FaultStep, path: string) => Promise<void> | void): AtomicFs & { calls: string[] } {
  const calls: string[] = [];
  const fail = (step: FaultStep, path: string) => {
    const error = Object.assign(new Error(`${fault!.code}: ${step} failed, '${path}'`), { code: fault!.code, path });
    return error;
  };
  const at = async (step: FaultStep, path: string) => {
    calls.push(`${step} ${path}`);
    await onStep?.(step, path);
    if (fault?.step === step) throw fail(step, path);
  };
  return {
    calls,
    async open(path, flags, mode) {
      // Opening the folder to sync it is not a step of the file's save.
      if (flags === 'r') return NODE_FS.open(path, flags, mode);
      await at('open', path);
      const handle = await NODE_FS.open(path, flags, mode);
      const wrapped: AtomicFileHandle = {
        async writeFile(data) {
          calls.push(`write ${path}`);
          await onStep?.('write', path);
          if (fault?.step === 'write') {
            if (fault.partial) await handle.writeFile(typeof data === 'string' ? data.slice(0, Math.floor(data.length / 2)) : data.subarray(0, data.length >> 1));
            throw fail('write', path);
          }
          return handle.writeFile(data);
        },
        async sync() {
          await at('sync', path);
          return handle.sync();
        },
        async close() {
          if (fault?.step === 'close') {
            // The descriptor is released anyway, as a failing close does.
            await handle.close();
            calls.push(`close ${path}`);
            throw fail('close', path);
          }
          await at('close', path);
          return handle.close();
        },
      };
      return wrapped;
    },
    async rename(from, to) {
      await at('rename', from);
      return NODE_FS.rename(from, to);
    },
    async chmod(path, mode) {
      await at('chmod', path);
      return NODE_FS.chmod(path, mode);
    },
    rm: (path, options) => NODE_FS.rm(path, options),
    stat: (path) => NODE_FS.stat(path),
    lstat: (path) => NODE_FS.lstat(path),
    realpath: (path) => NODE_FS.realpath(path),
    readlink: (path) => NODE_FS.readlink(path),
  };
}
