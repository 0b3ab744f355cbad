// `npm run start:sharded` against a stand-in whose /gateway/bot asks for 2 shards: the ShardingManager starts one bot
// process a shard, each IDENTIFYs as its shard and answers the /ask routed to it, and SIGTERM stops both cleanly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startStandIn, type DiscordStandIn } from './stand-in/stand-in.js';
import { exitWithin, repoRoot, runScript, type RunningProcess } from './stand-in/bot-process.js';
import { newPerson } from './stand-in/payloads.js';
import { citationsOf } from './stand-in/reading.js';

let standIn: DiscordStandIn;
let manager: RunningProcess;

beforeAll(async () => {
  standIn = await startStandIn({ shards: 2 });
  manager = runScript('src/discord/sharded.ts', {
    ...standIn.botEnvironment(),
    CORPUS_DIR: join(repoRoot, 'corpus'),
    LOG_LEVEL: 'info',
  });
  // Shards start 5.5 s apart, as Discord's identify limit requires.
  await standIn.waitFor(() => standIn.gateway.isReady, 'both shards to IDENTIFY', 55_000);
}, 60_000);

afterAll(async () => {
  await manager?.cleanUp();
  await standIn?.stop();
});

/** The bot's JSON log lines. */
function logLines(): Record<string, unknown>[] {
  return manager
    .output()
    .split('\n')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}

describe('start:sharded with 2 shards', () => {
  it('starts one process a shard, each identifying as its own shard of 2', () => {
    expect(standIn.gateway.identifies.map((identify) => identify.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(standIn.gateway.identifies.every((identify) => identify.tokenMatches)).toBe(true);
  });

  it("answers /ask on each shard from that shard's own process, saying which shard in its log", async () => {
    for (const shard of [0, 1]) {
      const record = standIn.commandOnShard(
        shard,
        'ask',
        { question: 'what did Sheinbaum say about sovereignty' },
        newPerson(),
      );
      const answer = await standIn.waitForAnswer(record, 30_000);
      expect(citationsOf(answer.body).length, `shard ${shard}`).toBeGreaterThan(0);
      await standIn.waitFor(
        () => logLines().find((line) => line.msg === 'interaction' && line.interactionId === record.interaction.id),
        `the log line of shard ${shard}'s interaction`,
      );
      expect(
        logLines().find((line) => line.msg === 'interaction' && line.interactionId === record.interaction.id),
      ).toMatchObject({ shards: [shard], outcome: 'answered' });
    }
  });

  it('stops both shards on SIGTERM, each closing its gateway connection normally, and exits 0', async () => {
    manager.child.kill('SIGTERM');
    const exit = await exitWithin(manager, 20_000);
    expect(exit, manager.output()).toEqual({ code: 0, signal: null });
    const clientCloses = () => standIn.gateway.closes.filter((close) => close.initiatedBy === 'client');
    // The stand-in hears the close frames on its own event loop: they may be recorded just after the processes exit.
    await standIn.waitFor(() => clientCloses().length >= 2, 'both gateway connections to close', 5_000);
    const closes = clientCloses();
    expect(closes.map((close) => [close.shard, close.code]).sort()).toEqual([
      [0, 1000],
      [1, 1000],
    ]);
  });
});
