// The one place that reads the environment: turns process.env (plus an optional .env file) into a
// typed, frozen config, or into one readable line per bad variable. The token is never echoed.
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const snowflake = () =>
  z
    .string()
    .regex(
      /^\d{17,20}$/,
      'must be a Discord id (17 to 20 digits); copy it from the Developer Portal or with Developer Mode → Copy ID',
    );

/**
 * ASK_COOLDOWN: how many searches (/ask, /quotes, "Check against coverage", "More results") one person may make
 * in a window, as `uses/seconds` ("5/10": five every ten seconds), or `off`.
 */
const askCooldown = z
  .string()
  .regex(
    /^(off|[1-9]\d{0,3}\/[1-9]\d{0,4}s?)$/i,
    'must be uses/seconds such as 5/10 (five searches every ten seconds per person), or off',
  )
  .transform((text) => {
    if (text.toLowerCase() === 'off') return null;
    const [uses, seconds] = text.replace(/s$/i, '').split('/').map(Number);
    return { limit: uses ?? 5, windowMs: (seconds ?? 10) * 1_000 };
  });

// `auto`, or shard ids as `0`, `0,1` or `[0,1]` (the ShardingManager gives each process its id this way).
const shardList = z.string().transform((text, context): 'auto' | number[] => {
  if (text.toLowerCase() === 'auto') return 'auto';
  const ids = text
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((part) => part.trim());
  if (ids.length > 0 && ids.every((id) => /^\d{1,5}$/.test(id))) return [...new Set(ids.map(Number))];
  context.addIssue({
    code: 'custom',
    message: 'must be auto, or shard ids such as 0 or 0,1 (the shards this process runs)',
  });
  return z.NEVER;
});

const shardCount = z.string().transform((text, context): 'auto' | number => {
  if (text.toLowerCase() === 'auto') return 'auto';
  if (/^\d{1,5}$/.test(text) && Number(text) >= 1) return Number(text);
  context.addIssue({
    code: 'custom',
    message: 'must be auto (Discord recommends a count) or a whole number of shards, at least 1',
  });
  return z.NEVER;
});

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const environmentSchema = z.object({
  DISCORD_TOKEN: z
    .string()
    .regex(
      /^[A-Za-z0-9_\-.]{50,}$/,
      'does not look like a bot token (Developer Portal → Bot → Reset Token, then paste it whole)',
    )
    .optional(),
  DISCORD_CLIENT_ID: snowflake().optional(),
  DISCORD_GUILD_ID: snowflake().optional(),
  DISCORD_API_URL: z
    .url({
      protocol: /^https?$/,
      error: 'must be an http(s) URL such as http://127.0.0.1:8080/api, or left unset for Discord itself',
    })
    .optional(),
  CORPUS_DIR: z.string().min(1).default('./corpus'),
  LOG_LEVEL: z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` }).default('info'),
  // Unset: the loader's own cap (10 MB) applies.
  MAX_ARTICLE_BYTES: z
    .string()
    .regex(
      /^[1-9]\d{0,14}$/,
      'must be a whole number of bytes above 0, such as 10000000 (10 MB); an article file larger than this is skipped',
    )
    .transform(Number)
    .optional(),
  ASK_COOLDOWN: askCooldown.default({ limit: 5, windowMs: 10_000 }),
  /** Where the bot keeps what it writes (the feedback log); never the corpus. */
  DATA_DIR: z.string().min(1).default('./data'),
  METRICS_PORT: z.coerce
    .number({ error: 'must be a port number from 1 to 65535, or left unset for no metrics listener' })
    .int({ error: 'must be a port number from 1 to 65535, or left unset for no metrics listener' })
    .min(1, { error: 'must be a port number from 1 to 65535, or left unset for no metrics listener' })
    .max(65_535, { error: 'must be a port number from 1 to 65535, or left unset for no metrics listener' })
    .optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  SHARDS: shardList.default('auto'),
  SHARD_COUNT: shardCount.default('auto'),
});

export type Config = Readonly<z.infer<typeof environmentSchema>>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Reads `.env` (if present, without overriding real variables) and validates the environment. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  options: { dotenvPath?: string | false } = {},
): ConfigResult {
  if (options.dotenvPath !== false) {
    loadDotenv({ path: options.dotenvPath ?? '.env', quiet: true, processEnv: env });
  }
  // A variable copied from .env.example and left blank means "not set".
  const present = Object.fromEntries(
    Object.keys(environmentSchema.shape).flatMap((name) => {
      const value = env[name]?.trim();
      return value ? [[name, value]] : [];
    }),
  );
  const parsed = environmentSchema.safeParse(present);
  if (parsed.success) return { ok: true, config: Object.freeze(parsed.data) };
  // Messages name the variable and the fix; they never include the received value (it may be a token).
  const errors = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`);
  return { ok: false, errors };
}

/** The bot and `register` need these; the CLI does not. Returns one line per missing variable. */
export function missingDiscordSettings(config: Config): string[] {
  const missing: string[] = [];
  if (!config.DISCORD_TOKEN)
    missing.push('DISCORD_TOKEN: required — copy it from the Developer Portal (Bot → Reset Token) into .env');
  if (!config.DISCORD_CLIENT_ID)
    missing.push(
      'DISCORD_CLIENT_ID: required — the application id from the Developer Portal (General Information → ' +
        'Application ID)',
    );
  return missing;
}
