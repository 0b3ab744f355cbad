// A local Discord for tests: REST under http://127.0.0.1:<port>/api and the gateway on ws://127.0.0.1:<port>,
// one server on a random port. A real discord.js client (the bot) talks to it through DISCORD_API_URL; the tests
// dispatch interactions and read back exactly what the bot sent.
import { createServer, type Server } from 'node:http';
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { fakeBotToken } from './ids.js';
import { Gateway } from './gateway.js';
import { RestApi, callbackTypes, type FailureMode, type InteractionRecord, type RecordedCall } from './rest.js';
import {
  autocomplete,
  buttonPress,
  chatInputCommand,
  createWorld,
  messageCommand,
  type Interaction,
  type Json,
  type OptionValue,
  type Person,
  type World,
} from './payloads.js';
import { nextSnowflake } from './ids.js';

export interface StandInOptions {
  world?: Partial<World>;
  /** Discord sends about 41 s; tests never need to wait on a heartbeat. */
  heartbeatIntervalMs?: number;
  /** How long an interaction accepts its first callback (Discord: 3 s). */
  ackDeadlineMs?: number;
  /** How many shards `/gateway/bot` asks for; each shard is sent a guild of its own (default 1). */
  shards?: number;
}

/** What the bot answered to one interaction once the answer is visible to the user (after any defer). */
export interface Answer {
  callbackType: number;
  /** From dispatching INTERACTION_CREATE to the stand-in receiving the callback. */
  acknowledgedInMs: number;
  /**
   * The first message body the bot sent (reply, update, edit after a defer, or follow-up), or the autocomplete data.
   */
  body: Json;
  kind: 'reply' | 'update' | 'edit' | 'follow-up' | 'autocomplete';
  /** The message as the user sees it now; null for autocomplete. */
  message: Json | null;
  ephemeral: boolean;
  record: InteractionRecord;
}

export class DiscordStandIn {
  readonly token: string;
  readonly rest: RestApi;
  readonly gateway: Gateway;
  private readonly changes = new EventEmitter();
  private port = 0;
  /**
   * The guild of each shard: the world's guild on the shard Discord's formula puts it on, a new one on each other
   * shard.
   */
  private readonly shardGuilds: string[];

  constructor(
    readonly world: World,
    private readonly server: Server,
    options: StandInOptions,
  ) {
    this.changes.setMaxListeners(100);
    this.token = fakeBotToken(world.applicationId);
    const shardCount = options.shards ?? 1;
    this.shardGuilds = Array.from({ length: shardCount }, (_, shard) =>
      shardOfGuild(world.guildId, shardCount) === shard ? world.guildId : snowflakeOnShard(shard, shardCount),
    );
    this.rest = new RestApi(
      world,
      this.token,
      () => this.gatewayUrl,
      this.changes,
      options.ackDeadlineMs ?? 3_000,
      shardCount,
    );
    this.gateway = new Gateway(
      world,
      this.token,
      () => `${this.gatewayUrl}/resume`,
      this.changes,
      options.heartbeatIntervalMs ?? 41_250,
      shardCount,
      (shard) => this.guildIdFor(shard),
    );
    server.on('request', (request, response) => void this.rest.handle(request, response));
    server.on('upgrade', (request, stream, head) => this.gateway.handleUpgrade(request, stream, head));
  }

  /** The value for DISCORD_API_URL: discord.js appends /v10/... */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** The environment a bot process needs to talk to this stand-in. */
  botEnvironment(): Record<string, string> {
    return {
      DISCORD_TOKEN: this.token,
      DISCORD_CLIENT_ID: this.world.applicationId,
      DISCORD_GUILD_ID: this.world.guildId,
      DISCORD_API_URL: this.apiUrl,
    };
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const response of this.rest.hanging) response.destroy();
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * The id Discord gave `name` at the last guild registration, or a fresh one (as for a command that was never
   * registered).
   */
  commandId(name: string): string {
    const registered = this.rest.commands.get(this.world.guildId) ?? this.rest.commands.get('global') ?? [];
    return (registered.find((command) => command.name === name)?.id as string | undefined) ?? nextSnowflake();
  }

  /** The guild whose events go to `shard` (Discord's rule: (guild_id >> 22) % shard count). */
  guildIdFor(shard: number): string {
    const guildId = this.shardGuilds[shard];
    if (guildId === undefined)
      throw new Error(`stand-in: there is no shard ${shard}; it runs ${this.shardGuilds.length}`);
    return guildId;
  }

  /** Dispatches `/name option:value ...` from the guild on `shard`, over that shard's connection. */
  commandOnShard(
    shard: number,
    name: string,
    options: Record<string, OptionValue | undefined> = {},
    person?: Person,
  ): InteractionRecord {
    const interaction = chatInputCommand(
      { ...this.world, guildId: this.guildIdFor(shard) },
      this.commandId(name),
      name,
      options,
      person,
    );
    const record = this.rest.registerInteraction(interaction, 2);
    this.gateway.dispatch('INTERACTION_CREATE', interaction.payload, shard);
    return record;
  }

  /** Makes the next `times` calls matching method and path answer 429, retry after `retryAfterMs`. */
  rateLimitNext(method: string, path: RegExp, retryAfterMs: number, times = 1): void {
    this.rest.rateLimitNext(method, path, retryAfterMs, times);
  }

  /** Holds the next `times` calls matching method and path for `delayMs` before handling them. */
  slowNext(method: string, path: RegExp, delayMs: number, times = 1): void {
    this.rest.slowNext(method, path, delayMs, times);
  }

  /** Dispatches `/name option:value ...` and returns its record. */
  command(name: string, options: Record<string, OptionValue | undefined> = {}, person?: Person): InteractionRecord {
    return this.dispatch(chatInputCommand(this.world, this.commandId(name), name, options, person), 2);
  }

