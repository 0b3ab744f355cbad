// The gateway half of the stand-in: a `ws` server speaking Discord's gateway protocol v10 with JSON encoding and
// no compression (HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME with replay, dispatches, drops).
// https://discord.com/developers/docs/events/gateway
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { EventEmitter } from 'node:events';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import { randomSessionId } from './ids.js';
import { botUser, guildCreate, type Json, type World } from './payloads.js';

export const gatewayOpcodes = { dispatch: 0, heartbeat: 1, identify: 2, resume: 6, reconnect: 7, invalidSession: 9, hello: 10, heartbeatAck: 11 } as const;

/** What the client asked for in the connection URL (`?v=10&encoding=json`, and `compress` if it wanted zlib). */
export interface GatewayConnection {
  path: string;
  query: Record<string, string>;
  openedAt: number;
}

export interface Identify {
  intents: unknown;
  shard: unknown;
  compress: unknown;
  properties: unknown;
  tokenMatches: boolean;
  at: number;
}

export interface Resume {
  sessionIdMatches: boolean;
  tokenMatches: boolean;
  seq: unknown;
  at: number;
}

export interface GatewayClose {
  code: number;
  reason: string;
  initiatedBy: 'client' | 'stand-in';
  at: number;
}

interface Session {
  id: string;
  sequence: number;
  /** Every dispatch of the session, for RESUME to replay what a dropped client missed. */
  sent: { s: number; t: string; d: unknown }[];
}

export class Gateway {
  readonly connections: GatewayConnection[] = [];
  readonly identifies: Identify[] = [];
  readonly resumes: Resume[] = [];
  readonly closes: GatewayClose[] = [];
  /** Ops the client sent that the stand-in does not act on (presence updates, member requests...). */
  readonly otherOps: { op: unknown; at: number }[] = [];

  private readonly server = new WebSocketServer({ noServer: true });
  private socket: WebSocket | null = null;
  private socketIsLive = false;
  private closingByStandIn = false;
  private session: Session | null = null;

  constructor(
    private readonly world: World,
    private readonly token: string,
    private readonly resumeUrl: () => string,
    private readonly changes: EventEmitter,
    private readonly heartbeatIntervalMs: number,
  ) {}

  /** True while a client is connected and has a READY or RESUMED session on this connection. */
  get isReady(): boolean {
    return this.socket !== null && this.socketIsLive;
  }

  handleUpgrade(request: IncomingMessage, stream: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, stream, head, (socket) => this.accept(socket, request));
  }

  /** Sends a dispatch event (op 0) with the next sequence number; it is kept for RESUME replay. */
  dispatch(eventName: string, data: unknown): void {
    if (!this.session) throw new Error('stand-in gateway: no session yet; wait for the bot to IDENTIFY before dispatching');
    const event = { s: ++this.session.sequence, t: eventName, d: data };
    this.session.sent.push(event);
    if (this.isReady) this.send({ op: gatewayOpcodes.dispatch, ...event });
  }

  /** Closes the client's connection as Discord would when a node goes away: with a close code, or by cutting it (1006). */
  drop(how: { code: number } | { terminate: true } = { code: 4000 }): void {
    const socket = this.socket;
    if (!socket) throw new Error('stand-in gateway: nothing to drop, no client is connected');
    this.closingByStandIn = true;
    this.socketIsLive = false;
    if ('terminate' in how) socket.terminate();
    else socket.close(how.code, 'stand-in dropped the connection');
  }

  close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: WebSocket, request: IncomingMessage): void {
    const url = new URL(request.url ?? '/', 'ws://127.0.0.1');
    this.connections.push({ path: url.pathname, query: Object.fromEntries(url.searchParams), openedAt: Date.now() });
    this.socket?.terminate();
    this.socket = socket;
    this.socketIsLive = false;
    this.closingByStandIn = false;
    socket.on('message', (raw, isBinary) => this.receive(socket, raw, isBinary));
    socket.on('close', (code, reason) => {
      if (this.socket === socket) {
        this.closes.push({ code, reason: reason.toString(), initiatedBy: this.closingByStandIn ? 'stand-in' : 'client', at: Date.now() });
        this.socket = null;
        this.socketIsLive = false;
      }
      this.changes.emit('change');
    });
    this.send({ op: gatewayOpcodes.hello, d: { heartbeat_interval: this.heartbeatIntervalMs, _trace: ['["stand-in-gateway",{"micros":0}]'] }, s: null, t: null });
    this.changes.emit('change');
  }

  private receive(socket: WebSocket, raw: RawData, isBinary: boolean): void {
    if (socket !== this.socket) return;
    let payload: { op?: unknown; d?: Json | null };
    try {
      if (isBinary) throw new Error('binary frame');
      payload = JSON.parse(raw.toString());
    } catch {
      socket.close(4002, 'Error while decoding payload.');
      return;
    }
    const data = payload.d ?? {};
    switch (payload.op) {
      case gatewayOpcodes.heartbeat:
        this.send({ op: gatewayOpcodes.heartbeatAck, d: null, s: null, t: null });
        break;
      case gatewayOpcodes.identify:
        this.identify(socket, data);
        break;
      case gatewayOpcodes.resume:
        this.resume(socket, data);
        break;
      default:
        this.otherOps.push({ op: payload.op, at: Date.now() });
    }
    this.changes.emit('change');
  }

  private identify(socket: WebSocket, data: Json): void {
    const tokenMatches = data.token === this.token;
    this.identifies.push({ intents: data.intents, shard: data.shard, compress: data.compress, properties: data.properties, tokenMatches, at: Date.now() });
    if (!tokenMatches) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    this.session = { id: randomSessionId(), sequence: 0, sent: [] };
    this.socketIsLive = true;
    this.dispatch('READY', {
      v: 10,
      user: botUser(this.world),
      guilds: [{ id: this.world.guildId, unavailable: true }],
      session_id: this.session.id,
      session_type: 'normal',
      resume_gateway_url: this.resumeUrl(),
      shard: [0, 1],
      application: { id: this.world.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      _trace: ['["stand-in-gateway",{"micros":0}]'],
    });
    this.dispatch('GUILD_CREATE', guildCreate(this.world));
  }

  private resume(socket: WebSocket, data: Json): void {
    const tokenMatches = data.token === this.token;
    const sessionIdMatches = this.session !== null && data.session_id === this.session.id;
    this.resumes.push({ sessionIdMatches, tokenMatches, seq: data.seq, at: Date.now() });
    if (!tokenMatches) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    if (!this.session || !sessionIdMatches || typeof data.seq !== 'number') {
      this.send({ op: gatewayOpcodes.invalidSession, d: false, s: null, t: null });
      return;
    }
    const lastSeen = data.seq;
    this.socketIsLive = true;
    for (const missed of this.session.sent.filter((event) => event.s > lastSeen)) this.send({ op: gatewayOpcodes.dispatch, ...missed });
    const resumed = { s: ++this.session.sequence, t: 'RESUMED', d: { _trace: ['["stand-in-gateway",{"micros":0}]'] } };
    this.session.sent.push(resumed);
    this.send({ op: gatewayOpcodes.dispatch, ...resumed });
  }

  private send(payload: Json): void {
    this.socket?.send(JSON.stringify(payload));
  }
}
