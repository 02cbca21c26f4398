import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { COMMANDS } from './registry';
import { terminalSafe } from './terminalText';
import { UsageError, type CliIo } from './types';

/**
 * The `werkzaam` command line. Exit codes: 0 success, 1 user error (bad file, bad
 * arguments: one line per problem on stderr), 2 internal error. Never a stack trace.
 */
export async function runCli(argv: string[], terminal: CliIo): Promise<number> {
  // Messages quote titles, ids and keys from the file: none may reach the terminal raw.
  const io: CliIo = { out: (line) => terminal.out(terminalSafe(line)), err: (line) => terminal.err(terminalSafe(line)) };
  const [name, ...rest] = argv;
  if (!name) {
    io.err(helpText());
    return 1;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(version());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`werkzaam: unknown command "${name}" (try: werkzaam --help)`);
    return 1;
  }
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`usage: ${command.usage}\n\n${command.summary}`);
      return 0;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
    }
    return await command.run({ positionals: parsed.positionals, values: parsed.values as Record<string, string | boolean | undefined>, io });
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`werkzaam ${command.name}: ${error.message}`);
      io.err(`usage: ${command.usage}`);
      return 1;
    }
    io.err(`werkzaam ${command.name}: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'werkzaam: program theories from the command line',
    '',
    'usage: werkzaam <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'werkzaam <command> --help shows the options of one command.',
  ].join('\n');
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain || process.env.WERKZAAM_CLI_MAIN === '1') {
  // `werkzaam check x --json | head -1` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`werkzaam: internal error: ${terminalSafe(error.message)}\n`);
    process.exit(2);
  });
  runCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`werkzaam: internal error: ${terminalSafe(error instanceof Error ? error.message : String(error))}\n`);
      process.exitCode = 2;
    },
  );
}
