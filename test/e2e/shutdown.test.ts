// SIGTERM with interactions in flight (the real bot against the local Discord stand-in, Discord answering slowly):
// every interaction already being answered gets its answer, none that arrives after the signal is taken, and only
// then is the gateway closed normally (1000) and the process exits 0.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startStandIn, type DiscordStandIn } from './stand-in/stand-in.js';
import { exitWithin, repoRoot, runScript, type RunningProcess } from './stand-in/bot-process.js';
import { newPerson } from './stand-in/payloads.js';
import { citationsOf } from './stand-in/reading.js';

const IN_FLIGHT = 30;
let standIn: DiscordStandIn;
let bot: RunningProcess;

beforeAll(async () => {
  standIn = await startStandIn();
  bot = runScript('src/discord/main.ts', {
    ...standIn.botEnvironment(),
    CORPUS_DIR: join(repoRoot, 'corpus'),
    LOG_LEVEL: 'info',
  });
  await standIn.waitFor(() => standIn.gateway.isReady, 'the bot to connect', 50_000);
  await bot.waitForOutput(/"msg":"index ready"/, 50_000);
});

afterAll(async () => {
  await bot?.cleanUp();
  await standIn?.stop();
});

describe('SIGTERM with interactions in flight', () => {
  it(
    'answers every interaction it had taken, takes no new one, then closes the gateway with 1000 and exits ' + '0',
    async () => {
      // Discord takes 1.5 s to accept each answer, so all of them are still in flight when the signal comes.
      standIn.slowNext('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, 1_500, IN_FLIGHT);
      const records = Array.from({ length: IN_FLIGHT }, () =>
        standIn.command('ask', { question: 'what did Sheinbaum say about sovereignty' }, newPerson()),
      );
      const callbacksStarted = () => standIn.rest.calls.filter((call) => call.route === 'interaction callback').length;
      await standIn.waitFor(() => callbacksStarted() >= IN_FLIGHT, `${IN_FLIGHT} answers on their way to Discord`);
      expect(records.filter((record) => record.acknowledgedAt !== null)).toEqual([]);

      bot.child.kill('SIGTERM');
      await bot.waitForOutput(/"msg":"shutting down: no new interactions/);
      const tooLate = standIn.command('ask', { question: 'what did Sheinbaum say about sovereignty' }, newPerson());

      const exit = await exitWithin(bot, 15_000);
      expect(exit, bot.output()).toEqual({ code: 0, signal: null });
      const answered = records.filter(
        (record) => record.acknowledgedAt !== null && citationsOf(record.bodies[0]?.body ?? {}).length > 0,
      );
      expect(answered).toHaveLength(IN_FLIGHT);
      expect(tooLate.acknowledgedAt).toBeNull();
      // The stand-in hears the close frame on its own event loop: it may record it just after the process has gone.
      await standIn.waitFor(() => standIn.gateway.closes.length > 0, 'the gateway connection to close', 5_000);
      const close = standIn.gateway.closes.at(-1);
      expect(close).toMatchObject({ code: 1000, initiatedBy: 'client' });
      expect(close?.at ?? 0).toBeGreaterThanOrEqual(
        Math.max(...records.map((record) => record.acknowledgedAt ?? Infinity)),
      );
    },
  );
});
