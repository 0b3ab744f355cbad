// Opening the engine for a CLI command: the corpus directory from --corpus or the config, the loader's problems
// as warnings on stderr, and a clear message (exit 1) when the config is bad or no article loads.
import type { ConfigResult } from '../config.js';
import type { Engine } from '../search/engine.js';
import { openEngine } from '../search/open.js';
import { formatCorpusProblem, type CliIo } from './cli-io.js';

export type OpenedForCli = { ok: true; engine: Engine; corpusDir: string } | { ok: false; exitCode: number };

export async function openEngineForCli(command: string, corpusDirFlag: string | null, config: ConfigResult, io: CliIo, cacheDir?: string): Promise<OpenedForCli> {
  if (!config.ok) {
    for (const error of config.errors) io.stderr.write(`${command}: ${error}\n`);
    return { ok: false, exitCode: 1 };
  }
  const corpusDir = corpusDirFlag ?? config.config.CORPUS_DIR;
  const opened = await openEngine(corpusDir, cacheDir === undefined ? {} : { cacheDir });
  for (const problem of opened.problems) io.stderr.write(`${formatCorpusProblem(problem)}\n`);
  if (opened.cacheWarning !== undefined) io.stderr.write(`warning: could not save the index: ${opened.cacheWarning}\n`);
  if (opened.engine.articles.length === 0) {
    io.stderr.write(
      `${command}: no articles to search in ${corpusDir} — put the articles there as <id>.md files, or point CORPUS_DIR or --corpus at their directory\n`,
    );
    return { ok: false, exitCode: 1 };
  }
  return { ok: true, engine: opened.engine, corpusDir };
}
