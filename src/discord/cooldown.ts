// A per-user limit on searches: at most `limit` in a sliding window (5 asks in 10 s), and never two within
// `minIntervalMs` (a double submit or a script firing at once), so one user can't flood the bot.
// Time is passed in, so tests never wait on the clock.

export interface CooldownOptions {
  /** How many uses a user gets within one window. */
  limit: number;
  windowMs: number;
  /** The least time between two uses by one user. */
  minIntervalMs?: number;
}

export type CooldownCheck = { allowed: true } | { allowed: false; retryAfterMs: number };

export const DEFAULT_ASK_COOLDOWN: CooldownOptions = { limit: 5, windowMs: 10_000, minIntervalMs: 1_000 };

/** The cooldown ASK_COOLDOWN asks for: `uses` in `windowMs` per person (never two within a second), or none (null). */
export function cooldownFromSetting(setting: { limit: number; windowMs: number } | null): Cooldown {
  if (setting === null) return new Cooldown({ limit: Number.MAX_SAFE_INTEGER, windowMs: 1, minIntervalMs: 0 });
  return new Cooldown({
    ...setting,
    minIntervalMs: Math.min(DEFAULT_ASK_COOLDOWN.minIntervalMs ?? 0, setting.windowMs / setting.limit),
  });
}

export class Cooldown {
  private readonly usesByUser = new Map<string, number[]>();

  constructor(private readonly options: CooldownOptions = DEFAULT_ASK_COOLDOWN) {}

  /** Records a use by `userId` at `now` when allowed; when not, says how long until the oldest use expires. */
  take(userId: string, now: number = Date.now()): CooldownCheck {
    const recent = (this.usesByUser.get(userId) ?? []).filter((usedAt) => now - usedAt < this.options.windowMs);
    if (recent.length >= this.options.limit) {
      this.usesByUser.set(userId, recent);
      const oldest = recent[0] ?? now;
      return { allowed: false, retryAfterMs: Math.max(1, oldest + this.options.windowMs - now) };
    }
    const latest = recent[recent.length - 1];
    const minInterval = this.options.minIntervalMs ?? 0;
    if (latest !== undefined && now - latest < minInterval) {
      this.usesByUser.set(userId, recent);
      return { allowed: false, retryAfterMs: Math.max(1, latest + minInterval - now) };
    }
    recent.push(now);
    this.usesByUser.set(userId, recent);
    this.forgetIdleUsers(now);
    return { allowed: true };
  }

  // Keeps the map from growing with every user ever seen: users with no use in the window are dropped.
  private forgetIdleUsers(now: number): void {
    if (this.usesByUser.size < 1_000) return;
    for (const [userId, uses] of this.usesByUser) {
      if (uses.every((usedAt) => now - usedAt >= this.options.windowMs)) this.usesByUser.delete(userId);
    }
  }
}
