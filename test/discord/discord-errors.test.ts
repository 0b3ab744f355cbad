import { DiscordAPIError, DiscordjsErrorCodes, HTTPError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { describeError, explainDiscordError } from '../../src/discord/discord-errors.js';

const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.abcdefghijklmnopqrstuvwxyz0123456789ABCD';
const url = 'http://127.0.0.1:8080/api/v10/applications/123456789012345678/guilds/223456789012345678/commands';
const apiError = (status: number, code: number, message: string) =>
  new DiscordAPIError({ code, message }, code, status, 'PUT', url, { body: [] });

describe('explaining Discord failures', () => {
  it('says a 401 means the token was rejected and how to get a new one, without the token', () => {
    const line = explainDiscordError(apiError(401, 0, '401: Unauthorized'), { token });
    expect(line).toBe(
      'DISCORD_TOKEN: Discord rejected the token (401 Unauthorized) — reset it in the Developer Portal (your ' +
        'application → Bot → Reset Token) and paste the new one into .env as DISCORD_TOKEN.',
    );
  });

  it('treats discord.js TokenInvalid (a 401 at login) the same way', () => {
    expect(
      explainDiscordError(
        Object.assign(new Error('An invalid token was provided.'), { code: DiscordjsErrorCodes.TokenInvalid }),
        { token, apiUrl: 'http://127.0.0.1:8080/api' },
      ),
    ).toMatch(/^DISCORD_TOKEN: the Discord API at http:\/\/127\.0\.0\.1:8080\/api rejected the token/);
  });

  it('says Missing Access means the bot is not in the guild or lacks the applications.commands scope', () => {
    expect(
      explainDiscordError(apiError(403, 50001, 'Missing Access'), {
        token,
        guildId: '223456789012345678',
        clientId: '123456789012345678',
      }),
    ).toBe(
      'Missing Access (403) for guild 223456789012345678: the bot is not in that guild, or was invited without the ' +
        'applications.commands scope — invite it again with ' +
        'https://discord.com/oauth2/authorize?client_id=123456789012345678' +
        '&scope=bot+applications.commands&permissions=0, ' +
        'or check DISCORD_GUILD_ID.',
    );
  });

  it('says a 404 Unknown Application means DISCORD_CLIENT_ID is wrong', () => {
    expect(
      explainDiscordError(apiError(404, 10002, 'Unknown Application'), { clientId: '123456789012345678' }),
    ).toMatch(/^DISCORD_CLIENT_ID: Discord knows no application 123456789012345678/);
  });

  it('says a 5xx is on Discord’s side and to retry', () => {
    expect(explainDiscordError(new HTTPError(502, 'Bad Gateway', 'PUT', url, { body: [] }), {})).toBe(
      'Discord answered 502 (a server error on its side) — try again in a minute; if you set DISCORD_API_URL, ' +
        'check that server.',
    );
  });

  it('says an unreachable server is a network problem, naming the URL it tried', () => {
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
    });
    expect(explainDiscordError(refused, { apiUrl: 'http://127.0.0.1:9/api' })).toBe(
      'Could not reach the Discord API at http://127.0.0.1:9/api (ECONNREFUSED) — check your network connection ' +
        'and DISCORD_API_URL.',
    );
  });

  it('scrubs the token from any error text it repeats', () => {
    expect(explainDiscordError(new Error(`boom ${token}`), { token })).toBe(
      'Unexpected error talking to Discord: boom [redacted]',
    );
  });

  it('logs a REST error by status and code, never its URL (which holds the interaction token)', () => {
    const described = describeError(apiError(404, 10062, 'Unknown interaction'));
    expect(described).toEqual({
      name: 'DiscordAPIError[10062]',
      message: 'Unknown interaction',
      status: 404,
      code: 10062,
    });
    expect(JSON.stringify(described)).not.toContain('127.0.0.1');
  });
});
