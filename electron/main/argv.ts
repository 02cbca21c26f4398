import { isTheoryFileName } from '../../shared/fileTypes';

/** Theory files named on a command line (double-click on Windows/Linux, second instance). */
export function filesFromArgv(argv: readonly string[]): string[] {
  return argv.slice(1).filter((arg) => !arg.startsWith('-') && isTheoryFileName(arg) && !/(^|[\\/])package\.json$/i.test(arg));
}
