// Watches CORPUS_DIR while the bot runs: on any change to a *.md file (debounced), reloads the corpus in the
// background and swaps the rebuilt index in; a broken file keeps its article's last good version, and the log says why.
import { watch, type FSWatcher } from 'chokidar';
import { loadCorpus } from '../corpus/load.js';
import { formatProblem } from '../corpus/problems.js';
import type { Logger } from '../logger.js';
import type { LiveEngine } from '../search/live-engine.js';
import { describeError } from './discord-errors.js';

export interface CorpusWatcher {
  /** Resolves once the directory is being watched (changes before that may be missed). */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Loads the corpus again and swaps the new index in, logging what was kept and why. */
export async function reloadCorpus(dir: string, live: LiveEngine, logger: Logger): Promise<void> {
  const loaded = await loadCorpus(dir);
  const report = live.reload(loaded);
  for (const kept of report.kept) {
    logger.warn({ articleId: kept.articleId, file: kept.file, problems: kept.problems.map(formatProblem) }, `kept the last good version of ${kept.articleId}: its file now has problems`);
  }
  for (const problem of report.problems) logger.warn({ problem: formatProblem(problem) }, 'corpus file skipped');
  logger.info({ articles: report.articles.length, kept: report.kept.length }, 'corpus reloaded');
}

export function watchCorpus(dir: string, live: LiveEngine, logger: Logger, options: { debounceMs?: number } = {}): CorpusWatcher {
  const debounceMs = options.debounceMs ?? 300;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const runReload = async (): Promise<void> => {
    do {
      again = false;
      try {
        await reloadCorpus(dir, live, logger);
      } catch (error) {
        logger.error({ dir, err: describeError(error) }, 'reloading the corpus failed; still serving the previous index');
      }
    } while (again);
    running = undefined;
  };

  const schedule = (path: string) => {
    if (!path.endsWith('.md')) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      // A change during a reload triggers one more reload after it, never two at once.
      if (running) again = true;
      else running = runReload();
    }, debounceMs);
  };

  const watcher: FSWatcher = watch(dir, { ignoreInitial: true, depth: 0, awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 50 } });
  watcher.on('add', schedule).on('change', schedule).on('unlink', schedule);
  watcher.on('error', (error) => logger.warn({ dir, err: describeError(error) }, 'watching the corpus failed'));

  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}
