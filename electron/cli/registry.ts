import type { CliCommand } from './types';
import { validateCommand } from './commands/validate';
import { checkCommand } from './commands/check';
import { convertCommand } from './commands/convert';
import { newCommand } from './commands/new';
import { templatesCommand } from './commands/templates';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { diffCommand } from './commands/diff';
import { compareCommand } from './commands/compare';
import { mergeCommand } from './commands/merge';
import { measureCommand } from './commands/measure';

/** Every CLI command, one module each. */
export const COMMANDS: CliCommand[] = [validateCommand, checkCommand, convertCommand, newCommand, templatesCommand, importCommand, exportCommand, diffCommand, compareCommand, mergeCommand, measureCommand];
