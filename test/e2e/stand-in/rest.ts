// The HTTP half of the stand-in: the REST routes a discord.js bot calls (under /api/v10), with Discord's status codes
// and error bodies, every call recorded, and a hook to make the next matching call fail.
// https://discord.com/developers/docs/reference#http-api and .../interactions/receiving-and-responding
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventEmitter } from 'node:events';
import { nextSnowflake } from './ids.js';
import { autocompleteLimitViolations, commandLimitViolations, messageLimitViolations } from './limits.js';
import { botUser, messageFromBody, type Interaction, type Json, type World } from './payloads.js';

export const apiPrefix = '/api/v10';

export const callbackTypes = {
  pong: 1,
  channelMessage: 4,
  deferredChannelMessage: 5,
  deferredUpdate: 6,
  updateMessage: 7,
  autocompleteResult: 8,
  modal: 9,
} as const;

export interface RecordedCall {
  method: string;
  /** The path after /api/v10, e.g. `/interactions/123/abc/callback`. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  /** Which route answered; null for a call the stand-in does not know (answered 404). */
  route: string | null;
  /** How the Authorization header compared with the bot token; the header itself is never stored. */
  authorization: 'valid' | 'missing' | 'wrong';
  at: number;
}

export type FailureMode = 'server-error' | 'html-error' | 'hang';

interface PendingFailure {
  method: string;
  path: RegExp;
  mode: FailureMode | 'rate-limited' | 'slow';
  remaining: number;
  /** rate-limited: the Retry-After Discord sends; slow: how long the answer is held before the call is handled. */
  ms?: number;
}

/** One dispatched interaction and everything the bot sent back for it. */
export interface InteractionRecord {
  interaction: Interaction;
  type: number;
  dispatchedAt: number;
  acknowledgedAt: number | null;
  callbackType: number | null;
  callbackData: Json | null;
  /** The id of the message `@original` refers to (the reply, or for a button the message it sits on). */
  originalMessageId: string | null;
  followUpIds: string[];
  /** Message bodies the bot sent for this interaction, in order: reply, edits, follow-ups. */
  bodies: { kind: 'reply' | 'update' | 'edit' | 'follow-up'; body: Json; messageId: string; at: number }[];
}

interface Route {
  name: string;
  method: string;
  pattern: RegExp;
  needsBotToken: boolean;
  handle: (match: RegExpMatchArray, body: unknown, query: URLSearchParams) => { status: number; body?: unknown };
}

const discordError = (status: number, code: number, message: string, errors?: Json) => ({
  status,
  body: errors ? { code, message, errors } : { code, message },
});
const invalidFormBody = (violations: string[]) =>
  discordError(400, 50035, 'Invalid Form Body', { stand_in_violations: violations });

