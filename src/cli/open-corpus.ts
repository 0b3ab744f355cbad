// Opening the engine for a CLI command: the corpus directory from --corpus or the config, the loader's problems
// as warnings on stderr, and a failure (exit 1) when the config is bad or no article loads.
import type { Config, ConfigResult } from '../config.js';
import { openEngine, type Engine, type OpenedEngine, type OpenOptions } from '../search/index.js';
import { PUT_ARTICLES_THERE, splitParagraphsNote } from '../wording/corpus.js';
import { configOrFailure } from './args.js';
import { formatCorpusProblem, type CliIo } from './cli-io.js';
import { failure, succeed, type CliResult } from './command.js';

export interface OpenedForCli {
  engine: Engine;
  corpusDir: string;
}

export async function openEngineForCli(
  corpusDirFlag: string | null,
  configResult: ConfigResult,
  io: CliIo,
  cacheDir?: string,
): Promise<CliResult<OpenedForCli>> {
  const config = configOrFailure(configResult);
  if (!config.ok) return config;
  const corpusDir = corpusDirFlag ?? config.value.CORPUS_DIR;
  const opened = await openEngine(corpusDir, openOptions(config.value, cacheDir));
  reportOpened(opened, io, 'count splits');
  if (opened.cacheWarning !== undefined) io.stderr.write(`warning: could not save the index: ${opened.cacheWarning}\n`);
  if (opened.engine.articles.length === 0)
    return failure(`no articles to search in ${corpusDir} — ${PUT_ARTICLES_THERE}`);
  return succeed({ engine: opened.engine, corpusDir });
}

/** What openEngine needs from the config (and the cache directory a test may give). */
export function openOptions(config: Config, cacheDir: string | undefined): OpenOptions {
  return {
    ...(cacheDir === undefined ? {} : { cacheDir }),
    ...(config.MAX_ARTICLE_BYTES === undefined ? {} : { maxArticleBytes: config.MAX_ARTICLE_BYTES }),
  };
}

/**
 * The loader's problems as warnings, and, once, why a saved index was rebuilt: all on stderr. A command that answers
 * questions counts the paragraphs served in parts in one line (`count splits`), instead of repeating each on every run.
 */
export function reportOpened(
  opened: OpenedEngine,
  io: CliIo,
  splits: 'list splits' | 'count splits' = 'list splits',
): void {
  const counted = splits === 'count splits' ? opened.problems.filter((problem) => problem.kind === 'split') : [];
  for (const problem of opened.problems)
    if (!counted.includes(problem)) io.stderr.write(`${formatCorpusProblem(problem)}\n`);
  if (counted.length > 0) io.stderr.write(`${splitParagraphsNote(counted.length)}\n`);
  if (opened.rebuiltBecause !== undefined)
    io.stderr.write(`note: rebuilt the search index, the saved one was not usable: ${opened.rebuiltBecause}\n`);
}
