// What a terminal command is, mirroring the bot's command modules: one module a command (commands/<name>.ts)
// exporting its name, usage, flags, how it reads them and how it runs; one registry (commands/index.ts) and one
// dispatcher (dispatch.ts) that every entry point goes through. Expected failures are one shape, CliResult.
import type { parseArgs } from 'node:util';
import type { ConfigResult } from '../config.js';
import type { CliIo } from './cli-io.js';

/**
 * A step that may fail the way a user can fix: a value to go on with, or what to print on stderr (each message
 * after `npm run <command>: `), the exit code (2 for a mistake in the command line, 1 for anything else), and
 * whether the usage follows the messages.
 */
export type CliResult<T> = { ok: true; value: T } | CliFailure;

export interface CliFailure {
  ok: false;
  messages: string[];
  exitCode: 1 | 2;
  showUsage: boolean;
}

export function succeed<T>(value: T): CliResult<T> {
  return { ok: true, value };
}

/** A mistake in the command line: the message, then the usage; exit 2. */
export function usageMistake(message: string): CliFailure {
  return { ok: false, messages: [message], exitCode: 2, showUsage: true };
}

/** A failure that is not the command line's: the messages alone, exit 1 (or 2 for a value the user gave). */
export function failure(messages: string | string[], exitCode: 1 | 2 = 1): CliFailure {
  return { ok: false, messages: typeof messages === 'string' ? [messages] : messages, exitCode, showUsage: false };
}

/** What a command needs from outside: the validated environment, and where the persisted index lives. */
export interface CliDependencies {
  config: ConfigResult;
  /** Where the persisted index lives (default `.cache/index/` under the current directory). */
  cacheDir?: string;
}

/** The flags node's parseArgs reads for a command. */
export type FlagOptions = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

/** The commands, by the name `npm run <name>` runs them under. */
export type CliCommandName = 'ask' | 'sources' | 'index' | 'compare' | 'quotes' | 'gaps';

export interface CliCommand<Args extends { help: boolean }> {
  name: CliCommandName;
  usage: string;
  /** Every flag the command takes, `--help` included. */
  flags: FlagOptions;
  /** The command line after `npm run <name> --`, read into arguments, or the mistake in it. */
  parse(argv: readonly string[]): CliResult<Args>;
  /** Does the work, writing to `io`; a failure comes back for the dispatcher to print. */
  run(args: Args, io: CliIo, dependencies: CliDependencies): Promise<CliResult<void>>;
}
