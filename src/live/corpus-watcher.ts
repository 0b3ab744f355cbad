// Watches CORPUS_DIR while the bot runs: on any change to a *.md file (once the file has stopped changing, then
// debounced), reloads the corpus in the background and swaps the rebuilt index in; a broken file keeps its
// article's last good version, and the log says why.
import { watch, type FSWatcher } from 'chokidar';
import { loadCorpus, type LoadOptions } from '../corpus/load.js';
import { formatProblem } from '../corpus/problems.js';
import { describeError, type Logger } from '../logger.js';
import type { LiveEngine } from './live-engine.js';

export interface CorpusWatcher {
  /** Resolves once the directory is being watched (changes before that may be missed). */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * An article whose reload kept fewer than half of at least this many passages is logged: a file cut short (a copy
 * that stopped, an editor that saved half) would otherwise replace a good article without a word.
 */
const SHRINK_CHECK_MIN_PASSAGES = 3;

/** How long a file must stay unchanged before it is read: long enough for a slow editor or a copy over a network. */
export const DEFAULT_STABILITY_MS = 2_000;

export interface WatchOptions extends LoadOptions {
  debounceMs?: number;
  /** How long a changed file must stay the same size before it is read (default DEFAULT_STABILITY_MS). */
  stabilityMs?: number;
  /** Told after each reload whether it swapped a new index in (`ok`) or failed (the previous index is kept). */
  onReload?: (outcome: 'ok' | 'failed') => void;
}

/** Loads the corpus again and swaps the new index in, logging what was kept, what shrank, and why. */
export async function reloadCorpus(
  dir: string,
  live: LiveEngine,
  logger: Logger,
  options: LoadOptions = {},
): Promise<void> {
  const loaded = await loadCorpus(dir, options);
  const passagesBefore = new Map(
    (live.current?.articles ?? []).map((article) => [article.id, article.passages.length]),
  );
  const report = live.reload(loaded);
  for (const kept of report.kept) {
    logger.warn(
      { articleId: kept.articleId, file: kept.file, problems: kept.problems.map(formatProblem) },
      `kept the last good version of ${kept.articleId}: its file now has problems`,
    );
  }
  const keptIds = new Set(report.kept.map((kept) => kept.articleId));
  for (const article of report.articles) {
    const before = passagesBefore.get(article.id);
    if (
      keptIds.has(article.id) ||
      before === undefined ||
      before < SHRINK_CHECK_MIN_PASSAGES ||
      article.passages.length * 2 >= before
    )
      continue;
    logger.warn(
      { articleId: article.id, file: article.file, passagesBefore: before, passagesNow: article.passages.length },
      `${article.id} lost most of its passages (${before} → ${article.passages.length}); serving the new version — ` +
        `if the file was cut short or is still being written, restore or finish it and it reloads`,
    );
  }
  for (const problem of report.problems) logger.warn({ problem: formatProblem(problem) }, 'corpus file problem');
  logger.info({ articles: report.articles.length, kept: report.kept.length }, 'corpus reloaded');
}

export function watchCorpus(dir: string, live: LiveEngine, logger: Logger, options: WatchOptions = {}): CorpusWatcher {
  const { debounceMs = 300, stabilityMs = DEFAULT_STABILITY_MS, onReload: _onReload, ...loadOptions } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const runReload = async (): Promise<void> => {
    do {
      again = false;
      try {
        await reloadCorpus(dir, live, logger, loadOptions);
        options.onReload?.('ok');
      } catch (error) {
        logger.error(
          { dir, err: describeError(error) },
          'reloading the corpus failed; still serving the previous index',
        );
        options.onReload?.('failed');
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

  const watcher: FSWatcher = watch(dir, {
    ignoreInitial: true,
    depth: 0,
    awaitWriteFinish: {
      stabilityThreshold: stabilityMs,
      pollInterval: Math.min(100, Math.max(10, Math.floor(stabilityMs / 4))),
    },
  });
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
