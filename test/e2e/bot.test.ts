// The bot end to end: `register` and the real bot process (compiled, dist/discord/main.js) against the local Discord
// stand-in, driven only through what Discord itself would send and checked only through what reaches Discord.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Article } from '../../src/corpus/types.js';
import { startStandIn, buttonsOf, type Answer, type DiscordStandIn } from './stand-in/stand-in.js';
import { exitWithin, repoRoot, runScript, type Exit, type RunningProcess } from './stand-in/bot-process.js';
import { autocompleteLimitViolations, messageLimitViolations } from './stand-in/limits.js';
import { newPerson, type Json } from './stand-in/payloads.js';
import { citationsOf, embedsOf, messageText, plainText } from './stand-in/reading.js';

// A copy of the real corpus, so the hot-reload test can add an article without touching corpus/.
const corpusDir = mkdtempSync(join(tmpdir(), 'coverage-bot-e2e-corpus-'));
// Discord's own limit: an interaction not acknowledged within 3 s fails for the user.
const discordAcknowledgementLimitMs = 3_000;

let standIn: DiscordStandIn;
let articles: Article[];
let register: RunningProcess;
let registerExit: Exit | null;
let bot: RunningProcess;
let restartedBot: RunningProcess | undefined;
let environment: Record<string, string>;

beforeAll(async () => {
  cpSync(join(repoRoot, 'corpus'), corpusDir, { recursive: true });
  articles = (await loadCorpus(corpusDir)).articles;
  standIn = await startStandIn();
  environment = { ...standIn.botEnvironment(), CORPUS_DIR: corpusDir, LOG_LEVEL: 'info' };
  register = runScript('src/discord/register.ts', environment);
  registerExit = await exitWithin(register, 45_000);
  bot = runScript('src/discord/main.ts', environment);
  await standIn.waitFor(() => standIn.gateway.isReady, 'the bot to connect and IDENTIFY', 50_000);
  await waitUntilIndexLoaded();
});

/** Asks again every 200 ms until `check` says yes; for states only a new interaction can reveal. */
async function pollUntil(check: () => Promise<boolean>, description: string, timeoutMs: number): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (Date.now() < giveUpAt) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`gave up after ${timeoutMs} ms waiting for ${description}; the bot's output:\n${bot.output()}`);
}

// The bot answers while its index loads (by deferring); the tests start once it has loaded, which shows as
// autocomplete offering the articles (it offers nothing while loading).
function waitUntilIndexLoaded(): Promise<void> {
  return pollUntil(
    async () => {
      const answer = await standIn.waitForAnswer(
        standIn.autocomplete('ask', { name: 'source', value: '' }, {}, newPerson()),
      );
      return Array.isArray(answer.body.choices) && answer.body.choices.length > 0;
    },
    'autocomplete to offer the articles',
    50_000,
  );
}

afterAll(async () => {
  await restartedBot?.cleanUp();
  await bot?.cleanUp();
  await register?.cleanUp();
  await standIn?.stop();
  rmSync(corpusDir, { recursive: true, force: true });
});

const headlines = () => articles.map((article) => article.title);
const articleTitled = (title: string) => articles.find((article) => article.title === title);
const ask = (options: Record<string, string | number | boolean | undefined>) =>
  standIn.waitForAnswer(standIn.command('ask', options, newPerson()));

function assertWellFormed(answer: Answer) {
  expect(answer.acknowledgedInMs).toBeLessThan(discordAcknowledgementLimitMs);
  expect(messageLimitViolations(answer.body)).toEqual([]);
  expect(answer.body.allowed_mentions).toEqual({ parse: [] });
}

/** Presses "More results" on `page` and checks the answer cites passages, none of them already on `page`. */
async function expectNextPageOnMoreResults(page: Answer) {
  const more = await standIn.waitForAnswer(standIn.pressButton(String(page.message?.id), 'More results', newPerson()));
  assertWellFormed(more);
  const citationKey = (citation: { title: string; paragraph: number }) => `${citation.title} ¶${citation.paragraph}`;
  const seen = citationsOf(page.body).map(citationKey);
  const next = citationsOf(more.body).map(citationKey);
  expect(next.length).toBeGreaterThan(0);
  expect(next.filter((citation) => seen.includes(citation))).toEqual([]);
}

