import { describe, expect, it } from 'vitest';
import { loadDiscordConfig } from '../../src/discord/discord-config.js';

const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.abcdefghijklmnopqrstuvwxyz0123456789ABCD';
const load = (env: Record<string, string>) => loadDiscordConfig(env, { dotenvPath: false });

describe('the bot’s config', () => {
  it('is ready to use when the token and the application id are set', () => {
    const result = load({ DISCORD_TOKEN: token, DISCORD_CLIENT_ID: '123456789012345678' });
    expect(result.ok && result.config).toMatchObject({
      DISCORD_TOKEN: token,
      DISCORD_CLIENT_ID: '123456789012345678',
      CORPUS_DIR: './corpus',
      LOG_LEVEL: 'info',
    });
  });

  it('names each missing setting on its own line with where to find it', () => {
    expect(load({})).toEqual({
      ok: false,
      errors: [
        'DISCORD_TOKEN: required — copy it from the Developer Portal (Bot → Reset Token) into .env',
        'DISCORD_CLIENT_ID: required — the application id from the Developer Portal (General Information → ' +
          'Application ID)',
      ],
    });
  });

  it('rejects a malformed token by name without ever repeating it', () => {
    const malformed = 'my-secret-but-too-short';
    const result = load({ DISCORD_TOKEN: malformed, DISCORD_CLIENT_ID: '123456789012345678' });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^DISCORD_TOKEN: /);
    expect(errors.join('\n')).not.toContain(malformed);
  });

  it(
    'reads ASK_COOLDOWN as uses per seconds, or off, and keeps the feedback log in ./data unless DATA_DIR says ' +
      'otherwise',
    () => {
      const base = { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: '123456789012345678' };
      expect(load(base)).toMatchObject({
        ok: true,
        config: { ASK_COOLDOWN: { limit: 5, windowMs: 10_000 }, DATA_DIR: './data' },
      });
      expect(load({ ...base, ASK_COOLDOWN: '3/60', DATA_DIR: '/var/lib/coverage-bot' })).toMatchObject({
        ok: true,
        config: { ASK_COOLDOWN: { limit: 3, windowMs: 60_000 }, DATA_DIR: '/var/lib/coverage-bot' },
      });
      expect(load({ ...base, ASK_COOLDOWN: 'off' })).toMatchObject({ ok: true, config: { ASK_COOLDOWN: null } });
      expect(load({ ...base, ASK_COOLDOWN: 'fast' })).toEqual({
        ok: false,
        errors: [
          'ASK_COOLDOWN: must be uses/seconds such as 5/10 (five searches every ten seconds per person), or off',
        ],
      });
    },
  );
});
