// `npm start`: validates the config, connects to Discord while the index loads in the background, watches the
// corpus, serves /healthz and /metrics when METRICS_PORT is set, and stops cleanly on SIGINT/SIGTERM: no new
// interactions, the ones in flight finished (within a bound), the shutdown hooks run, the gateway closed with 1000.
// Interactions that arrive before the index is ready are deferred and answered when it is. Under `npm run
// start:sharded` each shard process runs this same file, with its shard ids in SHARDS.
import { formatProblem } from '../corpus/problems.js';
import { createLogger } from '../logger.js';
import { LiveEngine } from '../live/live-engine.js';
import { openEngine } from '../search/index.js';
import { createClient } from './client.js';
import { cooldownFromSetting } from './cooldown.js';
import { openFeedbackLog, type FeedbackRecorder } from '../feedback/log.js';
import { watchCorpus } from '../live/corpus-watcher.js';
import { loadDiscordConfig } from './discord-config.js';
import { describeError, errorContextOf, explainDiscordError } from './discord-errors.js';
import { checkHealth, GatewayState, type IndexState } from './health.js';
import { InFlight } from './in-flight.js';
import { startMetricsServer } from './metrics-server.js';
import { createBotMetrics } from './metrics.js';

/** How long a stop waits for interactions in flight before closing anyway. */
const IN_FLIGHT_BOUND_MS = 5_000;
/** A stop that takes longer than this (a hook or the gateway hanging) exits regardless. */
const SHUTDOWN_LIMIT_MS = 8_000;

/** Work to finish on stop, after the interactions in flight and before the gateway closes (e.g. flushing a log). */
export interface ShutdownHook {
  name: string;
  run(): unknown;
}

async function main(): Promise<void> {
  const loaded = loadDiscordConfig();
  if (!loaded.ok) {
    for (const line of loaded.errors) console.error(line);
    process.exit(1);
  }
  const config = loaded.config;
  // discord.js reads SHARDS and SHARD_COUNT from the environment itself when its options are left at their defaults,
  // and misreads `auto` or a blank; the values parsed above are passed to it explicitly instead.
  delete process.env.SHARDS;
  delete process.env.SHARD_COUNT;

  const shards = config.SHARDS === 'auto' ? undefined : config.SHARDS;
  const baseLogger = createLogger(config.LOG_LEVEL);
  const logger = shards ? baseLogger.child({ shards }) : baseLogger;
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: describeError(reason) }, 'unhandled promise rejection'),
  );

  const live = new LiveEngine();
  let feedback: FeedbackRecorder;
  try {
    feedback = openFeedbackLog(config.DATA_DIR);
  } catch (error) {
    // Answering matters more than the log: the bot runs on, and says where the votes are not being kept.
    logger.error(
      { err: describeError(error) },
      'feedback log unavailable; votes and declined questions are not recorded',
    );
    feedback = { record: () => undefined, close: () => undefined };
  }
  const inFlight = new InFlight();
  const gateway = new GatewayState();
  const indexState: IndexState = {};
  const metrics = config.METRICS_PORT === undefined ? undefined : createBotMetrics(live);
  const context = { live, cooldown: cooldownFromSetting(config.ASK_COOLDOWN), logger, feedback };
  // Whatever ends the process (the shutdown limit timer included), what was recorded is flushed to disk first.
  process.once('exit', () => feedback.close());
  const client = createClient(config, context, { inFlight, gateway, ...(metrics ? { metrics } : {}) });
  const shutdownHooks: ShutdownHook[] = [{ name: 'flushing the feedback log', run: () => feedback.close() }];

  const stop = async (signal: string) => {
    if (gateway.isStopping) return;
    gateway.isStopping = true;
    setTimeout(() => {
      logger.warn({ signal }, `could not stop within ${SHUTDOWN_LIMIT_MS / 1000} s; exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    logger.info(
      { signal, inFlight: inFlight.size },
      'shutting down: no new interactions; finishing the ones in flight',
    );
    const drained = await inFlight.drain(IN_FLIGHT_BOUND_MS);
    if (drained.abandoned > 0)
      logger.warn(
        { ...drained },
        `${drained.abandoned} interactions were still running after ${IN_FLIGHT_BOUND_MS / 1000} s; stopping ` +
          `without them`,
      );
    for (const hook of shutdownHooks) {
      try {
        await hook.run();
      } catch (error) {
        logger.warn({ hook: hook.name, err: describeError(error) }, `error while stopping: ${hook.name}`);
      }
    }
    try {
      await client.destroy();
    } catch (error) {
      logger.warn({ err: describeError(error) }, 'error while closing the gateway');
    }
    logger.info({ ...drained }, 'stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  if (config.METRICS_PORT !== undefined && metrics) {
    // One listener a process: a shard process listens on METRICS_PORT plus its first shard id.
    const port = config.METRICS_PORT + (shards?.[0] ?? 0);
    try {
      const server = await startMetricsServer({
        host: config.METRICS_HOST,
        port,
        metrics,
        health: () => checkHealth(gateway, live, indexState),
      });
      shutdownHooks.push({ name: 'closing the metrics listener', run: () => server.close() });
      logger.info({ address: server.address }, `serving /healthz and /metrics on http://${server.address}`);
    } catch (error) {
      logger.error(
        { host: config.METRICS_HOST, port, err: describeError(error) },
        `could not listen on ${config.METRICS_HOST}:${port} for /healthz and /metrics; choose another METRICS_PORT ` +
          `or METRICS_HOST`,
      );
    }
  }

  // The index loads while the gateway connects; the watcher starts after, so it always reloads on top of it.
  const startedAt = performance.now();
  const loadOptions = config.MAX_ARTICLE_BYTES === undefined ? {} : { maxArticleBytes: config.MAX_ARTICLE_BYTES };
  const watchTheCorpus = () => {
    if (gateway.isStopping) return;
    const watcher = watchCorpus(config.CORPUS_DIR, live, logger, {
      ...loadOptions,
      ...(metrics ? { onReload: (outcome: 'ok' | 'failed') => metrics.corpusReloaded(outcome) } : {}),
    });
    shutdownHooks.unshift({ name: 'closing the corpus watcher', run: () => watcher.close() });
  };
  void openEngine(config.CORPUS_DIR, loadOptions).then(
    ({ engine, problems, from, rebuiltBecause }) => {
      for (const problem of problems) {
        logger.warn({ problem: formatProblem(problem) }, 'corpus file problem');
      }
      if (rebuiltBecause !== undefined)
        logger.warn({ reason: rebuiltBecause }, 'rebuilt the search index: the saved one was not usable');
      live.swap(engine);
      logger.info(
        { articles: engine.articles.length, from, ms: Math.round(performance.now() - startedAt) },
        'index ready',
      );
      watchTheCorpus();
    },
    (error: unknown) => {
      indexState.failure = error instanceof Error ? error.message : String(error);
      logger.error(
        { dir: config.CORPUS_DIR, err: describeError(error) },
        `could not load the corpus from ${config.CORPUS_DIR}; check CORPUS_DIR`,
      );
      live.fail(error instanceof Error ? error : new Error(String(error)));
      watchTheCorpus();
    },
  );

  try {
    await client.login(config.DISCORD_TOKEN);
  } catch (error) {
    console.error(explainDiscordError(error, errorContextOf(config)));
    await client.destroy().catch(() => undefined);
    process.exit(1);
  }
}

void main();
