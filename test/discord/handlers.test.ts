import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { FeedbackInput } from '../../src/feedback/log.js';
import type { BotContext } from '../../src/discord/bot-context.js';
import { Cooldown } from '../../src/discord/cooldown.js';
import type { ReplyPayload } from '../../src/discord/replies/index.js';
import { handleInteraction } from '../../src/discord/router.js';
import { createLogger } from '../../src/logger.js';
import { createEngine } from '../../src/search/index.js';
import { LiveEngine } from '../../src/live/live-engine.js';
import { customIdOf, fakeAutocomplete, fakeButton, fakeCommand, type Fake } from './fake-interaction.js';
import { fixtureArticles } from './fixture-articles.js';
import { citationsOf } from '../e2e/stand-in/reading.js';
import type { Json } from '../e2e/stand-in/payloads.js';

type LogLine = Record<string, unknown> & { level: number; msg: string };

function botContext(
  options: { loaded?: boolean; cooldown?: Cooldown } = {},
): BotContext & { logLines: LogLine[]; feedbackEvents: FeedbackInput[] } {
  const logLines: LogLine[] = [];
  const feedbackEvents: FeedbackInput[] = [];
  const live = new LiveEngine();
  if (options.loaded ?? true) live.swap(createEngine(fixtureArticles));
  const logger = createLogger('info', { write: (line: string) => void logLines.push(JSON.parse(line) as LogLine) });
  return {
    feedback: { record: (event) => void feedbackEvents.push(event), close: () => undefined },
    feedbackEvents,
    live,
    cooldown: options.cooldown ?? new Cooldown({ limit: 100, windowMs: 10_000 }),
    logger,
    logLines,
  };
}

async function run(fake: Fake, context: BotContext): Promise<Fake> {
  await handleInteraction(fake.interaction, context);
  return fake;
}

const only = (fake: Fake) => {
  expect(fake.sent).toHaveLength(1);
  return fake.sent[0]!.payload;
};
const headlines = fixtureArticles.map((article) => article.title);

