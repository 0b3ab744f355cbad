// Whether the bot can answer right now, in one line an operator can act on: the gateway must be connected (every
// shard this process runs ready) and an index loaded. `/healthz` answers 200 or 503 with this line.
import type { LiveEngine } from '../live/live-engine.js';

export interface Health {
  isHealthy: boolean;
  /** One line: what is wrong and what it means, or what is being served. */
  reason: string;
}

/**
 * The gateway as the bot's events report it: which shards are ready, which this process runs, and whether it is
 * stopping.
 */
export class GatewayState {
  private readonly readyShards = new Set<number>();
  private expectedShards: readonly number[] = [];
  private hasConnected = false;
  isStopping = false;

  /** The shard ids this process runs, once discord.js knows them (after `auto` is resolved). */
  expect(shards: readonly number[]): void {
    this.expectedShards = [...shards];
  }

  ready(shard: number): void {
    this.hasConnected = true;
    this.readyShards.add(shard);
  }

  lost(shard: number): void {
    this.readyShards.delete(shard);
  }

  /** Null when every shard is ready, else why not. */
  problem(): string | null {
    if (!this.hasConnected) return 'gateway: not connected to Discord yet';
    const expected = this.expectedShards.length > 0 ? this.expectedShards : [...this.readyShards];
    const down = expected.filter((shard) => !this.readyShards.has(shard));
    if (down.length > 0 || this.readyShards.size === 0) {
      return (
        `gateway: disconnected from Discord (shard ${(down.length > 0 ? down : expected).join(', ')}), ` +
        `reconnecting`
      );
    }
    return null;
  }

  get shards(): number[] {
    return [...this.readyShards].sort((a, b) => a - b);
  }
}

export interface IndexState {
  /** Set when the first index could not be loaded: why. */
  failure?: string;
}

export function checkHealth(gateway: GatewayState, live: LiveEngine, index: IndexState): Health {
  if (gateway.isStopping) return { isHealthy: false, reason: 'stopping: the bot is shutting down' };
  const engine = live.current;
  if (!engine) {
    return {
      isHealthy: false,
      reason: index.failure
        ? `index: could not load the corpus (${index.failure})`
        : 'index: still loading the articles',
    };
  }
  const gatewayProblem = gateway.problem();
  if (gatewayProblem) return { isHealthy: false, reason: gatewayProblem };
  const passages = engine.articles.reduce((sum, article) => sum + article.passages.length, 0);
  return {
    isHealthy: true,
    reason:
      `ok: connected to Discord (shard ${gateway.shards.join(', ')}), serving ${engine.articles.length} ` +
      `articles (${passages} passages)`,
  };
}