describe('register', () => {
  it(
    'exits 0 after putting /ask, /compare, /quotes, /sources and "Check against coverage" on the guild named by ' +
      'DISCORD_GUILD_ID',
    () => {
      expect(registerExit, register.output()).toEqual({ code: 0, signal: null });
      const puts = standIn.rest.calls.filter((call) => call.method === 'PUT');
      expect(puts.map((call) => [call.route, call.status, call.authorization])).toEqual([
        ['overwrite guild commands', 200, 'valid'],
      ]);
      expect(puts[0]?.path).toBe(
        `/applications/${standIn.world.applicationId}/guilds/${standIn.world.guildId}/commands`,
      );
      expect((puts[0]?.body as Json[]).map((command) => command.name).sort()).toEqual([
        'Check against coverage',
        'ask',
        'compare',
        'quotes',
        'sources',
      ]);
    },
  );

  it(
    'describes /ask with a required question of at most 300 characters, 1–5 results, an autocompleted source and ' +
      'a private switch',
    () => {
      const commands = standIn.rest.commands.get(standIn.world.guildId) ?? [];
      const askCommand = commands.find((command) => command.name === 'ask');
      const options = (askCommand?.options ?? []) as Json[];
      const option = (name: string) => options.find((candidate) => candidate.name === name);
      expect(options.map((candidate) => candidate.name).sort()).toEqual(['private', 'question', 'results', 'source']);
      expect(options[0]?.name).toBe('question');
      expect(option('question')).toMatchObject({ type: 3, required: true, max_length: 300 });
      expect(option('results')).toMatchObject({ type: 4, min_value: 1, max_value: 5 });
      expect(option('results')?.required ?? false).toBe(false);
      expect(option('source')).toMatchObject({ type: 3, autocomplete: true });
      expect(option('source')?.required ?? false).toBe(false);
      expect(option('private')).toMatchObject({ type: 5 });
      expect(option('private')?.required ?? false).toBe(false);
      const sourcesCommand = commands.find((command) => command.name === 'sources');
      expect(((sourcesCommand?.options ?? []) as Json[]).filter((candidate) => candidate.required === true)).toEqual(
        [],
      );
    },
  );

  it('prints no token', () => {
    expect(register.output()).not.toContain(standIn.token);
  });
});

