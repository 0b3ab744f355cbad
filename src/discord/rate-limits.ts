// Saying, instead of waiting silently, that Discord is rate-limiting and for how long. discord.js waits out a 429 by
// itself; its `rejectOnRateLimit` hook sees every wait (the 429 and the pause after it) and is used here only to
// tell, never to reject. One line a route and wait: the 429 and the pause that follows it are the same wait.
import type { RateLimitData } from 'discord.js';

export type RateLimitWait = Pick<
  RateLimitData,
  'method' | 'route' | 'global' | 'retryAfter' | 'timeToReset' | 'sublimitTimeout'
>;

/** How long discord.js will wait before trying again, in milliseconds. */
export function waitOf(limit: RateLimitWait): number {
  return Math.max(limit.retryAfter, limit.timeToReset, limit.sublimitTimeout, 0);
}

function seconds(ms: number): string {
  return ms < 1_000 ? 'less than a second' : `${Math.round(ms / 1000)} s`;
}

/** One line: who is rate-limited, for how long, and that it resumes by itself. */
export function explainRateLimit(limit: RateLimitWait, where = 'Discord'): string {
  const what = limit.global
    ? "all of this bot's requests (the global limit)"
    : `${limit.method.toUpperCase()} ${limit.route}`;
  return (
    `${where} is rate-limiting ${what}: waiting ${seconds(waitOf(limit))} before trying again (it resumes by ` +
    `itself; if this keeps happening, something is sending too many requests with this token)`
  );
}

/**
 * A `rejectOnRateLimit` hook for discord.js's REST options that reports each wait through `report` and never
 * rejects. A wait already reported (same route, ending no later) is not reported again.
 */
export function reportRateLimits(
  report: (limit: RateLimitWait, line: string) => void,
  where?: string,
  now: () => number = Date.now,
): (limit: RateLimitData) => boolean {
  const reportedUntil = new Map<string, number>();
  return (limit) => {
    const key = limit.global ? 'global' : `${limit.method} ${limit.route}`;
    const until = now() + waitOf(limit);
    if (until > (reportedUntil.get(key) ?? 0) + 1_000) report(limit, explainRateLimit(limit, where));
    reportedUntil.set(key, Math.max(until, reportedUntil.get(key) ?? 0));
    return false;
  };
}