  /** Right-click → Apps → `name` on `target` (a message object, see postedMessage). */
  messageCommand(name: string, target: Json, person?: Person): InteractionRecord {
    return this.dispatch(messageCommand(this.world, this.commandId(name), name, target, person), 2);
  }

  autocomplete(
    name: string,
    focused: { name: string; value: string },
    others: Record<string, OptionValue> = {},
    person?: Person,
  ): InteractionRecord {
    return this.dispatch(autocomplete(this.world, this.commandId(name), name, focused, others, person), 4);
  }

  /** Presses the first button whose label is (or matches) `label` on a message the bot sent, as it is now. */
  pressButton(messageId: string, label: string | RegExp, person?: Person): InteractionRecord {
    const message = this.rest.messages.get(messageId);
    if (!message) throw new Error(`stand-in: no message ${messageId}; press buttons on a message the bot sent`);
    const button = buttonsOf(message).find((candidate) =>
      typeof label === 'string' ? candidate.label === label : label.test(String(candidate.label)),
    );
    if (!button || typeof button.custom_id !== 'string') {
      throw new Error(
        `stand-in: message ${messageId} has no button "${label}" with a custom_id (it has: ${
          buttonsOf(message)
            .map((candidate) => String(candidate.label))
            .join(', ') || 'none'
        })`,
      );
    }
    return this.dispatch(buttonPress(this.world, message, button.custom_id, person), 3);
  }

  /** Presses a component with an arbitrary custom_id (an old or unknown button). */
  pressCustomId(messageId: string, customId: string, person?: Person): InteractionRecord {
    const message = this.rest.messages.get(messageId);
    if (!message) throw new Error(`stand-in: no message ${messageId}`);
    return this.dispatch(buttonPress(this.world, message, customId, person), 3);
  }

  dispatch(interaction: Interaction, type: number): InteractionRecord {
    const record = this.rest.registerInteraction(interaction, type);
    this.gateway.dispatch('INTERACTION_CREATE', interaction.payload);
    return record;
  }

  /** Makes the next `times` calls matching method and path fail (see FailureMode). */
  failNext(method: string, path: RegExp, mode: FailureMode, times = 1): void {
    this.rest.failNext(method, path, mode, times);
  }

  /** Calls to routes the stand-in does not know: a bot that works against it makes none. */
  unexpectedCalls(): RecordedCall[] {
    return this.rest.calls.filter((call) => call.route === null);
  }

  /** Resolves with check's first truthy value, re-checking on every REST call and gateway frame. */
  waitFor<T>(check: () => T | undefined | null | false, description: string, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value) {
          finish();
          resolve(value);
        }
      };
      // Also poll: some conditions (a promise settling in the client) change without a REST call or frame.
      const poll = setInterval(attempt, 50);
      const timer = setTimeout(() => {
        finish();
        const recent = this.rest.calls.slice(-6).map((call) => `${call.method} ${call.path} → ${call.status}`);
        reject(
          new Error(
            `stand-in: timed out after ${timeoutMs} ms waiting for ${description}; last REST calls: ` +
              `${recent.join('; ') || 'none'}; gateway ready: ${this.gateway.isReady}`,
          ),
        );
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        clearInterval(poll);
        this.changes.off('change', attempt);
      };
      this.changes.on('change', attempt);
      attempt();
    });
  }

  /** Waits until what the bot sent for `record` is visible: the reply, or the edit/follow-up after a defer. */
  waitForAnswer(record: InteractionRecord, timeoutMs = 10_000): Promise<Answer> {
    return this.waitFor(() => this.answerOf(record), `an answer to interaction ${record.interaction.id}`, timeoutMs);
  }

  private answerOf(record: InteractionRecord): Answer | undefined {
    if (record.callbackType === null || record.acknowledgedAt === null) return undefined;
    const acknowledgedInMs = record.acknowledgedAt - record.dispatchedAt;
    if (record.callbackType === callbackTypes.autocompleteResult) {
      return {
        callbackType: record.callbackType,
        acknowledgedInMs,
        body: record.callbackData ?? {},
        kind: 'autocomplete',
        message: null,
        ephemeral: false,
        record,
      };
    }
    const first = record.bodies[0];
    if (!first) return undefined;
    const message = this.rest.messages.get(first.messageId) ?? null;
    const ephemeral = (((message?.flags as number | undefined) ?? 0) & 64) === 64;
    return {
      callbackType: record.callbackType,
      acknowledgedInMs,
      body: first.body,
      kind: first.kind,
      message,
      ephemeral,
      record,
    };
  }
}

/** The shard Discord sends a guild's events on. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A new guild id that Discord's formula puts on `shard`. */
function snowflakeOnShard(shard: number, shardCount: number): string {
  for (;;) {
    const id = nextSnowflake();
    if (shardOfGuild(id, shardCount) === shard) return id;
    const timestamp = BigInt(id) >> 22n;
    const shifted = timestamp + BigInt((shard - Number(timestamp % BigInt(shardCount)) + shardCount) % shardCount);
    const candidate = ((shifted << 22n) | (BigInt(id) & 0x3fffffn)).toString();
    if (shardOfGuild(candidate, shardCount) === shard) return candidate;
  }
}

export async function startStandIn(options: StandInOptions = {}): Promise<DiscordStandIn> {
  return new DiscordStandIn(createWorld(options.world), createServer(), options).listen();
}

/** The buttons of a message, across its action rows. */
export function buttonsOf(message: Json): Json[] {
  const rows = Array.isArray(message.components) ? (message.components as Json[]) : [];
  return rows
    .flatMap((row) => (Array.isArray(row.components) ? (row.components as Json[]) : []))
    .filter((component) => component.type === 2);
}