describe('the bot', () => {
  // The first page of one /ask, asked once by whichever test needs it first, so any test also runs on its own.
  let firstPageAsked: Promise<Answer> | undefined;
  const firstPage = () =>
    (firstPageAsked ??= ask({ question: 'what did Sheinbaum say about sovereignty', results: 2 }));

  it('logs in with the token and identifies with the Guilds intent only, over JSON without compression', () => {
    expect(standIn.gateway.identifies.map((identify) => [identify.intents, identify.tokenMatches])).toEqual([
      [1, true],
    ]);
    expect(standIn.gateway.connections[0]?.query).toEqual({ v: '10', encoding: 'json' });
  });

  it(
    'answers /ask within 3 s with one embed per result: the passage, bold matched words, and its citation line ' +
      'with headline and ¶ n',
    async () => {
      const page = await firstPage();
      assertWellFormed(page);
      expect(page.ephemeral).toBe(false);
      const embeds = embedsOf(page.body);
      expect(embeds.length).toBeGreaterThanOrEqual(1);
      expect(embeds.length).toBeLessThanOrEqual(2);
      for (const citation of citationsOf(page.body)) expect(headlines()).toContain(citation.title);
      expect(embeds.some((embed) => String(embed.description).includes('**'))).toBe(true);
      expect(citationsOf(page.body)).toHaveLength(embeds.length);
      expect(messageText(page.body)).toMatch(/\d+ passages? matched/i);
    },
  );

  it(
    'puts "More results" and "Full passage" buttons under an answer, each custom_id at most 100 ' + 'characters',
    async () => {
      const page = await firstPage();
      const labels = buttonsOf(page.body).map((button) => String(button.label));
      expect(labels).toContain('More results');
      expect(labels.some((label) => label.startsWith('Full passage'))).toBe(true);
      for (const button of buttonsOf(page.body)) expect(String(button.custom_id).length).toBeLessThanOrEqual(100);
    },
  );

  it('shows the next results, not the same ones, when "More results" is pressed', async () => {
    await expectNextPageOnMoreResults(await firstPage());
  });

  it('shows the whole cited paragraph, to the presser only, when "Full passage" is pressed', async () => {
    const page = await firstPage();
    const full = await standIn.waitForAnswer(
      standIn.pressButton(String(page.message?.id), /^Full passage/, newPerson()),
    );
    assertWellFormed(full);
    expect(full.ephemeral).toBe(true);
    const cited = citationsOf(page.body).map(
      (citation) =>
        articleTitled(citation.title)?.passages.find((passage) => passage.paragraph === citation.paragraph)?.text ?? '',
    );
    const shown = plainText(messageText(full.body));
    expect(cited.some((text) => text.length > 0 && shown.includes(plainText(text)))).toBe(true);
  });

  it('declines a question the coverage does not answer with a short reply only the asker sees', async () => {
    const declined = await ask({ question: 'What did Justin Trudeau say?' });
    assertWellFormed(declined);
    expect(declined.ephemeral).toBe(true);
    expect(citationsOf(declined.body)).toEqual([]);
    expect(buttonsOf(declined.body)).toEqual([]);
    expect(messageText(declined.body).trim().length).toBeGreaterThan(0);
    expect(messageText(declined.body).length).toBeLessThan(400);
  });

  it('answers privately when private:true is given, and at most 5 results for results:5', async () => {
    const answer = await ask({ question: 'Trump strikes on cartels on land', results: 5, private: true });
    assertWellFormed(answer);
    expect(answer.ephemeral).toBe(true);
    expect(embedsOf(answer.body).length).toBeGreaterThan(0);
    expect(embedsOf(answer.body).length).toBeLessThanOrEqual(5);
  });

  it('keeps to one article when source names it', async () => {
    const article = articles[2];
    const answer = await ask({ question: 'cartels', source: article?.id });
    assertWellFormed(answer);
    expect(new Set(citationsOf(answer.body).map((citation) => citation.title))).toEqual(new Set([article?.title]));
  });

  it('lists the five articles for /sources', async () => {
    const answer = await standIn.waitForAnswer(standIn.command('sources', {}, newPerson()));
    assertWellFormed(answer);
    const text = messageText(answer.body);
    expect(headlines()).toHaveLength(5);
    for (const headline of headlines()) expect(text).toContain(headline);
  });

  it('autocompletes source with at most 25 article choices whose names fit in 100 characters', async () => {
    const everything = await standIn.waitForAnswer(
      standIn.autocomplete('ask', { name: 'source', value: '' }, { question: 'cartels' }, newPerson()),
    );
    expect(everything.acknowledgedInMs).toBeLessThan(discordAcknowledgementLimitMs);
    expect(autocompleteLimitViolations(everything.body)).toEqual([]);
    const choices = everything.body.choices as Json[];
    expect(choices.map((choice) => choice.value).sort()).toEqual(articles.map((article) => article.id).sort());

    const narrowed = await standIn.waitForAnswer(
      standIn.autocomplete('ask', { name: 'source', value: 'resist' }, {}, newPerson()),
    );
    expect((narrowed.body.choices as Json[]).map((choice) => choice.value)).toEqual([
      'resist-hate-trump-signals-military-action',
    ]);
  });

  it('pings no one when a question contains @here or @everyone, whether it is answered or declined', async () => {
    const answered = await ask({ question: '@here what did Trump say about the cartels' });
    const declined = await ask({ question: '@everyone @here what did Justin Trudeau say?' });
    expect(citationsOf(answered.body).length).toBeGreaterThan(0);
    for (const answer of [answered, declined]) {
      assertWellFormed(answer);
      expect(answer.message?.mention_everyone).toBe(false);
      expect(messageText(answer.body)).not.toMatch(/@(everyone|here)/);
    }
  });

  it('tells the user, privately, that a command it does not know is not available', async () => {
    const answer = await standIn.waitForAnswer(standIn.command('weather', { city: 'Paris' }, newPerson()));
    assertWellFormed(answer);
    expect(answer.ephemeral).toBe(true);
  });

  it('tells the user, privately, that a button it does not recognise no longer works', async () => {
    const page = await firstPage();
    const answer = await standIn.waitForAnswer(
      standIn.pressCustomId(String(page.message?.id), 'v0-button-from-an-old-release', newPerson()),
    );
    assertWellFormed(answer);
    expect(answer.ephemeral).toBe(true);
  });

  it('asks one person who floods /ask to wait, privately, while other people are still answered', async () => {
    const person = newPerson();
    const flood = Array.from({ length: 6 }, () =>
      standIn.command('ask', { question: 'what did Trump say about cartels' }, person),
    );
    const answers = await Promise.all(flood.map((record) => standIn.waitForAnswer(record)));
    for (const answer of answers) assertWellFormed(answer);
    // How many get through depends on the cooldown's settings; the first always does, the sixth never.
    expect([answers[0]?.ephemeral, answers[5]?.ephemeral]).toEqual([false, true]);
    expect(citationsOf(answers[0]?.body ?? {}).length).toBeGreaterThan(0);
    expect(citationsOf(answers[5]?.body ?? {})).toEqual([]);
    expect(messageText(answers[5]?.body ?? {})).toMatch(/wait/i);
    const someoneElse = await ask({ question: 'what did Trump say about cartels' });
    expect(someoneElse.ephemeral).toBe(false);
  });

  it(
    'stays up when Discord answers every attempt at a reply with 500, says something went wrong, and answers the ' +
      'next question',
    async () => {
      // discord.js retries a 5xx three times; failing all four attempts makes the handler itself see the error.
      standIn.failNext('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, 'server-error', 4);
      const failed = await standIn.waitForAnswer(
        standIn.command('ask', { question: 'what did Sheinbaum say about sovereignty' }, newPerson()),
      );
      const attempts = standIn.rest.calls.filter((call) =>
        call.path.startsWith(`/interactions/${failed.record.interaction.id}/`),
      );
      expect(attempts.map((call) => call.status)).toEqual([500, 500, 500, 500, 204]);
      expect(failed.ephemeral).toBe(true);
      expect(messageText(failed.body)).toMatch(/something went wrong/i);
      const next = await ask({ question: 'what did Sheinbaum say about sovereignty' });
      assertWellFormed(next);
      expect(bot.child.exitCode).toBeNull();
    },
  );

  it('reconnects after the gateway drops the connection and answers a new /ask', async () => {
    const connectionsBefore = standIn.gateway.connections.length;
    standIn.gateway.drop({ code: 4000 });
    await standIn.waitFor(
      () => standIn.gateway.connections.length > connectionsBefore && standIn.gateway.isReady,
      'the bot to reconnect',
      20_000,
    );
    const answer = await ask({ question: 'what did Sheinbaum say about sovereignty' });
    assertWellFormed(answer);
    expect(embedsOf(answer.body).length).toBeGreaterThan(0);
  });

  it('resumes after the connection is cut without a close frame, and answers a new /ask', async () => {
    const resumesBefore = standIn.gateway.resumes.length;
    standIn.gateway.drop({ terminate: true });
    await standIn.waitFor(
      () => standIn.gateway.resumes.length > resumesBefore && standIn.gateway.isReady,
      'the bot to resume',
      20_000,
    );
    expect(standIn.gateway.resumes.at(-1)).toMatchObject({ sessionIdMatches: true, tokenMatches: true });
    const answer = await ask({ question: 'what did Sheinbaum say about sovereignty' });
    assertWellFormed(answer);
  });

  it('serves an article added to the corpus while it runs, without a restart', async () => {
    const title = 'Senator Lindqvist proposes a binational cartel commission';
    writeFileSync(
      join(corpusDir, 'zz-e2e-added-article.md'),
      `---\ntitle: "${title}"\noutlet: E2E Gazette\n---\n\nSenator Ingrid Lindqvist proposed a binational ` +
        `commission to oversee any joint operation against the cartels.\n\nThe commission would report to both ` +
        `legislatures every ninety days.\n`,
    );
    await pollUntil(
      async () => {
        const listed = await standIn.waitForAnswer(standIn.command('sources', {}, newPerson()));
        return messageText(listed.body).includes(title);
      },
      'the new article to appear in /sources',
      20_000,
    );
    const answer = await ask({ question: 'What did Senator Lindqvist propose?' });
    assertWellFormed(answer);
    expect(citationsOf(answer.body)[0]).toEqual({ title, paragraph: 1 });
  });

  it('acknowledged every interaction it was sent, each within 3 s', () => {
    const records = [...standIn.rest.interactions.values()];
    expect(records.length).toBeGreaterThan(10);
    expect(records.filter((record) => record.acknowledgedAt === null).map((record) => record.interaction.id)).toEqual(
      [],
    );
    expect(
      records.filter(
        (record) => (record.acknowledgedAt ?? Infinity) - record.dispatchedAt >= discordAcknowledgementLimitMs,
      ),
    ).toEqual([]);
  });

  it('sent only bodies within Discord limits, with no mentions allowed, to routes Discord has', () => {
    const messageBodies = [...standIn.rest.interactions.values()].flatMap((record) =>
      record.bodies.map((sent) => sent.body),
    );
    expect(messageBodies.length).toBeGreaterThan(10);
    expect(messageBodies.flatMap(messageLimitViolations)).toEqual([]);
    expect(
      messageBodies.filter((body) => JSON.stringify(body.allowed_mentions) !== JSON.stringify({ parse: [] })),
    ).toEqual([]);
    expect(standIn.unexpectedCalls()).toEqual([]);
    expect(standIn.rest.calls.filter((call) => call.status >= 400 && call.status < 500)).toEqual([]);
  });

  it('never prints the token', () => {
    expect(bot.output()).not.toContain(standIn.token);
  });

  it('exits 0 within 5 s of SIGTERM, closing the gateway connection normally (1000)', async () => {
    const closesBefore = standIn.gateway.closes.length;
    bot.child.kill('SIGTERM');
    const exit = await exitWithin(bot, 5_000);
    expect(exit, bot.output()).toEqual({ code: 0, signal: null });
    // The stand-in hears the close frame on its own event loop: it may record it just after the process has gone.
    await standIn.waitFor(() => standIn.gateway.closes.length > closesBefore, 'the gateway connection to close', 5_000);
    expect(standIn.gateway.closes.at(-1)).toMatchObject({ code: 1000, initiatedBy: 'client' });
  });

  it('keeps the buttons of an earlier reply working after a restart', async () => {
    // A restart: the first bot is stopped here if the SIGTERM case above did not run (or did not stop it).
    if (bot.child.exitCode === null && bot.child.signalCode === null) {
      bot.child.kill('SIGTERM');
      await exitWithin(bot, 5_000);
    }
    const identifiesBefore = standIn.gateway.identifies.length;
    restartedBot = runScript('src/discord/main.ts', environment);
    await standIn.waitFor(
      () => standIn.gateway.identifies.length > identifiesBefore && standIn.gateway.isReady,
      'the restarted bot to IDENTIFY',
      50_000,
    );
    await expectNextPageOnMoreResults(await firstPage());
  });
});
