// What an operator watches, in Prometheus's terms (prom-client): interactions by command and outcome, how long replies
// take, the index being served, corpus reloads, gateway reconnects, and the process itself. Labels hold only names
// the bot defines (command names, outcomes, shard numbers): never a user, guild, channel or question.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { LiveEngine } from '../live/live-engine.js';

export const METRICS_PREFIX = 'coverage_bot_';

export interface BotMetrics {
  readonly registry: Registry;
  /** One interaction handled: its command (or button kind), how it ended, and seconds from arrival to reply. */
  interactionHandled(command: string, outcome: string, seconds: number): void;
  corpusReloaded(outcome: 'ok' | 'failed'): void;
  gatewayReconnecting(shard: number): void;
  /** Whether a gateway shard is connected and ready (1) or not (0). */
  shardReady(shard: number, isReady: boolean): void;
}

export function createBotMetrics(live: LiveEngine, options: { processMetrics?: boolean } = {}): BotMetrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: METRICS_PREFIX });

  const interactions = new Counter({
    name: `${METRICS_PREFIX}interactions_total`,
    help:
      'Interactions handled, by command (or button kind) and outcome (answered, low-confidence, declined, ' +
      'cooldown, error, ...)',
    labelNames: ['command', 'outcome'] as const,
    registers: [registry],
  });
  const replyLatency = new Histogram({
    name: `${METRICS_PREFIX}reply_latency_seconds`,
    help: 'Seconds from an interaction arriving to the bot having answered it, by command',
    labelNames: ['command'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: `${METRICS_PREFIX}index_articles`,
    help: 'Articles in the index being served (0 while the first index loads)',
    registers: [registry],
    collect() {
      this.set(live.current?.articles.length ?? 0);
    },
  });
  new Gauge({
    name: `${METRICS_PREFIX}index_passages`,
    help: 'Passages in the index being served (0 while the first index loads)',
    registers: [registry],
    collect() {
      this.set(live.current?.articles.reduce((sum, article) => sum + article.passages.length, 0) ?? 0);
    },
  });
  const reloads = new Counter({
    name: `${METRICS_PREFIX}corpus_reloads_total`,
    help: 'Corpus reloads after a change to the articles that swapped a new index in',
    registers: [registry],
  });
  const reloadFailures = new Counter({
    name: `${METRICS_PREFIX}corpus_reload_failures_total`,
    help: 'Corpus reloads that failed (the previous index is still served)',
    registers: [registry],
  });
  const reconnects = new Counter({
    name: `${METRICS_PREFIX}gateway_reconnects_total`,
    help: 'Times a gateway shard lost its connection and reconnected (or tried to)',
    labelNames: ['shard'] as const,
    registers: [registry],
  });
  const ready = new Gauge({
    name: `${METRICS_PREFIX}gateway_shard_ready`,
    help: '1 while a gateway shard is connected and ready, else 0',
    labelNames: ['shard'] as const,
    registers: [registry],
  });

  return {
    registry,
    interactionHandled(command, outcome, seconds) {
      interactions.inc({ command, outcome });
      replyLatency.observe({ command }, seconds);
    },
    corpusReloaded(outcome) {
      (outcome === 'ok' ? reloads : reloadFailures).inc();
    },
    gatewayReconnecting(shard) {
      reconnects.inc({ shard: String(shard) });
    },
    shardReady(shard, isReady) {
      ready.set({ shard: String(shard) }, isReady ? 1 : 0);
    },
  };
}
