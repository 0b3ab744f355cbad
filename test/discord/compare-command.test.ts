// /compare through the router, as handlers.test.ts drives /ask: one reply, the cooldown and the logged outcome.
import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { FeedbackInput } from '../../src/feedback/log.js';
import type { BotContext } from '../../src/discord/bot-context.js';
import { findCommand } from '../../src/discord/commands/index.js';
import { Cooldown } from '../../src/discord/cooldown.js';
import { handleInteraction } from '../../src/discord/router.js';
import { createLogger } from '../../src/logger.js';
import { createEngine } from '../../src/search/index.js';
import { LiveEngine } from '../../src/live/live-engine.js';
import { fakeCommand, type Fake } from './fake-interaction.js';
import { fixtureArticles } from './fixture-articles.js';

type LogLine = Record<string, unknown> & { msg: string };

function botContext(
  cooldown = new Cooldown({ limit: 100, windowMs: 10_000 }),
): BotContext & { logLines: LogLine[]; feedbackEvents: FeedbackInput[] } {
  const logLines: LogLine[] = [];
  const feedbackEvents: FeedbackInput[] = [];
  const live = new LiveEngine();
  live.swap(createEngine(fixtureArticles));
  const logger = createLogger('info', { write: (line: string) => void logLines.push(JSON.parse(line) as LogLine) });
  return {
    feedback: { record: (event) => void feedbackEvents.push(event), close: () => undefined },
    feedbackEvents,
    live,
    cooldown,
    logger,
    logLines,
  };
}

async function run(fake: Fake, context: BotContext) {
  await handleInteraction(fake.interaction, context);
  expect(fake.sent).toHaveLength(1);
  return fake.sent[0]!;
}

describe('/compare', () => {
  it('is in the command registry, so register puts it to Discord and the router handles it', () => {
    expect(findCommand('compare')?.data.toJSON()).toMatchObject({
      name: 'compare',
      options: [{ name: 'topic', required: true, max_length: 300 }, { name: 'private' }],
    });
  });

  it(
    'answers in one message with one field per article: the two that report Sheinbaum first, each linked to the ' +
      'other, the third "not covered"',
    async () => {
      const context = botContext();
      const sent = await run(fakeCommand('compare', { topic: 'what did Sheinbaum say' }), context);
      expect(sent.kind).toBe('reply');
      const reply = sent.payload;
      expect(reply.flags).toBeUndefined();
      expect(reply.allowedMentions).toEqual({ parse: [] });
      expect(reply.embeds).toHaveLength(1);
      expect(reply.embeds?.[0]?.title).toBe('2 of 3 articles cover “what did Sheinbaum say”');
      expect(reply.embeds?.[0]?.fields?.map((field) => field.name)).toEqual([
        '1. Associated Press',
        '2. Reuters',
        '3. The Guardian',
      ]);
      expect(reply.embeds?.[0]?.fields?.[2]?.value).toBe('_not covered — never mentions Sheinbaum_');
      expect(reply.embeds?.[0]?.fields?.[0]?.value).toContain('same account as: Reuters ¶ 2');
      expect(reply.embeds?.[0]?.fields?.[1]?.value).toContain('same account as: Associated Press ¶ 1');
      expect(context.logLines.filter((line) => line.msg === 'interaction')).toMatchObject([
        { command: 'compare', outcome: 'answered' },
      ]);
    },
  );

  it('declines privately a topic no article covers, and logs it as declined', async () => {
    const context = botContext();
    const reply = (await run(fakeCommand('compare', { topic: 'What did Justin Trudeau say?' }), context)).payload;
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.content).toContain('None of the 3 articles cover “What did Justin Trudeau say?”');
    expect(context.logLines.filter((line) => line.msg === 'interaction')).toMatchObject([
      { command: 'compare', outcome: 'declined' },
    ]);
  });

  it('shares the per-user cooldown with /ask', async () => {
    const context = botContext(new Cooldown({ limit: 1, windowMs: 10_000 }));
    await run(fakeCommand('ask', { question: 'cartels' }), context);
    const reply = (await run(fakeCommand('compare', { topic: 'cartels' }), context)).payload;
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.content).toMatch(/^You're asking faster than I can keep up with/);
  });
});
