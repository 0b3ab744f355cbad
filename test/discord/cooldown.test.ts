import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/discord/cooldown.js';

describe('the per-user cooldown', () => {
  it('allows 5 asks in 10 seconds and politely refuses the sixth, saying when to retry', () => {
    const cooldown = new Cooldown({ limit: 5, windowMs: 10_000 });
    for (let second = 0; second < 5; second += 1)
      expect(cooldown.take('user', second * 1_000)).toEqual({ allowed: true });
    expect(cooldown.take('user', 5_000)).toEqual({ allowed: false, retryAfterMs: 5_000 });
  });

  it('lets the user ask again once the oldest ask leaves the window', () => {
    const cooldown = new Cooldown({ limit: 2, windowMs: 10_000 });
    cooldown.take('user', 0);
    cooldown.take('user', 4_000);
    expect(cooldown.take('user', 9_999)).toEqual({ allowed: false, retryAfterMs: 1 });
    expect(cooldown.take('user', 10_000)).toEqual({ allowed: true });
  });

  it('refuses a second ask within the minimum interval, even with asks left in the window', () => {
    const cooldown = new Cooldown({ limit: 5, windowMs: 10_000, minIntervalMs: 1_000 });
    expect(cooldown.take('user', 0)).toEqual({ allowed: true });
    expect(cooldown.take('user', 10)).toEqual({ allowed: false, retryAfterMs: 990 });
    expect(cooldown.take('user', 1_000)).toEqual({ allowed: true });
  });

  it('counts each user separately', () => {
    const cooldown = new Cooldown({ limit: 1, windowMs: 10_000 });
    expect(cooldown.take('alice', 0)).toEqual({ allowed: true });
    expect(cooldown.take('bob', 0)).toEqual({ allowed: true });
    expect(cooldown.take('alice', 1)).toMatchObject({ allowed: false });
  });

  it('does not count refused asks against the user', () => {
    const cooldown = new Cooldown({ limit: 1, windowMs: 1_000 });
    cooldown.take('user', 0);
    for (let at = 100; at < 1_000; at += 100) cooldown.take('user', at);
    expect(cooldown.take('user', 1_000)).toEqual({ allowed: true });
  });
});
