// `npm run index`: builds the search index for the articles and saves it under .cache/index/, so `npm run ask`
// and the bot start from it. Prints what it did; corpus problems are warnings; exit 1 only when nothing is indexed.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig, type ConfigResult } from '../config.js';
import { DEFAULT_CACHE_DIR, openEngine, snapshotPath } from '../search/index.js';
import { indexUsage, parseIndexArgs } from './args.js';
import { openOptions, reportOpened } from './open-corpus.js';
import { argumentsOrExit, isEntryPoint, runAsProcess, writeOut, type CliDependencies, type CliIo } from './cli-io.js';

const COMMAND = 'npm run index';

export async function runIndex(argv: readonly string[], io: CliIo, dependencies: CliDependencies): Promise<number> {
  const start = await argumentsOrExit(parseIndexArgs(argv), COMMAND, indexUsage, io);
  if ('exitCode' in start) return start.exitCode;
  const args = start.args;
  if (!dependencies.config.ok) {
    for (const error of dependencies.config.errors) io.stderr.write(`${COMMAND}: ${error}\n`);
    return 1;
  }
  const corpusDir = args.corpusDir ?? dependencies.config.config.CORPUS_DIR;
  const cacheDir = dependencies.cacheDir ?? DEFAULT_CACHE_DIR;

  const started = performance.now();
  const opened = await openEngine(corpusDir, openOptions(dependencies.config.config, cacheDir));
  const milliseconds = Math.round(performance.now() - started);
  reportOpened(opened, io);

  const articles = opened.engine.articles;
  if (articles.length === 0) {
    io.stderr.write(
      `${COMMAND}: nothing to index in ${corpusDir} — put the articles there as <id>.md files, or point CORPUS_DIR or --corpus at their directory\n`,
    );
    return 1;
  }
  const passages = articles.reduce((sum, article) => sum + article.passages.length, 0);
  const what = `${articles.length} article${articles.length === 1 ? '' : 's'}, ${passages} passage${passages === 1 ? '' : 's'} from ${corpusDir}`;
  const file = snapshotPath(resolve(cacheDir), corpusDir);
  if (opened.from === 'cache') {
    await writeOut(io.stdout, `The index in ${file} is already up to date with ${what} (checked in ${milliseconds} ms); nothing to rebuild\n`);
    return 0;
  }
  if (opened.cacheWarning !== undefined) {
    io.stderr.write(`${COMMAND}: indexed ${what}, but could not save it to ${file}: ${opened.cacheWarning}\n`);
    return 1;
  }
  if (!(await isFile(file))) {
    // openEngine skips saving when a file changed while the corpus was being read: the index would be stale.
    io.stderr.write(`${COMMAND}: indexed ${what}, but an article changed meanwhile, so it was not saved — run npm run index again\n`);
    return 1;
  }
  await writeOut(io.stdout, `Indexed ${what} in ${milliseconds} ms; saved to ${file}\n`);
  return 0;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

if (isEntryPoint(import.meta.url)) {
  runAsProcess(COMMAND, (io) => runIndex(process.argv.slice(2), io, { config: loadConfig() }));
}
