// The discord.js client: Guilds intent only, REST pointed at DISCORD_API_URL when set, no mentions by default, the
// shards SHARDS and SHARD_COUNT name, every interaction handed to the router (and counted, and awaited on stop),
// rate limits said out loud, and gateway trouble logged and reflected in /healthz rather than fatal.
import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { Config } from '../config.js';
import type { BotContext } from './bot-context.js';
import { describeError } from './discord-errors.js';
import type { GatewayState } from './health.js';
import type { InFlight } from './in-flight.js';
import type { BotMetrics } from './metrics.js';
import { reportRateLimits } from './rate-limits.js';
import { handleInteraction } from './router.js';

/** What the client reports to and is held back by: interactions in flight, the gateway's state, the metrics. */
export interface ClientWatch {
  inFlight: InFlight;
  gateway: GatewayState;
  metrics?: BotMetrics;
}

/** discord.js's shard options for SHARDS (`auto` or ids) and SHARD_COUNT (`auto` or the bot's total). */
export function shardOptions(
  config: Pick<Config, 'SHARDS' | 'SHARD_COUNT'>,
): Pick<ClientOptions, 'shards' | 'shardCount'> {
  const count = config.SHARD_COUNT;
  if (config.SHARDS === 'auto') {
    return count === 'auto'
      ? { shards: 'auto' }
      : { shards: Array.from({ length: count }, (_, id) => id), shardCount: count };
  }
  const ids = config.SHARDS;
  return { shards: ids, shardCount: count === 'auto' ? Math.max(ids.length, ...ids.map((id) => id + 1)) : count };
}

export function createClient(config: Config, context: BotContext, watch: ClientWatch): Client {
  const { logger } = context;
  const where = config.DISCORD_API_URL ? `the Discord API at ${config.DISCORD_API_URL}` : 'Discord';
  const onRateLimit = reportRateLimits(
    (limit, line) => logger.warn({ method: limit.method, route: limit.route, global: limit.global }, line),
    where,
  );
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: { ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}), rejectOnRateLimit: onRateLimit },
    ...shardOptions(config),
  });
  const { inFlight, gateway, metrics } = watch;

  client.on(Events.InteractionCreate, (interaction) => {
    const arrivedAt = performance.now();
    if (gateway.isStopping) {
      // Stopping: answering would race the exit; Discord tells the user the interaction failed, and they can retry.
      logger.info(
        { interactionId: interaction.id, outcome: 'stopping' },
        'interaction not taken: the bot is shutting down',
      );
      metrics?.interactionHandled('unknown', 'stopping', 0);
      return;
    }
    void inFlight.track(
      handleInteraction(interaction, context, arrivedAt).then((handled) =>
        metrics?.interactionHandled(handled.command, handled.outcome, handled.latencyMs / 1000),
      ),
    );
  });
  client.once(Events.ClientReady, (ready) => {
    const shards = ready.ws.shards.map((shard) => shard.id);
    gateway.expect(shards);
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, shards }, 'connected to Discord');
  });
  client.on(Events.ShardReady, (shardId) => {
    gateway.ready(shardId);
    metrics?.shardReady(shardId, true);
    logger.info({ shardId }, 'gateway shard ready');
  });
  client.on(Events.ShardResume, (shardId, replayed) => {
    gateway.ready(shardId);
    metrics?.shardReady(shardId, true);
    logger.info({ shardId, replayed }, 'gateway resumed');
  });
  client.on(Events.ShardDisconnect, (event, shardId) => {
    gateway.lost(shardId);
    metrics?.shardReady(shardId, false);
    if (!gateway.isStopping) logger.warn({ shardId, code: event.code }, 'gateway disconnected');
  });
  client.on(Events.ShardReconnecting, (shardId) => {
    gateway.lost(shardId);
    metrics?.shardReady(shardId, false);
    metrics?.gatewayReconnecting(shardId);
    logger.debug({ shardId }, 'gateway reconnecting');
  });
  client.on(Events.Error, (error) => logger.error({ err: describeError(error) }, 'discord.js client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord.js warning'));
  return client;
}