export class RestApi {
  readonly calls: RecordedCall[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  readonly messages = new Map<string, Json>();
  /** The last bulk overwrite per scope: `global` or the guild id. */
  readonly commands = new Map<string, Json[]>();
  /** Requests held open by the `hang` failure mode, ended when the stand-in stops. */
  readonly hanging = new Set<ServerResponse>();

  private readonly failures: PendingFailure[] = [];
  private readonly routes: Route[];

  constructor(
    private readonly world: World,
    private readonly token: string,
    private readonly gatewayUrl: () => string,
    private readonly changes: EventEmitter,
    private readonly ackDeadlineMs: number,
    /** What `/gateway/bot` recommends. */
    private readonly shardCount = 1,
  ) {
    this.routes = this.defineRoutes();
  }

  /** Makes the next `times` calls matching method and path answer with `mode` instead of being handled. */
  failNext(method: string, path: RegExp, mode: FailureMode, times = 1): void {
    this.failures.push({ method: method.toUpperCase(), path, mode, remaining: times });
  }

  /**
   * Makes the next `times` calls matching method and path answer 429 as Discord does, asking to retry after
   * `retryAfterMs`.
   */
  rateLimitNext(method: string, path: RegExp, retryAfterMs: number, times = 1): void {
    this.failures.push({
      method: method.toUpperCase(),
      path,
      mode: 'rate-limited',
      remaining: times,
      ms: retryAfterMs,
    });
  }

  /**
   * Holds the next `times` calls matching method and path for `delayMs`, then handles them as usual (a slow Discord).
   */
  slowNext(method: string, path: RegExp, delayMs: number, times = 1): void {
    this.failures.push({ method: method.toUpperCase(), path, mode: 'slow', remaining: times, ms: delayMs });
  }

  registerInteraction(interaction: Interaction, type: number): InteractionRecord {
    const record: InteractionRecord = {
      interaction,
      type,
      dispatchedAt: Date.now(),
      acknowledgedAt: null,
      callbackType: null,
      callbackData: null,
      originalMessageId: null,
      followUpIds: [],
      bodies: [],
    };
    if (type === 3) {
      const message = interaction.payload.message as Json;
      record.originalMessageId = String(message.id);
    }
    this.interactions.set(interaction.id, record);
    return record;
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = (request.method ?? 'GET').toUpperCase();
    const rawBody = await readBody(request);
    const body = parseBody(rawBody, request.headers['content-type']);
    const pathname = decodeURIComponent(url.pathname);
    const path = pathname.startsWith(apiPrefix) ? pathname.slice(apiPrefix.length) : pathname;
    const authorizationHeader = request.headers.authorization;
    const authorization =
      authorizationHeader === undefined ? 'missing' : authorizationHeader === `Bot ${this.token}` ? 'valid' : 'wrong';
    const call: RecordedCall = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body,
      status: 0,
      route: null,
      authorization,
      at: Date.now(),
    };
    this.calls.push(call);
    const found = pathname.startsWith(apiPrefix) ? this.findRoute(method, path) : null;
    call.route = found?.route.name ?? null;

    const failure = this.failures.find(
      (candidate) => candidate.method === method && candidate.path.test(path) && candidate.remaining > 0,
    );
    if (failure) {
      failure.remaining -= 1;
      if (failure.mode === 'slow') {
        await new Promise((resolve) => setTimeout(resolve, failure.ms ?? 0));
        // A caller that went away meanwhile (its process exited) never gets its call handled.
        if (request.socket.destroyed) {
          call.status = -1;
          this.changes.emit('change');
          return;
        }
      } else if (failure.mode === 'rate-limited') {
        this.answerRateLimited(failure.ms ?? 1_000, call, response);
        return;
      } else {
        this.answerFailure(failure.mode, call, response);
        return;
      }
    }

    let answer: { status: number; body?: unknown };
    if (!found) {
      answer = discordError(404, 0, '404: Not Found');
    } else {
      answer =
        found.route.needsBotToken && authorization !== 'valid'
          ? discordError(401, 0, '401: Unauthorized')
          : found.route.handle(found.match, body, url.searchParams);
    }
    call.status = answer.status;
    respondJson(response, answer.status, answer.body);
    this.changes.emit('change');
  }

  /** Discord's 429: the bucket headers say nothing is left until the reset, and Retry-After says when to try again. */
  private answerRateLimited(retryAfterMs: number, call: RecordedCall, response: ServerResponse): void {
    call.status = 429;
    const seconds = (retryAfterMs / 1000).toFixed(3);
    response
      .writeHead(429, {
        'content-type': 'application/json',
        'retry-after': seconds,
        'x-ratelimit-limit': '1',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': seconds,
        'x-ratelimit-bucket': 'stand-in-bucket',
        'x-ratelimit-scope': 'user',
      })
      .end(JSON.stringify({ message: 'You are being rate limited.', retry_after: retryAfterMs / 1000, global: false }));
    this.changes.emit('change');
  }

