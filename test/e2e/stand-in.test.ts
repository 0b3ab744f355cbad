// The stand-in proven on its own: a real discord.js client logs in against it and answers interactions,
// so a failing bot e2e test points at the bot, not at the stand-in.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  REST,
  type Interaction,
} from 'discord.js';
import { startStandIn, type DiscordStandIn } from './stand-in/stand-in.js';
import { messageLimitViolations } from './stand-in/limits.js';
import { pingsEveryone } from './stand-in/payloads.js';

let standIn: DiscordStandIn;
let client: Client;
let handle: (interaction: Interaction) => Promise<void> = async () => undefined;

beforeAll(async () => {
  standIn = await startStandIn();
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiUrl } });
  client.on(Events.InteractionCreate, (interaction) => void handle(interaction).catch(() => undefined));
  await client.login(standIn.token);
  await standIn.waitFor(
    () => client.isReady() && client.guilds.cache.has(standIn.world.guildId),
    'the client to be ready with the guild cached',
  );
});

afterAll(async () => {
  await client?.destroy();
  await standIn?.stop();
});

afterEach(() => {
  handle = async () => undefined;
});

describe('the Discord stand-in, driven by a plain discord.js client', () => {
  it('serves discord.js its gateway over JSON without compression and accepts its IDENTIFY', () => {
    expect(standIn.gateway.connections[0]?.query).toEqual({ v: '10', encoding: 'json' });
    expect(standIn.gateway.identifies[0]).toMatchObject({
      intents: GatewayIntentBits.Guilds,
      tokenMatches: true,
      compress: false,
      shard: [0, 1],
    });
    expect(
      standIn.rest.calls.filter((call) => call.route === 'get gateway bot').map((call) => call.authorization),
    ).toEqual(['valid']);
    expect(client.user?.id).toBe(standIn.world.applicationId);
  });

  it('delivers a slash command whose reply comes back with its embeds, flags and allowed mentions', async () => {
    handle = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({
        embeds: [{ title: interaction.options.getString('question', true) }],
        allowedMentions: { parse: [] },
        flags: MessageFlags.Ephemeral,
      });
    };
    const record = standIn.command('ask', { question: 'who said it?', results: 2 });
    const answer = await standIn.waitForAnswer(record);
    expect(answer.callbackType).toBe(4);
    expect(answer.body).toMatchObject({
      embeds: [{ title: 'who said it?' }],
      allowed_mentions: { parse: [] },
      flags: 64,
    });
    expect(answer.ephemeral).toBe(true);
    expect(standIn.unexpectedCalls()).toEqual([]);
  });

  it('stores a deferred reply as the edit that follows it, and lets a test press its button', async () => {
    handle = async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.deferReply();
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('more:1').setLabel('More results').setStyle(ButtonStyle.Secondary),
        );
        await interaction.editReply({ content: 'first page', components: [row] });
      } else if (interaction.isButton()) {
        await interaction.update({ content: `page after ${interaction.customId}`, components: [] });
        await interaction.followUp({ content: 'and a follow-up', flags: MessageFlags.Ephemeral });
      }
    };
    const answer = await standIn.waitForAnswer(standIn.command('ask', { question: 'deferred' }));
    expect([answer.callbackType, answer.kind, answer.message?.content]).toEqual([5, 'edit', 'first page']);

    const press = standIn.pressButton(String(answer.message?.id), 'More results');
    const update = await standIn.waitForAnswer(press);
    expect([update.callbackType, update.kind, update.message?.content]).toEqual([7, 'update', 'page after more:1']);
    await standIn.waitFor(() => press.bodies.find((body) => body.kind === 'follow-up'), 'the follow-up');
    expect(standIn.rest.messages.get(press.followUpIds[0] ?? '')).toMatchObject({
      content: 'and a follow-up',
      flags: 64,
    });
  });

  it('returns the callback response discord.js asks for with withResponse, and the reply to fetchReply', async () => {
    let fetchedIds: string[] = [];
    handle = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const response = await interaction.reply({ content: 'with response', withResponse: true });
      const fetched = await interaction.fetchReply();
      fetchedIds = [response.resource?.message?.id ?? 'none', fetched.id];
    };
    const answer = await standIn.waitForAnswer(standIn.command('ask', { question: 'q' }));
    await standIn.waitFor(() => fetchedIds.length === 2, 'the client to read its reply back');
    expect(fetchedIds).toEqual([answer.message?.id, answer.message?.id]);
  });

  it('answers autocomplete with the choices the client sent', async () => {
    handle = async (interaction) => {
      if (interaction.isAutocomplete())
        await interaction.respond([{ name: `typed ${interaction.options.getFocused()}`, value: 'x' }]);
    };
    const answer = await standIn.waitForAnswer(
      standIn.autocomplete('ask', { name: 'source', value: 'tru' }, { question: 'q' }),
    );
    expect(answer).toMatchObject({ callbackType: 8, body: { choices: [{ name: 'typed tru', value: 'x' }] } });
  });

  it('refuses a reply over Discord limits with 400 Invalid Form Body, as Discord does', async () => {
    let failure: unknown;
    handle = async (interaction) => {
      if (interaction.isChatInputCommand())
        await interaction.reply({ content: 'x'.repeat(2_001) }).catch((error: unknown) => (failure = error));
    };
    const record = standIn.command('ask', { question: 'long' });
    await standIn.waitFor(() => failure, 'the reply to be refused');
    expect(failure).toMatchObject({ status: 400, code: 50035 });
    expect(record.acknowledgedAt).toBeNull();
    expect(messageLimitViolations({ content: 'x'.repeat(2_001) })).toEqual(['content: 2001 > 2000']);
  });

  it('makes the next callback answer 500 when told to, and discord.js retries it to success', async () => {
    handle = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'after a retry' });
    };
    standIn.failNext('POST', /\/callback$/, 'server-error');
    const answer = await standIn.waitForAnswer(standIn.command('ask', { question: 'flaky' }));
    const callbacks = standIn.rest.calls.filter(
      (call) =>
        call.path === `/interactions/${answer.record.interaction.id}/${answer.record.interaction.token}/callback`,
    );
    expect(callbacks.map((call) => call.status)).toEqual([500, 204]);
    expect(answer.message?.content).toBe('after a retry');
  });

  it('can make the next call hang or answer an HTML 502, which discord.js REST times out or retries', async () => {
    const rest = new REST({ api: standIn.apiUrl, timeout: 300 }).setToken(standIn.token);
    standIn.failNext('GET', /^\/gateway\/bot$/, 'hang');
    standIn.failNext('GET', /^\/gateway\/bot$/, 'html-error');
    await expect(rest.get('/gateway/bot')).resolves.toMatchObject({ url: standIn.gatewayUrl, shards: 1 });
    expect(standIn.rest.calls.slice(-3).map((call) => call.status)).toEqual([-1, 502, 200]);
  });

  it('resumes a dropped session and replays the interaction dispatched while the client was away', async () => {
    handle = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'back' });
    };
    standIn.gateway.drop({ code: 4000 });
    const record = standIn.command('ask', { question: 'while away' });
    const answer = await standIn.waitForAnswer(record, 15_000);
    expect(answer.message?.content).toBe('back');
    expect(standIn.gateway.resumes.at(-1)).toMatchObject({ sessionIdMatches: true, tokenMatches: true });
    expect(standIn.gateway.connections.at(-1)?.path).toBe('/resume');
  });

  it('answers a wrong token with 401 so discord.js reports an invalid token', async () => {
    const stranger = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiUrl } });
    await expect(stranger.login(`${standIn.token.slice(0, -4)}AAAA`)).rejects.toMatchObject({ code: 'TokenInvalid' });
    await stranger.destroy();
    expect(standIn.rest.calls.at(-1)).toMatchObject({ route: 'get gateway bot', status: 401, authorization: 'wrong' });
  });

  it('marks a message as pinging everyone only when its content says @everyone and allowed_mentions permits it', () => {
    expect(pingsEveryone({ content: 'hi @everyone' })).toBe(true);
    expect(pingsEveryone({ content: 'hi @here', allowed_mentions: { parse: ['everyone'] } })).toBe(true);
    expect(pingsEveryone({ content: 'hi @everyone', allowed_mentions: { parse: [] } })).toBe(false);
    expect(pingsEveryone({ content: 'hi @\u200beveryone' })).toBe(false);
    expect(pingsEveryone({ embeds: [{ description: '@everyone' }] })).toBe(false);
  });

  it('records a route it does not know as an unexpected call answered 404', async () => {
    await expect(client.rest.get('/channels/1/messages')).rejects.toMatchObject({ status: 404 });
    expect(standIn.unexpectedCalls().map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /channels/1/messages',
    ]);
  });
});
