// `npm run ask`: answers one question (or one a line from standard input) from the articles, as readable
// passages with citations or as JSON. Thin: arguments → engine → render.
import { createInterface } from 'node:readline';
import type { AskOptions, Engine } from '../../search/index.js';
import {
  clampLimit,
  CORPUS_FLAG_USAGE,
  corpusFlag,
  DEFAULT_LIMIT,
  helpFlag,
  MAX_LIMIT,
  readCorpusFlag,
  readFlags,
} from '../args.js';
import { writeOut, type CliIo } from '../cli-io.js';
import { failure, succeed, usageMistake, type CliDependencies, type CliResult } from '../command.js';
import { openEngineForCli } from '../open-corpus.js';
import { renderAnswer, toAskJson, type MarkStyle } from '../render-answer.js';

export const name = 'ask';

export const usage = `Usage: npm run ask -- [options] ["question"]

Answers a question from the articles, with citations (headline, outlet, ¶ n).

  npm run ask -- "what did Sheinbaum say"        one question
  npm run ask -- --json "what did Sheinbaum say"  one JSON object
  npm run ask < questions.txt                    one question a line from standard input;
                                                 blank lines ask nothing and are skipped

Options:
  --json          print {question, results: [...]} (one object a line when reading standard input)
  --limit N       how many passages to show, 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT})
  --source ID     search only the article with this id or headline (see \`npm run sources\`)
${CORPUS_FLAG_USAGE}
  --help          show this help

Words after the options are joined into one question. A question that starts with "-" goes after "--":
  npm run ask -- --json -- "-5% tariffs"
Without a question and with a terminal as standard input, this help is shown instead of waiting for input.`;

export const flags = {
  json: { type: 'boolean' },
  limit: { type: 'string' },
  source: { type: 'string' },
  ...corpusFlag,
  ...helpFlag,
} as const;

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

/** Reads the arguments after `npm run ask --`. */
export function parse(argv: readonly string[]): CliResult<AskArgs> {
  const read = readFlags(argv, flags, true);
  if (!read.ok) return read;
  const { values, positionals } = read.value;

  let limit = DEFAULT_LIMIT;
  if (values.limit !== undefined) {
    const text = values.limit.trim();
    const number = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isInteger(number) || clampLimit(number) !== number) {
      return usageMistake(`--limit must be a whole number from 1 to ${MAX_LIMIT}, not "${values.limit}"`);
    }
    limit = number;
  }
  if (values.source !== undefined && values.source.trim() === '') {
    return usageMistake(
      '--source needs an article id, such as --source trump-declares-us-land-strikes-cartels (see `npm run sources`)',
    );
  }
  const corpusDir = readCorpusFlag(values.corpus);
  if (!corpusDir.ok) return corpusDir;
  return succeed({
    question: positionals.length > 0 ? positionals.join(' ') : null,
    json: values.json ?? false,
    limit,
    source: values.source?.trim() ?? null,
    corpusDir: corpusDir.value,
    help: values.help ?? false,
  });
}

export async function run(args: AskArgs, io: CliIo, dependencies: CliDependencies): Promise<CliResult<void>> {
  if (args.question === null && io.stdin.isTTY) {
    // Nothing piped in and no question: waiting silently for typed input would look like a hang.
    return usageMistake('no question — give one in quotes, or pipe questions one a line');
  }
  const opened = await openEngineForCli(args.corpusDir, dependencies.config, io, dependencies.cacheDir);
  if (!opened.ok) return opened;
  const { engine, corpusDir } = opened.value;
  const article = args.source === null ? undefined : engine.findSource(args.source);
  if (args.source !== null && article === undefined) {
    const known = engine.articles.map((article) => `  ${article.id}`).join('\n');
    return failure(`--source: there is no article "${args.source}" in ${corpusDir}; the known ids are:\n${known}`, 2);
  }

  const answerOne = answerer(engine, args, article?.id ?? null, io.stdout.isTTY ? 'ansi' : 'markdown');
  if (args.question !== null) {
    await writeOut(io.stdout, `${answerOne(args.question, false)}\n`);
    return succeed(undefined);
  }
  // Batch: one question a line; the engine above is loaded once for all of them.
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let isFirst = true;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const separator = args.json || isFirst ? '' : '\n';
    await writeOut(io.stdout, `${separator}${answerOne(line, true)}\n`);
    isFirst = false;
  }
  return succeed(undefined);
}

function answerer(
  engine: Engine,
  args: AskArgs,
  source: string | null,
  style: MarkStyle,
): (question: string, isBatch: boolean) => string {
  const options: AskOptions = { limit: args.limit, ...(source === null ? {} : { source }) };
  return (question, isBatch) => {
    const answer = engine.ask(question, options);
    if (args.json) return JSON.stringify(toAskJson(question, answer));
    return renderAnswer(answer, { style, showQuestion: isBatch, source });
  };
}
