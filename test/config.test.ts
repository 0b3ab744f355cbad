// The environment as a user sets it: blank lines from .env.example, typos, and a token that must never be echoed.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

const load = (env: Record<string, string>) => loadConfig(env, { dotenvPath: false });

describe('loadConfig', () => {
  it(
    'reads the corpus from ./corpus at log level info when nothing is set, as after copying .env.example ' +
      'unchanged',
    () => {
      const result = load({
        DISCORD_TOKEN: '',
        CORPUS_DIR: '  ',
        LOG_LEVEL: '',
        METRICS_PORT: '',
        SHARDS: '',
        SHARD_COUNT: '',
      });
      expect(result).toEqual({
        ok: true,
        config: {
          CORPUS_DIR: './corpus',
          LOG_LEVEL: 'info',
          ASK_COOLDOWN: { limit: 5, windowMs: 10_000 },
          DATA_DIR: './data',
          METRICS_HOST: '127.0.0.1',
          SHARDS: 'auto',
          SHARD_COUNT: 'auto',
        },
      });
    },
  );

  it("reads the shards a process runs as auto, one id, a list, or the ShardingManager's [id] form", () => {
    const shardsOf = (SHARDS: string) => {
      const result = load({ SHARDS });
      return result.ok ? result.config.SHARDS : result.errors;
    };
    expect([shardsOf('auto'), shardsOf('0'), shardsOf('0, 1'), shardsOf('[1]')]).toEqual(['auto', [0], [0, 1], [1]]);
    expect(shardsOf('first')).toEqual([
      'SHARDS: must be auto, or shard ids such as 0 or 0,1 (the shards this process runs)',
    ]);
  });

  it('refuses a METRICS_PORT that is not a port and a SHARD_COUNT below 1, saying what would do', () => {
    expect(load({ METRICS_PORT: '70000', SHARD_COUNT: '0' })).toEqual({
      ok: false,
      errors: [
        'METRICS_PORT: must be a port number from 1 to 65535, or left unset for no metrics listener',
        'SHARD_COUNT: must be auto (Discord recommends a count) or a whole number of shards, at least 1',
      ],
    });
  });

  it('names each bad variable once, with its fix, in one line each', () => {
    const result = load({ DISCORD_CLIENT_ID: 'my-app', LOG_LEVEL: 'loud', DISCORD_API_URL: 'ftp://example.com' });
    expect(result).toEqual({
      ok: false,
      errors: [
        'DISCORD_CLIENT_ID: must be a Discord id (17 to 20 digits); copy it from the Developer Portal or with ' +
          'Developer Mode → Copy ID',
        'DISCORD_API_URL: must be an http(s) URL such as http://127.0.0.1:8080/api, or left unset for Discord itself',
        'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent',
      ],
    });
  });

  it('never echoes a malformed token in its message', () => {
    const token = 'abc.def secret-token-value-that-is-wrong';
    const result = load({ DISCORD_TOKEN: token });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^DISCORD_TOKEN: does not look like a bot token/);
    expect(errors.join('\n')).not.toContain('secret-token');
  });

  it('gives a frozen config, so no module can change a setting behind the others', () => {
    const result = load({ CORPUS_DIR: 'articles' });
    expect(result.ok && Object.isFrozen(result.config)).toBe(true);
  });
  it('reads MAX_ARTICLE_BYTES as a number of bytes, and names the fix for a value that is not one', () => {
    const result = load({ MAX_ARTICLE_BYTES: '2000000' });
    expect(result.ok && result.config.MAX_ARTICLE_BYTES).toBe(2_000_000);
    expect(load({ MAX_ARTICLE_BYTES: '10MB' })).toEqual({
      ok: false,
      errors: [
        'MAX_ARTICLE_BYTES: must be a whole number of bytes above 0, such as 10000000 (10 MB); an article file ' +
          'larger than this is skipped',
      ],
    });
  });
});
