// `npm start`: validates the config, connects to Discord while the index loads in the background, watches the
// corpus, and shuts down cleanly on SIGINT/SIGTERM. Interactions that arrive before the index is ready are deferred
// and answered when it is.
import { formatProblem } from '../corpus/problems.js';
import { createLogger } from '../logger.js';
import { LiveEngine } from '../search/live-engine.js';
import { openEngine } from '../search/open.js';
import { createClient } from './client.js';
import { cooldownFromSetting } from './cooldown.js';
import { openFeedbackLog, type FeedbackRecorder } from '../feedback/log.js';
import { watchCorpus, type CorpusWatcher } from './corpus-watcher.js';
import { loadDiscordConfig } from './discord-config.js';
import { describeError, explainDiscordError } from './discord-errors.js';

const SHUTDOWN_GRACE_MS = 4_000;

async function main(): Promise<void> {
  const loaded = loadDiscordConfig();
  if (!loaded.ok) {
    for (const line of loaded.errors) console.error(line);
    process.exit(1);
  }
  const config = loaded.config;

  const logger = createLogger(config.LOG_LEVEL);
  process.on('unhandledRejection', (reason) => logger.error({ err: describeError(reason) }, 'unhandled promise rejection'));

  const live = new LiveEngine();
  let feedback: FeedbackRecorder;
  try {
    feedback = openFeedbackLog(config.DATA_DIR);
  } catch (error) {
    // Answering matters more than the log: the bot runs on, and says where the votes are not being kept.
    logger.error({ err: describeError(error) }, 'feedback log unavailable; votes and declined questions are not recorded');
    feedback = { record: () => undefined, close: () => undefined };
  }
  const context = { live, cooldown: cooldownFromSetting(config.ASK_COOLDOWN), logger, feedback };
  // Whatever ends the process (the shutdown grace timer included), what was recorded is flushed to disk first.
  process.once('exit', () => feedback.close());
  const client = createClient(config, context);
  let watcher: CorpusWatcher | undefined;
  let isStopping = false;

  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
    try {
      await Promise.all([watcher?.close(), client.destroy()]);
    } catch (error) {
      logger.warn({ err: describeError(error) }, 'error while shutting down');
    }
    feedback.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  // The index loads while the gateway connects; the watcher starts after, so it always reloads on top of it.
  const startedAt = performance.now();
  const loadOptions = config.MAX_ARTICLE_BYTES === undefined ? {} : { maxArticleBytes: config.MAX_ARTICLE_BYTES };
  void openEngine(config.CORPUS_DIR, loadOptions).then(
    ({ engine, problems, from, rebuiltBecause }) => {
      for (const problem of problems) {
        logger.warn({ problem: formatProblem(problem) }, 'corpus file problem');
      }
      if (rebuiltBecause !== undefined) logger.warn({ reason: rebuiltBecause }, 'rebuilt the search index: the saved one was not usable');
      live.swap(engine);
      logger.info({ articles: engine.articles.length, from, ms: Math.round(performance.now() - startedAt) }, 'index ready');
      if (!isStopping) watcher = watchCorpus(config.CORPUS_DIR, live, logger, loadOptions);
    },
    (error: unknown) => {
      logger.error({ dir: config.CORPUS_DIR, err: describeError(error) }, `could not load the corpus from ${config.CORPUS_DIR}; check CORPUS_DIR`);
      live.fail(error instanceof Error ? error : new Error(String(error)));
      if (!isStopping) watcher = watchCorpus(config.CORPUS_DIR, live, logger, loadOptions);
    },
  );

  try {
    await client.login(config.DISCORD_TOKEN);
  } catch (error) {
    console.error(explainDiscordError(error, { token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL }));
    await client.destroy().catch(() => undefined);
    process.exit(1);
  }
}

void main();