  private answerFailure(mode: FailureMode, call: RecordedCall, response: ServerResponse): void {
    if (mode === 'hang') {
      call.status = -1;
      this.hanging.add(response);
    } else if (mode === 'html-error') {
      call.status = 502;
      response
        .writeHead(502, { 'content-type': 'text/html' })
        .end('<html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>');
    } else {
      call.status = 500;
      respondJson(response, 500, { message: '500: Internal Server Error', code: 0 });
    }
    this.changes.emit('change');
  }

  private findRoute(method: string, path: string): { route: Route; match: RegExpMatchArray } | null {
    for (const route of this.routes) {
      const match = route.method === method ? path.match(route.pattern) : null;
      if (match) return { route, match };
    }
    return null;
  }

  private defineRoutes(): Route[] {
    const app = this.world.applicationId;
    return [
      {
        name: 'get gateway bot',
        method: 'GET',
        pattern: /^\/gateway\/bot$/,
        needsBotToken: true,
        handle: () => ({
          status: 200,
          body: {
            url: this.gatewayUrl(),
            shards: this.shardCount,
            session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
          },
        }),
      },
      {
        name: 'get gateway',
        method: 'GET',
        pattern: /^\/gateway$/,
        needsBotToken: false,
        handle: () => ({ status: 200, body: { url: this.gatewayUrl() } }),
      },
      {
        name: 'get current user',
        method: 'GET',
        pattern: /^\/users\/@me$/,
        needsBotToken: true,
        handle: () => ({ status: 200, body: botUser(this.world) }),
      },
      {
        name: 'get current application',
        method: 'GET',
        pattern: /^\/(?:applications|oauth2\/applications)\/@me$/,
        needsBotToken: true,
        handle: () => ({
          status: 200,
          body: {
            id: app,
            name: 'coverage-bot',
            description: '',
            icon: null,
            bot_public: false,
            bot_require_code_grant: false,
            flags: 0,
            bot: botUser(this.world),
            verify_key: '0'.repeat(64),
            team: null,
          },
        }),
      },
      {
        name: 'overwrite guild commands',
        method: 'PUT',
        pattern: /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
        needsBotToken: true,
        handle: (match, body) => this.overwriteCommands(match[1], match[2], body),
      },
      {
        name: 'overwrite global commands',
        method: 'PUT',
        pattern: /^\/applications\/(\d+)\/commands$/,
        needsBotToken: true,
        handle: (match, body) => this.overwriteCommands(match[1], undefined, body),
      },
      {
        name: 'get guild commands',
        method: 'GET',
        pattern: /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
        needsBotToken: true,
        handle: (match) =>
          match[1] === app
            ? { status: 200, body: this.commands.get(match[2] ?? '') ?? [] }
            : discordError(404, 10002, 'Unknown Application'),
      },
      {
        name: 'get global commands',
        method: 'GET',
        pattern: /^\/applications\/(\d+)\/commands$/,
        needsBotToken: true,
        handle: (match) =>
          match[1] === app
            ? { status: 200, body: this.commands.get('global') ?? [] }
            : discordError(404, 10002, 'Unknown Application'),
      },
      {
        name: 'interaction callback',
        method: 'POST',
        pattern: /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
        needsBotToken: false,
        handle: (match, body, query) => this.interactionCallback(match[1] ?? '', match[2] ?? '', body, query),
      },
      {
        name: 'create follow-up',
        method: 'POST',
        pattern: /^\/webhooks\/(\d+)\/([^/]+)$/,
        needsBotToken: false,
        handle: (match, body, query) => this.followUp(match[1] ?? '', match[2] ?? '', body, query),
      },
      {
        name: 'edit interaction message',
        method: 'PATCH',
        pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
        needsBotToken: false,
        handle: (match, body) => this.editMessage(match[1] ?? '', match[2] ?? '', match[3] ?? '', body),
      },
      {
        name: 'get interaction message',
        method: 'GET',
        pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
        needsBotToken: false,
        handle: (match) =>
          this.withMessage(match[1] ?? '', match[2] ?? '', match[3] ?? '', (message) => ({
            status: 200,
            body: message,
          })),
      },
      {
        name: 'delete interaction message',
        method: 'DELETE',
        pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
        needsBotToken: false,
        handle: (match) =>
          this.withMessage(
            match[1] ?? '',
            match[2] ?? '',
            match[3] ?? '',
            (message) => (this.messages.delete(String(message.id)), { status: 204 }),
          ),
      },
    ];
  }

