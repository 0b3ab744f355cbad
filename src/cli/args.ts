// Command-line arguments of `npm run ask`, `npm run index` and `npm run compare`, parsed into plain values. A bad flag is an
// expected problem: it comes back as a message naming the flag and the fix (the caller prints usage, exit 2).
import { parseArgs } from 'node:util';
import { clampLimit, DEFAULT_LIMIT, MAX_LIMIT } from '../search/index.js';

export { DEFAULT_LIMIT, MAX_LIMIT };

export type ParsedArgs<T> = { ok: true; args: T } | { ok: false; message: string };

export interface AskArgs {
  /** The question from the command line, or null to read questions from standard input. */
  question: string | null;
  json: boolean;
  limit: number;
  source: string | null;
  /** `--corpus DIR`, overriding CORPUS_DIR. */
  corpusDir: string | null;
  help: boolean;
}

export interface IndexArgs {
  corpusDir: string | null;
  help: boolean;
}

export const askUsage = `Usage: npm run ask -- [options] ["question"]

Answers a question from the articles, with citations (headline, outlet, ¶ n).

  npm run ask -- "what did Sheinbaum say"        one question
  npm run ask -- --json "what did Sheinbaum say"  one JSON object
  npm run ask < questions.txt                    one question a line from standard input;
                                                 blank lines ask nothing and are skipped

Options:
  --json          print {question, results: [...]} (one object a line when reading standard input)
  --limit N       how many passages to show, 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT})
  --source ID     search only the article with this id or headline (see \`npm run sources\`)
  --corpus DIR    read the articles from DIR instead of CORPUS_DIR (default ./corpus)
  --help          show this help

Words after the options are joined into one question. A question that starts with "-" goes after "--":
  npm run ask -- --json -- "-5% tariffs"
Without a question and with a terminal as standard input, this help is shown instead of waiting for input.`;

export const indexUsage = `Usage: npm run index -- [--corpus DIR]

Builds the search index for the articles and saves it in .cache/index/, where \`npm run ask\` and the bot
load it while the articles are unchanged (they rebuild it themselves when an article changes).

Options:
  --corpus DIR    read the articles from DIR instead of CORPUS_DIR (default ./corpus)
  --help          show this help`;

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

/** Parses the arguments after `npm run ask --`. */
export function parseAskArgs(argv: readonly string[]): ParsedArgs<AskArgs> {
  const read = readFlags(
    argv,
    {
      json: { type: 'boolean' },
      limit: { type: 'string' },
      source: { type: 'string' },
      corpus: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (!read.ok) return read;
  const { values, positionals } = read.parsed;

  let limit = DEFAULT_LIMIT;
  if (values.limit !== undefined) {
    const text = values.limit.trim();
    const number = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isInteger(number) || clampLimit(number) !== number) {
      return { ok: false, message: `--limit must be a whole number from 1 to ${MAX_LIMIT}, not "${values.limit}"` };
    }
    limit = number;
  }
  if (values.source !== undefined && values.source.trim() === '') {
    return { ok: false, message: '--source needs an article id, such as --source trump-declares-us-land-strikes-cartels (see `npm run sources`)' };
  }
  if (isBlankCorpusFlag(values.corpus)) return { ok: false, message: BLANK_CORPUS_MESSAGE };
  return {
    ok: true,
    args: {
      question: positionals.length > 0 ? positionals.join(' ') : null,
      json: values.json ?? false,
      limit,
      source: values.source?.trim() ?? null,
      corpusDir: values.corpus ?? null,
      help: values.help ?? false,
    },
  };
}

/** Parses the arguments after `npm run index --`. */
export function parseIndexArgs(argv: readonly string[]): ParsedArgs<IndexArgs> {
  const read = readFlags(argv, { corpus: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, false);
  if (!read.ok) return read;
  const { values } = read.parsed;
  if (isBlankCorpusFlag(values.corpus)) return { ok: false, message: BLANK_CORPUS_MESSAGE };
  return { ok: true, args: { corpusDir: values.corpus ?? null, help: values.help ?? false } };
}

export interface CompareArgs {
  /** The topic, the words after the options joined; null when none was given. */
  topic: string | null;
  json: boolean;
  corpusDir: string | null;
  help: boolean;
}

export const compareUsage = `Usage: npm run compare -- [options] "topic"

Shows how each article reports a topic: its best passage (or "not covered"), which other articles tell the
same account, most complete account first; a line on top says how many of the articles cover the topic.

  npm run compare -- "what did Sheinbaum say"
  npm run compare -- --json "what did Sheinbaum say"

Options:
  --json          print {topic, covered, articleCount, articles: [...]}
  --corpus DIR    read the articles from DIR instead of CORPUS_DIR (default ./corpus)
  --help          show this help

Words after the options are joined into one topic. A topic that starts with "-" goes after "--".`;

/** `--corpus ""`: given, but naming no directory. */
export const BLANK_CORPUS_MESSAGE = '--corpus needs a directory, such as --corpus ./corpus';
export function isBlankCorpusFlag(corpus: string | undefined): boolean {
  return corpus !== undefined && corpus.trim() === '';
}

type FlagOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** node's parseArgs in strict mode, its errors turned into one message naming the flag. */
export function readFlags<T extends FlagOptions>(argv: readonly string[], options: T, allowPositionals: boolean) {
  try {
    return { ok: true as const, parsed: parseArgs({ args: [...argv], allowPositionals, strict: true, options }) };
  } catch (error) {
    return { ok: false as const, message: describeParseError(error) };
  }
}

/** Parses the arguments after `npm run compare --`. */
export function parseCompareArgs(argv: readonly string[]): ParsedArgs<CompareArgs> {
  const read = readFlags(argv, { json: { type: 'boolean' }, corpus: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
  if (!read.ok) return read;
  const { values, positionals } = read.parsed;
  if (isBlankCorpusFlag(values.corpus)) return { ok: false, message: BLANK_CORPUS_MESSAGE };
  const topic = positionals.join(' ').trim();
  return { ok: true, args: { topic: topic === '' ? null : topic, json: values.json ?? false, corpusDir: values.corpus ?? null, help: values.help ?? false } };
}
