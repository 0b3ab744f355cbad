import { describe, expect, it } from 'vitest';
import type { RateLimitData } from 'discord.js';
import { explainRateLimit, reportRateLimits } from '../../src/discord/rate-limits.js';

const limit = (overrides: Partial<RateLimitData> = {}): RateLimitData => ({
  global: false,
  hash: 'bucket',
  limit: 1,
  majorParameter: 'global',
  method: 'GET',
  retryAfter: 40_050,
  route: '/gateway/bot',
  scope: 'user',
  sublimitTimeout: 0,
  timeToReset: 0,
  url: 'https://discord.com/api/v10/gateway/bot',
  ...overrides,
});

describe('rate limits', () => {
  it('says which request Discord is rate-limiting and for how many seconds', () => {
    expect(explainRateLimit(limit())).toBe(
      'Discord is rate-limiting GET /gateway/bot: waiting 40 s before trying again (it resumes by itself; if this ' +
        'keeps happening, something is sending too many requests with this token)',
    );
  });

  it('says when the whole bot is held by the global limit', () => {
    expect(explainRateLimit(limit({ global: true, retryAfter: 300 }))).toMatch(
      /^Discord is rate-limiting all of this bot's requests \(the global limit\): waiting less than a second/,
    );
  });

  it(
    'reports one wait once: the 429 and the pause after it are one line, and discord.js is never told to give ' + 'up',
    () => {
      const lines: string[] = [];
      let now = 0;
      const hook = reportRateLimits(
        (_limit, line) => lines.push(line),
        'Discord',
        () => now,
      );
      expect(hook(limit({ retryAfter: 40_050 }))).toBe(false);
      now = 10;
      expect(hook(limit({ retryAfter: 0, timeToReset: 40_040 }))).toBe(false);
      expect(lines).toHaveLength(1);
      now = 41_000;
      hook(limit({ retryAfter: 5_000 }));
      expect(lines).toHaveLength(2);
    },
  );
});
