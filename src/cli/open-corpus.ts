// Opening the engine for a CLI command: the corpus directory from --corpus or the config, the loader's problems
// as warnings on stderr, and a clear message (exit 1) when the config is bad or no article loads.
import type { Config, ConfigResult } from '../config.js';
import { type Engine, type OpenedEngine, openEngine, type OpenOptions } from '../search/index.js';
import { formatCorpusProblem, type CliIo } from './cli-io.js';

export type OpenedForCli = { ok: true; engine: Engine; corpusDir: string } | { ok: false; exitCode: number };

export async function openEngineForCli(command: string, corpusDirFlag: string | null, config: ConfigResult, io: CliIo, cacheDir?: string): Promise<OpenedForCli> {
  if (!config.ok) {
    for (const error of config.errors) io.stderr.write(`${command}: ${error}\n`);
    return { ok: false, exitCode: 1 };
  }
  const corpusDir = corpusDirFlag ?? config.config.CORPUS_DIR;
  const opened = await openEngine(corpusDir, openOptions(config.config, cacheDir));
  reportOpened(opened, io);
  if (opened.cacheWarning !== undefined) io.stderr.write(`warning: could not save the index: ${opened.cacheWarning}\n`);
  if (opened.engine.articles.length === 0) {
    io.stderr.write(
      `${command}: no articles to search in ${corpusDir} — put the articles there as <id>.md files, or point CORPUS_DIR or --corpus at their directory\n`,
    );
    return { ok: false, exitCode: 1 };
  }
  return { ok: true, engine: opened.engine, corpusDir };
}

/** What openEngine needs from the config (and the cache directory a test may give). */
export function openOptions(config: Config, cacheDir: string | undefined): OpenOptions {
  return {
    ...(cacheDir === undefined ? {} : { cacheDir }),
    ...(config.MAX_ARTICLE_BYTES === undefined ? {} : { maxArticleBytes: config.MAX_ARTICLE_BYTES }),
  };
}

/** The loader's problems as warnings, and, once, why a saved index was rebuilt: all on stderr. */
export function reportOpened(opened: OpenedEngine, io: CliIo): void {
  for (const problem of opened.problems) io.stderr.write(`${formatCorpusProblem(problem)}\n`);
  if (opened.rebuiltBecause !== undefined) io.stderr.write(`note: rebuilt the search index, the saved one was not usable: ${opened.rebuiltBecause}\n`);
}
