// `npm run compare`: how each article reports a topic, as readable blocks or JSON. Thin: arguments → engine →
// compareCoverage → render.
import { compareCoverage } from '../../search/index.js';
import { CORPUS_FLAG_USAGE, corpusFlag, helpFlag, readCorpusFlag, readFlags } from '../args.js';
import { writeOut, type CliIo } from '../cli-io.js';
import { succeed, usageMistake, type CliDependencies, type CliResult } from '../command.js';
import { openEngineForCli } from '../open-corpus.js';
import { renderComparison, toCompareJson } from '../render-comparison.js';

export const name = 'compare';

export const usage = `Usage: npm run compare -- [options] "topic"

Shows how each article reports a topic: its best passage (or "not covered"), which other articles tell the
same account, most complete account first; a line on top says how many of the articles cover the topic.

  npm run compare -- "what did Sheinbaum say"
  npm run compare -- --json "what did Sheinbaum say"

Options:
  --json          print {topic, covered, articleCount, articles: [...]}
${CORPUS_FLAG_USAGE}
  --help          show this help

Words after the options are joined into one topic. A topic that starts with "-" goes after "--".`;

export const flags = { json: { type: 'boolean' }, ...corpusFlag, ...helpFlag } as const;

export interface CompareArgs {
  /** The topic, the words after the options joined; null when none was given. */
  topic: string | null;
  json: boolean;
  corpusDir: string | null;
  help: boolean;
}

/** Reads the arguments after `npm run compare --`. */
export function parse(argv: readonly string[]): CliResult<CompareArgs> {
  const read = readFlags(argv, flags, true);
  if (!read.ok) return read;
  const { values, positionals } = read.value;
  const corpusDir = readCorpusFlag(values.corpus);
  if (!corpusDir.ok) return corpusDir;
  const topic = positionals.join(' ').trim();
  return succeed({
    topic: topic === '' ? null : topic,
    json: values.json ?? false,
    corpusDir: corpusDir.value,
    help: values.help ?? false,
  });
}

export async function run(args: CompareArgs, io: CliIo, dependencies: CliDependencies): Promise<CliResult<void>> {
  if (args.topic === null)
    return usageMistake('no topic — give one in quotes, such as npm run compare -- "what did Sheinbaum say"');
  const opened = await openEngineForCli(args.corpusDir, dependencies.config, io, dependencies.cacheDir);
  if (!opened.ok) return opened;
  const comparison = compareCoverage(opened.value.engine, args.topic);
  const output = args.json
    ? JSON.stringify(toCompareJson(comparison))
    : renderComparison(comparison, io.stdout.isTTY ? 'ansi' : 'markdown');
  await writeOut(io.stdout, `${output}\n`);
  return succeed(undefined);
}