  private overwriteCommands(
    applicationId: string | undefined,
    guildId: string | undefined,
    body: unknown,
  ): { status: number; body?: unknown } {
    if (applicationId !== this.world.applicationId) return discordError(404, 10002, 'Unknown Application');
    if (guildId !== undefined && guildId !== this.world.guildId) return discordError(403, 50001, 'Missing Access');
    const violations = commandLimitViolations(body);
    if (violations.length > 0) return invalidFormBody(violations);
    const scope = guildId ?? 'global';
    const previous = this.commands.get(scope) ?? [];
    const stored = (body as Json[]).map((command) => ({
      ...command,
      id: (previous.find((old) => old.name === command.name)?.id as string | undefined) ?? nextSnowflake(),
      application_id: applicationId,
      ...(guildId ? { guild_id: guildId } : {}),
      type: command.type ?? 1,
      version: nextSnowflake(),
      default_member_permissions: command.default_member_permissions ?? null,
      nsfw: command.nsfw ?? false,
    }));
    this.commands.set(scope, stored);
    return { status: 200, body: stored };
  }

  private interactionCallback(
    interactionId: string,
    token: string,
    body: unknown,
    query: URLSearchParams,
  ): { status: number; body?: unknown } {
    const record = this.interactions.get(interactionId);
    if (!record || record.interaction.token !== token) return discordError(404, 10062, 'Unknown interaction');
    if (record.acknowledgedAt !== null) return discordError(400, 40060, 'Interaction has already been acknowledged.');
    // Discord forgets an interaction that was not answered within 3 seconds.
    if (Date.now() - record.dispatchedAt > this.ackDeadlineMs) return discordError(404, 10062, 'Unknown interaction');
    const callback = isJson(body) ? body : {};
    const type = callback.type;
    const data = isJson(callback.data) ? callback.data : {};
    const allowedTypes: readonly number[] =
      record.type === 4
        ? [callbackTypes.autocompleteResult]
        : record.type === 3
          ? [
              callbackTypes.channelMessage,
              callbackTypes.deferredChannelMessage,
              callbackTypes.deferredUpdate,
              callbackTypes.updateMessage,
              callbackTypes.modal,
            ]
          : [callbackTypes.channelMessage, callbackTypes.deferredChannelMessage, callbackTypes.modal];
    if (typeof type !== 'number' || !allowedTypes.includes(type))
      return invalidFormBody([
        `type: ${String(type)} is not a valid response to an interaction of type ${record.type}`,
      ]);
    const violations =
      type === callbackTypes.autocompleteResult ? autocompleteLimitViolations(data) : messageLimitViolations(data);
    if (violations.length > 0) return invalidFormBody(violations);

    const now = Date.now();
    record.acknowledgedAt = now;
    record.callbackType = type;
    record.callbackData = data;
    let message: Json | undefined;
    if (type === callbackTypes.channelMessage || type === callbackTypes.deferredChannelMessage) {
      const loading = type === callbackTypes.deferredChannelMessage;
      message = messageFromBody(
        this.world,
        loading ? { flags: ((data.flags as number | undefined) ?? 0) | 128 } : data,
        { id: interactionId, type: record.type },
      );
      this.messages.set(String(message.id), message);
      record.originalMessageId = String(message.id);
      if (!loading) record.bodies.push({ kind: 'reply', body: data, messageId: String(message.id), at: now });
    } else if (type === callbackTypes.updateMessage && record.originalMessageId) {
      message = this.updateStoredMessage(record.originalMessageId, data);
      record.bodies.push({ kind: 'update', body: data, messageId: record.originalMessageId, at: now });
    }
    if (query.get('with_response') !== 'true') return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id: interactionId,
          type: record.type,
          response_message_id: message?.id,
          response_message_loading: type === callbackTypes.deferredChannelMessage,
          response_message_ephemeral: (((message?.flags as number | undefined) ?? 0) & 64) === 64,
        },
        resource: { type, ...(message ? { message } : {}) },
      },
    };
  }

  private followUp(
    applicationId: string,
    token: string,
    body: unknown,
    query: URLSearchParams,
  ): { status: number; body?: unknown } {
    const record = this.acknowledgedInteraction(applicationId, token);
    if (!record) return discordError(404, 10015, 'Unknown Webhook');
    const data = isJson(body) ? body : {};
    const violations = messageLimitViolations(data);
    if (violations.length > 0) return invalidFormBody(violations);
    const message = messageFromBody(this.world, data, { id: record.interaction.id, type: record.type });
    this.messages.set(String(message.id), message);
    record.followUpIds.push(String(message.id));
    record.bodies.push({ kind: 'follow-up', body: data, messageId: String(message.id), at: Date.now() });
    return query.get('wait') === 'false' ? { status: 204 } : { status: 200, body: message };
  }

  private editMessage(
    applicationId: string,
    token: string,
    messageRef: string,
    body: unknown,
  ): { status: number; body?: unknown } {
    return this.withMessage(applicationId, token, messageRef, (message, record) => {
      const data = isJson(body) ? body : {};
      const violations = messageLimitViolations(data);
      if (violations.length > 0) return invalidFormBody(violations);
      const updated = this.updateStoredMessage(String(message.id), data);
      record.bodies.push({ kind: 'edit', body: data, messageId: String(message.id), at: Date.now() });
      return { status: 200, body: updated };
    });
  }

  private withMessage(
    applicationId: string,
    token: string,
    messageRef: string,
    act: (message: Json, record: InteractionRecord) => { status: number; body?: unknown },
  ): { status: number; body?: unknown } {
    const record = this.acknowledgedInteraction(applicationId, token);
    if (!record) return discordError(404, 10015, 'Unknown Webhook');
    const messageId = messageRef === '@original' ? record.originalMessageId : messageRef;
    const message = messageId ? this.messages.get(messageId) : undefined;
    if (!message) return discordError(404, 10008, 'Unknown Message');
    return act(message, record);
  }

  private acknowledgedInteraction(applicationId: string, token: string): InteractionRecord | undefined {
    if (applicationId !== this.world.applicationId) return undefined;
    return [...this.interactions.values()].find(
      (record) => record.interaction.token === token && record.acknowledgedAt !== null,
    );
  }

  private updateStoredMessage(messageId: string, data: Json): Json | undefined {
    const message = this.messages.get(messageId);
    if (!message) return undefined;
    const updated: Json = { ...message, edited_timestamp: new Date().toISOString() };
    for (const field of ['content', 'embeds', 'components'] as const)
      if (field in data) updated[field] = data[field] ?? (field === 'content' ? '' : []);
    // An edit ends the "thinking..." state of a deferred reply; ephemerality is fixed at creation.
    updated.flags = ((message.flags as number) ?? 0) & ~128;
    this.messages.set(messageId, updated);
    return updated;
  }
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** JSON bodies as JSON; multipart bodies (files) by their `payload_json` part; anything else as text. */
function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const text = raw.toString('utf8');
  if (contentType?.startsWith('multipart/form-data')) {
    const payload = text.match(/name="payload_json"\r\n(?:Content-Type: application\/json\r\n)?\r\n([\s\S]*?)\r\n--/);
    return payload?.[1] ? JSON.parse(payload[1]) : text;
  }
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function respondJson(response: ServerResponse, status: number, body: unknown): void {
  if (status === 204 || body === undefined) {
    response.writeHead(status).end();
    return;
  }
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
