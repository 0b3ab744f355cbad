import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/search/engine.js';
import { LiveEngine } from '../../src/live/live-engine.js';
import { checkHealth, GatewayState } from '../../src/discord/health.js';
import { shardOptions } from '../../src/discord/client.js';
import { fixtureArticles } from './fixture-articles.js';

function loadedLive(): LiveEngine {
  const live = new LiveEngine();
  live.swap(createEngine(fixtureArticles));
  return live;
}

describe('health', () => {
  it('is unhealthy while the index loads, saying so, even with the gateway ready', () => {
    const gateway = new GatewayState();
    gateway.ready(0);
    expect(checkHealth(gateway, new LiveEngine(), {})).toEqual({
      isHealthy: false,
      reason: 'index: still loading the articles',
    });
  });

  it('says why the index is missing when the corpus could not be loaded', () => {
    expect(checkHealth(new GatewayState(), new LiveEngine(), { failure: 'ENOENT: no such directory' }).reason).toBe(
      'index: could not load the corpus (ENOENT: no such directory)',
    );
  });

  it('is unhealthy until connected, healthy with every shard ready, and names the shard that dropped', () => {
    const gateway = new GatewayState();
    const live = loadedLive();
    expect(checkHealth(gateway, live, {}).reason).toBe('gateway: not connected to Discord yet');
    gateway.expect([0, 1]);
    gateway.ready(0);
    expect(checkHealth(gateway, live, {})).toEqual({
      isHealthy: false,
      reason: 'gateway: disconnected from Discord (shard 1), reconnecting',
    });
    gateway.ready(1);
    expect(checkHealth(gateway, live, {})).toMatchObject({
      isHealthy: true,
      reason: expect.stringMatching(/^ok: connected to Discord \(shard 0, 1\), serving \d+ articles \(\d+ passages\)$/),
    });
    gateway.lost(0);
    expect(checkHealth(gateway, live, {}).reason).toBe('gateway: disconnected from Discord (shard 0), reconnecting');
  });

  it('is unhealthy once stopping, whatever else holds', () => {
    const gateway = new GatewayState();
    gateway.ready(0);
    gateway.isStopping = true;
    expect(checkHealth(gateway, loadedLive(), {})).toEqual({
      isHealthy: false,
      reason: 'stopping: the bot is shutting down',
    });
  });
});

describe('the shards a process asks discord.js for', () => {
  it('leaves the count to Discord by default, runs every shard of a fixed count, or exactly the ids given', () => {
    expect(shardOptions({ SHARDS: 'auto', SHARD_COUNT: 'auto' })).toEqual({ shards: 'auto' });
    expect(shardOptions({ SHARDS: 'auto', SHARD_COUNT: 3 })).toEqual({ shards: [0, 1, 2], shardCount: 3 });
    expect(shardOptions({ SHARDS: [1], SHARD_COUNT: 2 })).toEqual({ shards: [1], shardCount: 2 });
    expect(shardOptions({ SHARDS: [2, 3], SHARD_COUNT: 'auto' })).toEqual({ shards: [2, 3], shardCount: 4 });
  });
});