describe('/ask', () => {
  it(
    'answers at once with one embed per result, each cited by a headline from the corpus, visible to ' + 'everyone',
    async () => {
      const context = botContext();
      const fake = await run(
        fakeCommand('ask', { question: 'what did Sheinbaum say about sovereignty', results: 2 }),
        context,
      );
      expect(fake.sent.map((sent) => sent.kind)).toEqual(['reply']);
      const reply = only(fake);
      expect(reply.flags).toBeUndefined();
      expect(reply.allowedMentions).toEqual({ parse: [] });
      expect(reply.embeds?.length).toBeGreaterThanOrEqual(1);
      expect(reply.embeds?.length).toBeLessThanOrEqual(2);
      for (const citation of citationsOf(reply as unknown as Json)) expect(headlines).toContain(citation.title);
      expect(citationsOf(reply as unknown as Json)).toHaveLength(reply.embeds?.length ?? -1);
      expect(reply.embeds?.[0]?.description).toContain('**Sheinbaum**');
      expect(context.logLines.filter((line) => line.msg === 'interaction')).toMatchObject([
        {
          kind: 'command',
          command: 'ask',
          outcome: 'answered',
          userId: '1100000000000000001',
          guildId: '1200000000000000001',
        },
      ]);
      expect(typeof context.logLines[0]?.latencyMs).toBe('number');
    },
  );

  it('declines, privately and briefly, a question the coverage does not answer', async () => {
    const reply = only(await run(fakeCommand('ask', { question: 'recipe for chocolate chip cookies' }), botContext()));
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.embeds).toBeUndefined();
    expect(reply.content).toContain("The coverage doesn't answer “recipe for chocolate chip cookies”");
    expect(reply.content).toContain('/sources');
  });

  it('says which name the coverage never mentions when a question turns on it', async () => {
    const reply = only(await run(fakeCommand('ask', { question: 'What did Justin Trudeau say?' }), botContext()));
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.content).toBe('The coverage never mentions “Justin Trudeau”. Run /sources to see what is covered.');
    // Within one article, only that article is said not to mention it.
    const inSource = only(
      await run(
        fakeCommand('ask', { question: 'What did Justin Trudeau say?', source: 'fentanyl-deaths' }),
        botContext(),
      ),
    );
    expect(inSource.content).toBe(
      'This article never mentions “Justin Trudeau”. Try rephrasing, ask without `source` to search every article, ' +
        'or run /sources to see what is covered.',
    );
  });

  it('answers only the asker when private is true', async () => {
    const reply = only(await run(fakeCommand('ask', { question: 'cartels', private: true }), botContext()));
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.embeds?.length).toBeGreaterThan(0);
  });

  it('searches one article when source names it by id or by its full headline', async () => {
    for (const source of ['fentanyl-deaths', 'Fentanyl deaths drive pressure on cartels']) {
      const reply = only(await run(fakeCommand('ask', { question: 'cartels', source, results: 5 }), botContext()));
      expect(new Set(citationsOf(reply as unknown as Json).map((citation) => citation.title))).toEqual(
        new Set(['Fentanyl deaths drive pressure on cartels']),
      );
    }
  });

  it('says which source it does not know, privately, instead of searching everything', async () => {
    const reply = only(await run(fakeCommand('ask', { question: 'cartels', source: 'no-such-article' }), botContext()));
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.content).toContain('No article matches “no-such-article”');
  });

  it('defers while the index is still loading and answers in the deferred reply when it is ready', async () => {
    const context = botContext({ loaded: false });
    const fake = fakeCommand('ask', { question: 'what did Sheinbaum say' });
    const handled = handleInteraction(fake.interaction, context);
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.sent.map((sent) => sent.kind)).toEqual(['deferReply']);
    context.live.swap(createEngine(fixtureArticles));
    await handled;
    expect(fake.sent.map((sent) => sent.kind)).toEqual(['deferReply', 'editReply']);
    expect(fake.sent[1]?.payload.embeds?.length).toBeGreaterThan(0);
    expect(fake.sent[1]?.payload.flags).toBeUndefined();
  });

  it('answers a question that starts with @everyone as if the mention were not there, and pings no one', async () => {
    const reply = only(
      await run(fakeCommand('ask', { question: '@everyone what did Sheinbaum say about sovereignty' }), botContext()),
    );
    expect(reply.flags).toBeUndefined();
    expect(reply.embeds?.length).toBeGreaterThan(0);
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });

  it('keeps a decline private even when the index was still loading and the reply was deferred publicly', async () => {
    const context = botContext({ loaded: false });
    const fake = fakeCommand('ask', { question: 'What did Justin Trudeau say?' });
    const handled = handleInteraction(fake.interaction, context);
    await new Promise((resolve) => setImmediate(resolve));
    context.live.swap(createEngine(fixtureArticles));
    await handled;
    expect(fake.sent.map((sent) => sent.kind)).toEqual(['deferReply', 'deleteReply', 'followUp']);
    expect(fake.sent[0]?.payload.flags).toBeUndefined();
    expect(fake.sent[2]?.payload.flags).toBe(MessageFlags.Ephemeral);
    expect(fake.sent[2]?.payload.content).toMatch(/^The coverage never mentions “Justin Trudeau”/);
  });

  it('asks a user who repeats /ask too fast to wait, privately, without searching', async () => {
    const context = botContext({ cooldown: new Cooldown({ limit: 1, windowMs: 10_000 }) });
    await run(fakeCommand('ask', { question: 'cartels' }), context);
    const reply = only(await run(fakeCommand('ask', { question: 'strikes' }), context));
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.content).toMatch(
      /^You're asking faster than I can keep up with\. Please wait \d+ seconds? and try again\.$/,
    );
    const other = only(
      await run(fakeCommand('ask', { question: 'strikes' }, { userId: '1100000000000000002' }), context),
    );
    expect(other.embeds?.length).toBeGreaterThan(0);
  });

  it('offers the articles whose headline contains what the user types as source choices', async () => {
    const context = botContext();
    const everything = only(await run(fakeAutocomplete('ask', { name: 'source', value: '' }), context));
    expect(everything.choices).toHaveLength(3);
    const narrowed = only(await run(fakeAutocomplete('ask', { name: 'source', value: 'sheinbaum' }), context));
    expect(narrowed.choices).toEqual([
      { name: 'Sheinbaum rejects any US military intervention', value: 'sheinbaum-rejects-intervention' },
    ]);
  });
});

