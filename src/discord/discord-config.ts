// The config the bot and `register` need: loadConfig() plus the settings that are optional for the CLI but
// required here, as one typed value or one line per problem.
import { loadConfig, missingDiscordSettings, type Config } from '../config.js';

export type DiscordConfig = Config & { DISCORD_TOKEN: string; DISCORD_CLIENT_ID: string };

export type DiscordConfigResult = { ok: true; config: DiscordConfig } | { ok: false; errors: string[] };

export function loadDiscordConfig(
  env: NodeJS.ProcessEnv = process.env,
  options: { dotenvPath?: string | false } = {},
): DiscordConfigResult {
  const loaded = loadConfig(env, options);
  if (!loaded.ok) return loaded;
  const missing = missingDiscordSettings(loaded.config);
  const { DISCORD_TOKEN, DISCORD_CLIENT_ID } = loaded.config;
  if (missing.length > 0 || !DISCORD_TOKEN || !DISCORD_CLIENT_ID) return { ok: false, errors: missing };
  return { ok: true, config: { ...loaded.config, DISCORD_TOKEN, DISCORD_CLIENT_ID } };
}
