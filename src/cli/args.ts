// Reading a command line: node's parseArgs in strict mode with its errors turned into one message naming the flag,
// the flags several commands share, and the config as a CliResult. A bad flag is an expected problem: it comes
// back as a failure naming the flag and the fix (the dispatcher prints it with the usage, exit 2).
import { parseArgs } from 'node:util';
import type { Config, ConfigResult } from '../config.js';
import { clampLimit, DEFAULT_LIMIT, MAX_LIMIT } from '../search/index.js';

export { clampLimit };
import { failure, succeed, usageMistake, type CliResult, type FlagOptions } from './command.js';

export { DEFAULT_LIMIT, MAX_LIMIT };

/** `--help` and `-h`, which every command takes. */
export const helpFlag = { help: { type: 'boolean', short: 'h' } } as const;

/** `--corpus DIR`, for every command that reads the articles. */
export const corpusFlag = { corpus: { type: 'string' } } as const;

/** The line of every usage text that explains `--corpus`. */
export const CORPUS_FLAG_USAGE =
  '  --corpus DIR    read the articles from DIR instead of CORPUS_DIR (default ./corpus)';

/** What each option that takes a value expects, for "missing value" messages. */
const valueHints: Record<string, string> = {
  '--limit': `a whole number from 1 to ${MAX_LIMIT}`,
  '--source': 'an article id or headline (see `npm run sources`)',
  '--corpus': 'a directory, such as ./corpus',
};

export function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException).code;
  // A value option given nothing, or a value starting with "-" (node calls that ambiguous).
  const option = /'(--[a-z]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined && valueHints[option] !== undefined) {
    return `${option} needs ${valueHints[option]}`;
  }
  // node's own text goes on with advice about "--"; its first sentence names the problem.
  return message.split(/\.\s/)[0]?.replace(/\.$/, '') ?? message;
}

/** node's parseArgs in strict mode, its errors turned into one usage mistake naming the flag. */
export function readFlags<T extends FlagOptions>(argv: readonly string[], options: T, allowPositionals: boolean) {
  try {
    return succeed(parseArgs({ args: [...argv], allowPositionals, strict: true, options }));
  } catch (error) {
    return usageMistake(describeParseError(error));
  }
}

/** `--corpus DIR` as given (null when not given), or the mistake of `--corpus ""`. */
export function readCorpusFlag(corpus: string | undefined): CliResult<string | null> {
  if (corpus !== undefined && corpus.trim() === '')
    return usageMistake('--corpus needs a directory, such as --corpus ./corpus');
  return succeed(corpus ?? null);
}

/** The validated environment, or every configuration error (exit 1). */
export function configOrFailure(config: ConfigResult): CliResult<Config> {
  return config.ok ? succeed(config.config) : failure(config.errors);
}
