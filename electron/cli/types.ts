import type { ParseArgsConfig } from 'node:util';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CliContext {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  io: CliIo;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code: 0 success, 1 user error (already reported on stderr). */
  run(ctx: CliContext): Promise<number>;
}

/** A mistake in how the command was called: one line on stderr, exit 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}
