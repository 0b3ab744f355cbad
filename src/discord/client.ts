// The discord.js client: Guilds intent only, REST pointed at DISCORD_API_URL when set, no mentions by default,
// every interaction handed to the router, and gateway trouble logged rather than fatal.
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Config } from '../config.js';
import type { BotContext } from './bot-context.js';
import { describeError } from './discord-errors.js';
import { handleInteraction } from './router.js';

export function createClient(config: Config, context: BotContext): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}),
  });
  const { logger } = context;
  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(interaction, context, performance.now());
  });
  client.once(Events.ClientReady, (ready) => logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'connected to Discord'));
  client.on(Events.Error, (error) => logger.error({ err: describeError(error) }, 'discord.js client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord.js warning'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shardId) => logger.debug({ shardId }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway resumed'));
  return client;
}
