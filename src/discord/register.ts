// `npm run register`: puts the command definitions (the same registry the router reads) to one guild, for instant
// availability while testing, or globally when DISCORD_GUILD_ID is unset.
import { REST, Routes } from 'discord.js';
import { commands } from './commands/index.js';
import { loadDiscordConfig } from './discord-config.js';
import { errorContextOf, explainDiscordError } from './discord-errors.js';
import { reportRateLimits } from './rate-limits.js';

async function register(): Promise<number> {
  const loaded = loadDiscordConfig();
  if (!loaded.ok) {
    for (const line of loaded.errors) console.error(line);
    return 1;
  }
  const config = loaded.config;
  const where = config.DISCORD_API_URL ? `the Discord API at ${config.DISCORD_API_URL}` : 'Discord';
  // discord.js waits out a 429 by itself; say so (and for how long) rather than sitting silent.
  const rejectOnRateLimit = reportRateLimits((_limit, line) => console.error(line), where);
  const rest = new REST({
    ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
    rejectOnRateLimit,
  }).setToken(config.DISCORD_TOKEN);
  const body = commands.map((command) => command.data.toJSON());
  const names = body.map((command) => `/${command.name}`).join(', ');
  const guildId = config.DISCORD_GUILD_ID;
  const route = guildId
    ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID, guildId)
    : Routes.applicationCommands(config.DISCORD_CLIENT_ID);
  try {
    const registered = (await rest.put(route, { body })) as unknown[];
    console.log(
      guildId
        ? `Registered ${registered.length} commands (${names}) to guild ${guildId}; they are available there now.`
        : `Registered ${registered.length} commands (${names}) globally; they can take a few minutes to appear in ` +
            `every server.`,
    );
    return 0;
  } catch (error) {
    console.error(`Could not register ${names}: ${explainDiscordError(error, errorContextOf(config, guildId))}`);
    return 1;
  }
}

process.exitCode = await register();