describe('buttons', () => {
  async function firstPage(
    context: BotContext,
    question = 'strikes on cartels',
    extra: Record<string, string | number | boolean> = {},
  ): Promise<ReplyPayload> {
    return only(await run(fakeCommand('ask', { question, results: 1, ...extra }), context));
  }

  it('"More results" shows the next results, not the same ones, even from a freshly started bot', async () => {
    const page = await firstPage(botContext());
    const restarted = botContext();
    const more = only(await run(fakeButton(customIdOf(page, 'More results'), page), restarted));
    expect(more.embeds?.length).toBe(1);
    expect(more.embeds?.[0]?.description).not.toBe(page.embeds?.[0]?.description);
    expect(more.embeds?.at(-1)?.footer?.text).toMatch(/^3 passages matched · showing 2–2 · asked: strikes on cartels$/);
  });

  it('"More results" on a private answer stays private', async () => {
    const context = botContext();
    const page = await firstPage(context, 'strikes on cartels', { private: true });
    const more = only(await run(fakeButton(customIdOf(page, 'More results'), page), context));
    expect(more.flags).toBe(MessageFlags.Ephemeral);
  });

  it('"More results" works for a question too long for the custom_id, reading it back from the footer', async () => {
    const context = botContext();
    const question = `strikes on cartels ${'and the cartels strikes '.repeat(5)}`.trim();
    const page = await firstPage(context, question);
    const customId = customIdOf(page, 'More results');
    expect(customId).toMatch(/#/);
    const more = only(await run(fakeButton(customId, page), context));
    expect(more.embeds?.at(-1)?.footer?.text).toContain(`asked: ${question}`);
  });

  it('"More results" whose footer no longer holds the question says the button expired', async () => {
    const context = botContext();
    const question = `cartels ${'and strikes '.repeat(10)}`.trim();
    const page = await firstPage(context, question);
    const tampered: ReplyPayload = {
      ...page,
      embeds: page.embeds?.map((embed) => ({ ...embed, footer: { text: '3 passages matched · asked: cartels' } })),
    };
    const reply = only(await run(fakeButton(customIdOf(page, 'More results'), tampered), context));
    expect(reply.content).toBe('This button no longer matches its question. Ask again with /ask.');
  });

  it('"Full passage" shows the whole paragraph with its neighbours to the presser only', async () => {
    const context = botContext();
    const reply = only(
      await run(fakeButton('passage:cartel-strikes-on-land:2', { allowedMentions: { parse: [] } }), context),
    );
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    const description = reply.embeds?.[0]?.description ?? '';
    expect(description).toContain('**¶ 1**\nPresident Donald Trump said');
    expect(description).toContain('**¶ 2**\nMexican President Claudia Sheinbaum said');
    expect(description).toContain('**¶ 3**\nOfficials in Washington');
    expect(reply.embeds?.[0]).toMatchObject({
      title: 'Trump says US will hit drug cartels on land',
      url: 'https://example.com/cartel-strikes-on-land',
    });
  });

  it('"Full passage" for a paragraph that no longer exists says so instead of failing', async () => {
    const reply = only(
      await run(fakeButton('passage:cartel-strikes-on-land:99', { allowedMentions: { parse: [] } }), botContext()),
    );
    expect(reply.content).toMatch(/^That passage is no longer in the coverage/);
  });

  it('/sources Next/Previous replace the list in place', async () => {
    const reply = only(await run(fakeButton('sources:0', { allowedMentions: { parse: [] } }), botContext()));
    expect(reply.embeds?.[0]?.fields?.map((field) => field.name)).toEqual(headlines);
  });
});

describe('/sources', () => {
  it('lists every article with its outlet and paragraph count', async () => {
    const reply = only(await run(fakeCommand('sources'), botContext()));
    expect(reply.embeds?.[0]?.fields?.map((field) => field.name)).toEqual(headlines);
    expect(reply.embeds?.[0]?.fields?.[0]?.value).toBe(
      'Reuters · 4 paragraphs\nid `cartel-strikes-on-land` · [link](https://example.com/cartel-strikes-on-land)',
    );
  });
});

describe('faults at the interaction boundary', () => {
  it('answers a command it does not know with a private notice', async () => {
    const reply = only(await run(fakeCommand('weather', { city: 'Paris' }), botContext()));
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.content).toBe(
      "I don't know the command /weather (it may be from an older version of the bot). Try /ask, /quotes, /compare " +
        'or /sources.',
    );
  });

  it('answers a button it does not recognise with a private notice', async () => {
    const reply = only(
      await run(fakeButton('v0-button-from-an-old-release', { allowedMentions: { parse: [] } }), botContext()),
    );
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.content).toBe(
      'This button is from an older version of the bot and no longer works. Run the command again.',
    );
  });

  it('logs a failed reply with the command, guild and user, and tells the user something went wrong', async () => {
    const context = botContext();
    const error = Object.assign(new Error('Internal Server Error'), { status: 500 });
    const fake = fakeCommand(
      'ask',
      { question: 'cartels' },
      { failing: { kinds: ['reply'], error }, userId: '1100000000000000042' },
    );
    await expect(handleInteraction(fake.interaction, context)).resolves.toMatchObject({
      command: 'ask',
      outcome: 'error',
    });
    expect(context.logLines.find((line) => line.msg === 'interaction failed')).toMatchObject({
      level: 50,
      kind: 'command',
      command: 'ask',
      guildId: '1200000000000000001',
      userId: '1100000000000000042',
      outcome: 'error',
      err: { name: 'Error', message: 'Internal Server Error' },
    });
    // The reply route itself is failing, so telling the user fails too: that is logged, never thrown.
    expect(context.logLines.at(-1)?.msg).toBe('could not tell the user something went wrong');
  });

  it('tells the user in a private follow-up when the failure comes after the reply was deferred', async () => {
    const context = botContext({ loaded: false });
    const fake = fakeCommand(
      'ask',
      { question: 'cartels' },
      { failing: { kinds: ['editReply'], error: new Error('Unexpected token < in JSON') } },
    );
    const handled = handleInteraction(fake.interaction, context);
    await new Promise((resolve) => setImmediate(resolve));
    context.live.swap(createEngine(fixtureArticles));
    await handled;
    expect(fake.sent.map((sent) => [sent.kind, sent.payload.content, sent.payload.flags])).toEqual([
      ['deferReply', undefined, undefined],
      [
        'followUp',
        'Something went wrong while answering. It has been logged; please try again in a moment.',
        MessageFlags.Ephemeral,
      ],
    ]);
  });

  it('never logs the interaction token', async () => {
    const context = botContext();
    const fake = fakeCommand('ask', { question: 'cartels' });
    Object.assign(fake.interaction, { token: 'aW50ZXJhY3Rpb246c2VjcmV0' });
    await run(fake, context);
    expect(JSON.stringify(context.logLines)).not.toContain('aW50ZXJhY3Rpb246c2VjcmV0');
  });
});
