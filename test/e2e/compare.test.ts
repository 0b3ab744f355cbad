// /compare end to end: `register` and the real bot process against the local Discord stand-in, checked only
// through what reaches Discord — the done criterion of the coverage lens is the first test of the bot — and the
// corroboration count /ask shows from the same folding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Article } from '../../src/corpus/types.js';
import { startStandIn, buttonsOf, type Answer, type DiscordStandIn } from './stand-in/stand-in.js';
import { exitWithin, repoRoot, runScript, type Exit, type RunningProcess } from './stand-in/bot-process.js';
import { messageLimitViolations } from './stand-in/limits.js';
import { newPerson, pingsEveryone, type Json } from './stand-in/payloads.js';
import { embedsOf, messageText } from './stand-in/reading.js';

const corpusDir = join(repoRoot, 'corpus');

let standIn: DiscordStandIn;
let articles: Article[];
let register: RunningProcess;
let registerExit: Exit | null;
let bot: RunningProcess;

beforeAll(async () => {
  articles = (await loadCorpus(corpusDir)).articles;
  standIn = await startStandIn();
  const environment = { ...standIn.botEnvironment(), CORPUS_DIR: corpusDir, LOG_LEVEL: 'info' };
  register = runScript('src/discord/register.ts', environment);
  registerExit = await exitWithin(register, 45_000);
  bot = runScript('src/discord/main.ts', environment);
  await standIn.waitFor(() => standIn.gateway.isReady, 'the bot to connect and IDENTIFY', 50_000);
  // The index has loaded once autocomplete offers the articles (it offers nothing while loading).
  const giveUpAt = Date.now() + 50_000;
  while (Date.now() < giveUpAt) {
    const answer = await standIn.waitForAnswer(
      standIn.autocomplete('ask', { name: 'source', value: '' }, {}, newPerson()),
    );
    if (Array.isArray(answer.body.choices) && answer.body.choices.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the bot's index did not load within 50 s; its output:\n${bot.output()}`);
});

afterAll(async () => {
  await bot?.cleanUp();
  await register?.cleanUp();
  await standIn?.stop();
});

const compare = (options: Record<string, string | boolean | undefined>) =>
  standIn.waitForAnswer(standIn.command('compare', options, newPerson()));

function assertWellFormed(answer: Answer) {
  expect(answer.acknowledgedInMs).toBeLessThan(3_000);
  expect(messageLimitViolations(answer.body)).toEqual([]);
  expect(answer.body.allowed_mentions).toEqual({ parse: [] });
}

describe('register', () => {
  it('describes /compare with a required topic of at most 300 characters and a private switch', () => {
    expect(registerExit, register.output()).toEqual({ code: 0, signal: null });
    const command = (standIn.rest.commands.get(standIn.world.guildId) ?? []).find(
      (candidate) => candidate.name === 'compare',
    );
    const options = (command?.options ?? []) as Json[];
    expect(options.map((option) => [option.name, option.type, option.required ?? false])).toEqual([
      ['topic', 3, true],
      ['private', 5, false],
    ]);
    expect(options[0]?.max_length).toBe(300);
  });
});

describe('/compare', () => {
  it('shows, in one message, how each of the five articles reported Sheinbaum’s response', async () => {
    const answer = await compare({ topic: 'what did Sheinbaum say' });
    assertWellFormed(answer);
    expect(answer.ephemeral).toBe(false);
    expect(answer.kind).toBe('reply');
    const embeds = embedsOf(answer.body);
    expect(embeds).toHaveLength(1);
    expect(embeds[0]?.title).toBe('4 of 5 articles cover “what did Sheinbaum say”');
    const fields = (embeds[0]?.fields ?? []) as Json[];
    expect(fields).toHaveLength(5);
    // One field per article: named by outlet (Resist Hate) or, where the article names none, by headline.
    const named = fields.map((field) => String(field.name).replace(/^\d+\. /, ''));
    const labels = articles.map((article) => article.outlet ?? article.title);
    expect([...named].sort()).toEqual([...labels].sort());
    for (const field of fields.slice(0, 4)) expect(String(field.value)).toMatch(/\*\*(Sheinbaum|she)\*\*[\s\S]*¶ \d+/);
    expect(fields[4]).toEqual({
      name: '5. Trump Says US Will Hit Drug Cartels on Land: A New Phase in U.S. Security Policy',
      value: '_not covered — never mentions Sheinbaum_',
    });
    expect(messageText(answer.body)).toContain('same account as:');
    expect(buttonsOf(answer.body)).toEqual([]);
  });

  it(
    'says "None of the 5 articles cover" a topic, only to the asker, and the echoed @everyone pings no ' + 'one',
    async () => {
      const declined = await compare({ topic: '@everyone what is the weather in Paris' });
      assertWellFormed(declined);
      expect(declined.ephemeral).toBe(true);
      expect(embedsOf(declined.body)).toEqual([]);
      expect(String(declined.body.content)).toMatch(
        /^None of the 5 articles cover “@\u200beveryone what is the weather in Paris”/,
      );
      expect(pingsEveryone(declined.body)).toBe(false);
    },
  );

  it('shows the comparison only to the asker when private is true', async () => {
    const answer = await compare({ topic: 'cartels on land', private: true });
    assertWellFormed(answer);
    expect(answer.ephemeral).toBe(true);
    expect(embedsOf(answer.body)).toHaveLength(1);
  });
});

describe('/ask corroboration', () => {
  it('says on the citation line how many of the five sources report a fact folded from several articles', async () => {
    const answer = await standIn.waitForAnswer(
      standIn.command('ask', { question: 'Mexico sovereignty unilateral military action', results: 3 }, newPerson()),
    );
    assertWellFormed(answer);
    const descriptions = embedsOf(answer.body).map((embed) => String(embed.description));
    expect(
      descriptions.some((description) =>
        /\n— [^\n]*¶ \d+[^\n]* · reported by [2-5] of 5 sources(\n|$)/.test(description),
      ),
    ).toBe(true);
  });
});
