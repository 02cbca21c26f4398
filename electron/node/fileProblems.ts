import type { FileProblemCode } from '../../shared/bridge';
import type { WriteStep } from './atomicWrite';

/**
 * A system error as a file problem the user can act on. ENOENT means different things by
 * step: reading, the file is gone; creating the temporary file of a save, the folder is.
 */
export function fileProblemOf(code: string, step: WriteStep | 'read' = 'read'): FileProblemCode {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return step === 'read' || step === 'resolve' ? 'missing' : 'missing-folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission';
    case 'EROFS':
      return 'read-only-volume';
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return 'disk-full';
    case 'ELOOP':
      return 'link-loop';
    case 'EISDIR':
      return 'is-folder';
    case 'ENAMETOOLONG':
      return 'name-too-long';
    case 'EBUSY':
    case 'ETXTBSY':
    case 'EAGAIN':
      return 'busy';
    default:
      return 'other';
  }
}

/** Problems about the folder rather than the file: the message names the folder. */
export function isFolderProblem(code: FileProblemCode, step: WriteStep | 'read'): boolean {
  return code === 'missing-folder' || (code === 'permission' && step === 'open');
}
