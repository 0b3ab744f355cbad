// `npm run index`: builds the search index for the articles and saves it under .cache/index/, so `npm run ask`
// and the bot start from it. Prints what it did; corpus problems are warnings; exit 1 only when nothing is indexed.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CACHE_DIR, openEngine, snapshotPath } from '../../search/index.js';
import { PUT_ARTICLES_THERE } from '../../wording/corpus.js';
import { plural } from '../../wording/words.js';
import { configOrFailure, CORPUS_FLAG_USAGE, corpusFlag, helpFlag, readCorpusFlag, readFlags } from '../args.js';
import { writeOut, type CliIo } from '../cli-io.js';
import { failure, succeed, type CliDependencies, type CliResult } from '../command.js';
import { openOptions, reportOpened } from '../open-corpus.js';

export const name = 'index';

export const usage = `Usage: npm run index -- [--corpus DIR]

Builds the search index for the articles and saves it in .cache/index/, where \`npm run ask\` and the bot
load it while the articles are unchanged (they rebuild it themselves when an article changes).

Options:
${CORPUS_FLAG_USAGE}
  --help          show this help`;

export const flags = { ...corpusFlag, ...helpFlag } as const;

export interface IndexArgs {
  corpusDir: string | null;
  help: boolean;
}

/** Reads the arguments after `npm run index --`. */
export function parse(argv: readonly string[]): CliResult<IndexArgs> {
  const read = readFlags(argv, flags, false);
  if (!read.ok) return read;
  const corpusDir = readCorpusFlag(read.value.values.corpus);
  if (!corpusDir.ok) return corpusDir;
  return succeed({ corpusDir: corpusDir.value, help: read.value.values.help ?? false });
}

export async function run(args: IndexArgs, io: CliIo, dependencies: CliDependencies): Promise<CliResult<void>> {
  const config = configOrFailure(dependencies.config);
  if (!config.ok) return config;
  const corpusDir = args.corpusDir ?? config.value.CORPUS_DIR;
  const cacheDir = dependencies.cacheDir ?? DEFAULT_CACHE_DIR;

  const started = performance.now();
  const opened = await openEngine(corpusDir, openOptions(config.value, cacheDir));
  const milliseconds = Math.round(performance.now() - started);
  reportOpened(opened, io);

  const articles = opened.engine.articles;
  if (articles.length === 0) return failure(`nothing to index in ${corpusDir} — ${PUT_ARTICLES_THERE}`);
  const passages = articles.reduce((sum, article) => sum + article.passages.length, 0);
  const what = `${plural(articles.length, 'article')}, ${plural(passages, 'passage')} from ${corpusDir}`;
  const file = snapshotPath(resolve(cacheDir), corpusDir);
  if (opened.from === 'cache') {
    await writeOut(
      io.stdout,
      `The index in ${file} is already up to date with ${what} (checked in ${milliseconds} ms); nothing to rebuild\n`,
    );
    return succeed(undefined);
  }
  if (opened.cacheWarning !== undefined)
    return failure(`indexed ${what}, but could not save it to ${file}: ${opened.cacheWarning}`);
  if (!(await isFile(file))) {
    // openEngine skips saving when a file changed while the corpus was being read: the index would be stale.
    return failure(`indexed ${what}, but an article changed meanwhile, so it was not saved — run npm run index again`);
  }
  await writeOut(io.stdout, `Indexed ${what} in ${milliseconds} ms; saved to ${file}\n`);
  return succeed(undefined);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
