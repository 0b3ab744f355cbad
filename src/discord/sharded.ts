// `npm run start:sharded`: the bot under discord.js's ShardingManager, one process a shard (each with its own engine,
// corpus watcher and, with METRICS_PORT, its own /healthz and /metrics on METRICS_PORT plus its shard id).
// SHARD_COUNT shards, or as many as Discord's /gateway/bot recommends when it is `auto`. SIGTERM or Ctrl+C stops every
// shard the way a single bot stops (interactions in flight finished first), then the manager exits.
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import { createLogger, type Logger } from '../logger.js';
import { loadDiscordConfig, type DiscordConfig } from './discord-config.js';
import { describeError, errorContextOf, explainDiscordError } from './discord-errors.js';
import { reportRateLimits } from './rate-limits.js';

/** Discord allows one IDENTIFY per 5 s (max_concurrency 1): shards are started this far apart. */
const SPAWN_DELAY_MS = 5_500;
/** A shard that has not stopped this long after SIGTERM (it bounds its own stop at 8 s) is killed. */
const SHARD_STOP_LIMIT_MS = 10_000;

/** The shard count Discord recommends for this token (GET /gateway/bot), asked where DISCORD_API_URL points. */
async function recommendedShardCount(config: DiscordConfig, logger: Logger): Promise<number> {
  const where = config.DISCORD_API_URL ? `the Discord API at ${config.DISCORD_API_URL}` : 'Discord';
  const rejectOnRateLimit = reportRateLimits(
    (limit, line) => logger.warn({ method: limit.method, route: limit.route }, line),
    where,
  );
  const rest = new REST({
    ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
    rejectOnRateLimit,
  }).setToken(config.DISCORD_TOKEN);
  const answer = (await rest.get(Routes.gatewayBot())) as { shards?: unknown };
  return typeof answer.shards === 'number' && answer.shards >= 1 ? answer.shards : 1;
}

/** The file each shard process runs, and how: the compiled main.js, or main.ts through tsx when run from source. */
function shardScript(): { file: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  const isSource = here.endsWith('.ts');
  return isSource
    ? { file: join(dirname(here), 'main.ts'), execArgv: ['--import', import.meta.resolve('tsx')] }
    : { file: join(dirname(here), 'main.js'), execArgv: ['--enable-source-maps'] };
}

/** Sends SIGTERM to a shard's process and waits for it to exit (killing it after SHARD_STOP_LIMIT_MS). */
async function stopShard(shard: Shard): Promise<number | null> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
  const exited = once(child, 'exit') as Promise<[number | null]>;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), SHARD_STOP_LIMIT_MS);
  const [code] = await exited;
  clearTimeout(timer);
  return code;
}

async function main(): Promise<number> {
  const loaded = loadDiscordConfig();
  if (!loaded.ok) {
    for (const line of loaded.errors) console.error(line);
    return 1;
  }
  const config = loaded.config;
  const logger = createLogger(config.LOG_LEVEL).child({ role: 'sharding-manager' });

  let totalShards: number;
  try {
    totalShards = config.SHARD_COUNT === 'auto' ? await recommendedShardCount(config, logger) : config.SHARD_COUNT;
  } catch (error) {
    console.error(explainDiscordError(error, errorContextOf(config)));
    return 1;
  }

  const { file, execArgv } = shardScript();
  const manager = new ShardingManager(file, {
    totalShards,
    token: config.DISCORD_TOKEN,
    execArgv,
    respawn: true,
    mode: 'process',
  });
  let isStopping = false;
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, totalShards }, `starting shard ${shard.id} of ${totalShards}`);
    shard.on('ready', () => logger.info({ shard: shard.id }, `shard ${shard.id} connected`));
    shard.on('death', (child) => {
      if (!isStopping)
        logger.warn(
          { shard: shard.id, exitCode: 'exitCode' in child ? child.exitCode : null },
          `shard ${shard.id} exited; starting it again`,
        );
    });
  });

  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    manager.respawn = false;
    logger.info({ signal, shards: manager.shards.size }, 'stopping every shard');
    const codes = await Promise.all(manager.shards.map((shard) => stopShard(shard)));
    logger.info({ exitCodes: codes }, 'every shard stopped');
    process.exit(codes.every((code) => code === 0) ? 0 : 1);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  logger.info({ totalShards, file }, `running ${totalShards} shard${totalShards === 1 ? '' : 's'}, one process each`);
  try {
    await manager.spawn({ amount: totalShards, delay: SPAWN_DELAY_MS, timeout: 60_000 });
  } catch (error) {
    if (isStopping) return 0;
    logger.error(
      { err: describeError(error) },
      'a shard could not start (its own output above says why); stopping the others',
    );
    await stop('start-failure');
  }
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(`start:sharded: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
