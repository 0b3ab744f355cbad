// The bot end to end for what a news-discussion server uses beyond /ask: "Check against coverage" on a posted
// message, /quotes with autocomplete, 👍/👎 into the feedback log (still there after SIGTERM), and `npm run gaps`
// reading the log the bot wrote. A real bot process against the local Discord stand-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStandIn, buttonsOf, type Answer, type DiscordStandIn } from './stand-in/stand-in.js';
import { exitWithin, repoRoot, runScript, type RunningProcess } from './stand-in/bot-process.js';
import { autocompleteLimitViolations, messageLimitViolations } from './stand-in/limits.js';
import { newPerson, postedMessage, type Json } from './stand-in/payloads.js';
import { citationsOf, embedsOf, messageText } from './stand-in/reading.js';

const dataDir = mkdtempSync(join(tmpdir(), 'coverage-bot-e2e-data-'));
let standIn: DiscordStandIn;
let bot: RunningProcess;
let gaps: RunningProcess | undefined;
let environment: Record<string, string>;

beforeAll(async () => {
  standIn = await startStandIn();
  environment = {
    ...standIn.botEnvironment(),
    CORPUS_DIR: join(repoRoot, 'corpus'),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    ASK_COOLDOWN: '50/10',
  };
  const register = runScript('src/discord/register.ts', environment);
  await exitWithin(register, 45_000);
  await register.cleanUp();
  bot = runScript('src/discord/main.ts', environment);
  await standIn.waitFor(() => standIn.gateway.isReady, 'the bot to connect', 50_000);
  const giveUpAt = Date.now() + 50_000;
  while (Date.now() < giveUpAt) {
    const answer = await standIn.waitForAnswer(
      standIn.autocomplete('ask', { name: 'source', value: '' }, {}, newPerson()),
    );
    if (Array.isArray(answer.body.choices) && answer.body.choices.length > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
});

afterAll(async () => {
  await gaps?.cleanUp();
  await bot?.cleanUp();
  await standIn?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function assertWellFormed(answer: Answer) {
  expect(answer.acknowledgedInMs).toBeLessThan(3_000);
  expect(messageLimitViolations(answer.body)).toEqual([]);
  expect(answer.body.allowed_mentions).toEqual({ parse: [] });
}

const check = (content: string) =>
  standIn.waitForAnswer(
    standIn.messageCommand('Check against coverage', postedMessage(standIn.world, content, newPerson()), newPerson()),
  );

describe('registration', () => {
  it('registers /quotes and the "Check against coverage" message command with the other commands', () => {
    const commands = standIn.rest.commands.get(standIn.world.guildId) ?? [];
    expect(commands.map((command) => [command.name, command.type]).sort()).toEqual([
      ['Check against coverage', 3],
      ['ask', 1],
      ['compare', 1],
      ['quotes', 1],
      ['sources', 1],
    ]);
  });
});

describe('"Check against coverage"', () => {
  let checked: Answer;

  it('answers a 4,000-character message privately with the passages that speak to it', async () => {
    const claim =
      'Sheinbaum said any unilateral military action by the United States would be a grave violation of Mexican ' +
      'sovereignty. ';
    const filler =
      'People in this server keep arguing about what exactly was said and by whom, and nobody has read the articles. ';
    const content = (claim + filler.repeat(40)).slice(0, 4_000);
    expect(content).toHaveLength(4_000);
    checked = await check(content);
    assertWellFormed(checked);
    expect(checked.ephemeral).toBe(true);
    expect(citationsOf(checked.body).length).toBeGreaterThan(0);
    expect(buttonsOf(checked.body).map((button) => button.label)).toContain('Post in channel');
  });

  it('posts the answer in the channel for everyone when "Post in channel" is pressed', async () => {
    const posted = await standIn.waitForAnswer(
      standIn.pressButton(String(checked.message?.id), 'Post in channel', newPerson()),
    );
    assertWellFormed(posted);
    expect(posted.ephemeral).toBe(false);
    expect(citationsOf(posted.body)).toEqual(citationsOf(checked.body));
    expect(buttonsOf(posted.body).map((button) => button.label)).not.toContain('Post in channel');
  });

  it('posts it once: a second press says, privately, that it is already posted', async () => {
    const again = await standIn.waitForAnswer(
      standIn.pressButton(String(checked.message?.id), 'Post in channel', newPerson()),
    );
    assertWellFormed(again);
    expect(again.ephemeral).toBe(true);
    expect(embedsOf(again.body)).toEqual([]);
    expect(messageText(again.body)).toMatch(/already posted/);
  });

  it('says a message holding only a link has no words to check', async () => {
    const answer = await check('https://example.com/some/article?id=123');
    assertWellFormed(answer);
    expect(answer.ephemeral).toBe(true);
    expect(embedsOf(answer.body)).toEqual([]);
    expect(messageText(answer.body)).toMatch(/no words to check/);
  });

  it('leaves mentions out of what it searches for, and pings no one', async () => {
    const answer = await check(
      `<@${standIn.world.userId}> @everyone what did Trump say about the cartels <#${standIn.world.channelId}>`,
    );
    assertWellFormed(answer);
    expect(citationsOf(answer.body).length).toBeGreaterThan(0);
    const footer = embedsOf(answer.body)
      .map((embed) => String((embed.footer as Json | undefined)?.text ?? ''))
      .join('');
    expect(footer).toContain('checked: what did Trump say about the cartels');
    expect(messageText(answer.body)).not.toMatch(/@(everyone|here)|<@\d+>/);
  });
});

describe('/quotes', () => {
  it('autocompletes who with the typed text first, then the people the coverage quotes', async () => {
    const answer = await standIn.waitForAnswer(
      standIn.autocomplete('quotes', { name: 'who', value: 'shein' }, {}, newPerson()),
    );
    expect(autocompleteLimitViolations(answer.body)).toEqual([]);
    const choices = (answer.body.choices as Json[]).map((choice) => choice.value);
    expect(choices[0]).toBe('shein');
    expect(choices.slice(1).some((name) => /Sheinbaum/.test(String(name)))).toBe(true);
  });

  it('lists what Sheinbaum said in article order, naming her where the article says "she", with pages', async () => {
    const answer = await standIn.waitForAnswer(standIn.command('quotes', { who: 'Sheinbaum' }, newPerson()));
    assertWellFormed(answer);
    expect(answer.ephemeral).toBe(false);
    const text = messageText(answer.body);
    expect(text).toMatch(/What Claudia Sheinbaum.* said in the coverage/);
    expect(text).toContain('she [Claudia Sheinbaum] reiterated');
    const next = await standIn.waitForAnswer(standIn.pressButton(String(answer.message?.id), 'Next', newPerson()));
    assertWellFormed(next);
    expect(messageText(next.body)).toMatch(/Page 2 of/);
  });

  it('says plainly that a person the coverage never quotes is not quoted in it', async () => {
    const answer = await standIn.waitForAnswer(standIn.command('quotes', { who: 'Justin Trudeau' }, newPerson()));
    assertWellFormed(answer);
    expect(answer.ephemeral).toBe(true);
    expect(messageText(answer.body)).toMatch(/Justin Trudeau is not quoted in the coverage/);
  });
});

describe('feedback', () => {
  const voter = newPerson();

  it('answers "help" with a usage reply instead of searching', async () => {
    const answer = await standIn.waitForAnswer(standIn.command('ask', { question: 'help' }, newPerson()));
    assertWellFormed(answer);
    expect(answer.ephemeral).toBe(true);
    expect(messageText(answer.body)).toMatch(/\/quotes/);
  });

  it('records a 👎 and thanks the voter privately', async () => {
    const answered = await standIn.waitForAnswer(
      standIn.command('ask', { question: 'what did Sheinbaum say about sovereignty' }, newPerson()),
    );
    const vote = await standIn.waitForAnswer(standIn.pressButton(String(answered.message?.id), 'Not useful', voter));
    assertWellFormed(vote);
    expect(vote.ephemeral).toBe(true);
    expect(messageText(vote.body)).toMatch(/👎 recorded/);
    await standIn.waitForAnswer(standIn.command('ask', { question: 'What did Justin Trudeau say?' }, newPerson()));
    await standIn.waitForAnswer(standIn.command('ask', { question: 'what did justin trudeau say' }, newPerson()));
  });

  it('keeps the vote in the log after the bot is stopped with SIGTERM, with a hashed user id', async () => {
    bot.child.kill('SIGTERM');
    expect(await exitWithin(bot, 5_000), bot.output()).toEqual({ code: 0, signal: null });
    const events = readFileSync(join(dataDir, 'feedback.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Json);
    const vote = events.find((event) => event.kind === 'vote');
    expect(vote).toMatchObject({ vote: 'down', question: 'what did Sheinbaum say about sovereignty', command: 'ask' });
    expect((vote?.passages as Json[]).length).toBeGreaterThan(0);
    expect(String(vote?.user)).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(events)).not.toContain(voter.id);
    expect(events.filter((event) => event.kind === 'declined' && event.command === 'ask')).toHaveLength(2);
  });

  it(
    'npm run gaps prints the declined and 👎 questions from that log, the same question in other words counted ' +
      'once',
    async () => {
      gaps = runScript('src/cli/gaps.ts', { DATA_DIR: dataDir });
      expect(await exitWithin(gaps, 30_000), gaps.output()).toEqual({ code: 0, signal: null });
      const output = gaps.output();
      expect(output).toContain('1. “What did Justin Trudeau say?” — 2 declined, 2 people');
      expect(output).toContain('also asked as: “what did justin trudeau say”');
      expect(output).toContain('never mentioned: “Justin Trudeau”');
      expect(output).toContain('2. “what did Sheinbaum say about sovereignty” — 1 👎, 1 person');
    },
  );
});
