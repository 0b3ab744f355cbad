// The gateway half of the stand-in: a `ws` server speaking Discord's gateway protocol v10 with JSON encoding and
// no compression (HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME with replay, dispatches, drops).
// https://discord.com/developers/docs/events/gateway
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type EventEmitter } from 'node:events';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import { randomSessionId } from './ids.js';
import { botUser, guildCreate, type Json, type World } from './payloads.js';

export const gatewayOpcodes = {
  dispatch: 0,
  heartbeat: 1,
  identify: 2,
  resume: 6,
  reconnect: 7,
  invalidSession: 9,
  hello: 10,
  heartbeatAck: 11,
} as const;

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
  /** The shard the connection had identified or resumed as; null when it closed before either. */
  shard: number | null;
  at: number;
}

interface Session {
  id: string;
  sequence: number;
  /** Every dispatch of the session, for RESUME to replay what a dropped client missed. */
  sent: { s: number; t: string; d: unknown }[];
}

/** One shard's connection: the socket it identified or resumed on, and its session. */
interface ShardLink {
  socket: WebSocket | null;
  isLive: boolean;
  closingByStandIn: boolean;
  session: Session | null;
}

export class Gateway {
  readonly connections: GatewayConnection[] = [];
  readonly identifies: Identify[] = [];
  readonly resumes: Resume[] = [];
  readonly closes: GatewayClose[] = [];
  /** Ops the client sent that the stand-in does not act on (presence updates, member requests...). */
  readonly otherOps: { op: unknown; at: number }[] = [];

  private readonly server = new WebSocketServer({ noServer: true });
  private readonly links = new Map<number, ShardLink>();
  /** Which shard each socket identified or resumed as. */
  private readonly shardOfSocket = new Map<WebSocket, number>();

  constructor(
    private readonly world: World,
    private readonly token: string,
    private readonly resumeUrl: () => string,
    private readonly changes: EventEmitter,
    private readonly heartbeatIntervalMs: number,
    /**
     * How many shards Discord asks for (`/gateway/bot`); IDENTIFY must carry `shard: [id, shardCount]` when above 1.
     */
    readonly shardCount = 1,
    /** The guild each shard is sent (the world's guild lives on shard 0 when there is one shard). */
    private readonly guildIdFor: (shard: number) => string = () => world.guildId,
  ) {}

  /** True while every shard is connected with a READY or RESUMED session on its connection. */
  get isReady(): boolean {
    return Array.from({ length: this.shardCount }, (_, shard) => shard).every((shard) => this.isShardReady(shard));
  }

  isShardReady(shard: number): boolean {
    const link = this.links.get(shard);
    return link !== undefined && link.socket !== null && link.isLive;
  }

  /** While true, new gateway connections are cut at once (Discord unreachable); a dropped bot cannot reconnect. */
  refuseConnections = false;

  handleUpgrade(request: IncomingMessage, stream: Duplex, head: Buffer): void {
    if (this.refuseConnections) {
      stream.destroy();
      return;
    }
    this.server.handleUpgrade(request, stream, head, (socket) => this.accept(socket, request));
  }

  /** Sends a dispatch event (op 0) on `shard` with its next sequence number; it is kept for RESUME replay. */
  dispatch(eventName: string, data: unknown, shard = 0): void {
    const link = this.links.get(shard);
    if (!link?.session)
      throw new Error(
        `stand-in gateway: no session on shard ${shard} yet; wait for the bot to IDENTIFY before dispatching`,
      );
    const event = { s: ++link.session.sequence, t: eventName, d: data };
    link.session.sent.push(event);
    if (link.socket && link.isLive) this.send(link.socket, { op: gatewayOpcodes.dispatch, ...event });
  }

  /** Closes a shard's connection as Discord would when a node goes away: with a close code, or by cutting it (1006). */
  drop(how: { code: number } | { terminate: true } = { code: 4000 }, shard = 0): void {
    const link = this.links.get(shard);
    const socket = link?.socket;
    if (!link || !socket)
      throw new Error(`stand-in gateway: nothing to drop, no client is connected on shard ${shard}`);
    link.closingByStandIn = true;
    link.isLive = false;
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
    socket.on('message', (raw, isBinary) => this.receive(socket, raw, isBinary));
    socket.on('close', (code, reason) => {
      const shard = this.shardOfSocket.get(socket);
      const link = shard === undefined ? undefined : this.links.get(shard);
      if (link?.socket === socket) {
        this.closes.push({
          code,
          reason: reason.toString(),
          initiatedBy: link.closingByStandIn ? 'stand-in' : 'client',
          shard: shard ?? null,
          at: Date.now(),
        });
        link.socket = null;
        link.isLive = false;
      } else if (shard === undefined) {
        this.closes.push({ code, reason: reason.toString(), initiatedBy: 'client', shard: null, at: Date.now() });
      }
      this.shardOfSocket.delete(socket);
      this.changes.emit('change');
    });
    this.send(socket, {
      op: gatewayOpcodes.hello,
      d: { heartbeat_interval: this.heartbeatIntervalMs, _trace: ['["stand-in-gateway",{"micros":0}]'] },
      s: null,
      t: null,
    });
    this.changes.emit('change');
  }

  private receive(socket: WebSocket, raw: RawData, isBinary: boolean): void {
    const shard = this.shardOfSocket.get(socket);
    // A socket replaced by a newer connection of its shard is no longer listened to.
    if (shard !== undefined && this.links.get(shard)?.socket !== socket) return;
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
        this.send(socket, { op: gatewayOpcodes.heartbeatAck, d: null, s: null, t: null });
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

  /** Makes `socket` the connection of `shard`, ending the shard's previous connection if it had one. */
  private attach(socket: WebSocket, shard: number): ShardLink {
    const link = this.links.get(shard) ?? { socket: null, isLive: false, closingByStandIn: false, session: null };
    this.links.set(shard, link);
    if (link.socket && link.socket !== socket) {
      const previous = link.socket;
      link.socket = null;
      previous.terminate();
    }
    link.socket = socket;
    link.closingByStandIn = false;
    this.shardOfSocket.set(socket, shard);
    return link;
  }

  private identify(socket: WebSocket, data: Json): void {
    const tokenMatches = data.token === this.token;
    this.identifies.push({
      intents: data.intents,
      shard: data.shard,
      compress: data.compress,
      properties: data.properties,
      tokenMatches,
      at: Date.now(),
    });
    if (!tokenMatches) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    const requested = Array.isArray(data.shard) ? data.shard : [0, 1];
    const [shard, count] = requested.map(Number) as [number, number];
    if (this.shardCount > 1 && count !== this.shardCount) {
      socket.close(4011, 'Sharding required.');
      return;
    }
    if (!Number.isInteger(shard) || shard < 0 || shard >= count) {
      socket.close(4010, 'Invalid shard.');
      return;
    }
    const link = this.attach(socket, shard);
    link.session = { id: randomSessionId(), sequence: 0, sent: [] };
    link.isLive = true;
    const guildId = this.guildIdFor(shard);
    this.dispatch(
      'READY',
      {
        v: 10,
        user: botUser(this.world),
        guilds: [{ id: guildId, unavailable: true }],
        session_id: link.session.id,
        session_type: 'normal',
        resume_gateway_url: this.resumeUrl(),
        shard: [shard, count],
        application: { id: this.world.applicationId, flags: 0 },
        private_channels: [],
        relationships: [],
        presences: [],
        guild_join_requests: [],
        geo_ordered_rtc_regions: [],
        user_settings: {},
        _trace: ['["stand-in-gateway",{"micros":0}]'],
      },
      shard,
    );
    this.dispatch('GUILD_CREATE', guildCreate({ ...this.world, guildId }), shard);
  }

  private resume(socket: WebSocket, data: Json): void {
    const tokenMatches = data.token === this.token;
    const found = [...this.links].find(([, link]) => link.session !== null && data.session_id === link.session.id);
    const sessionIdMatches = found !== undefined;
    this.resumes.push({ sessionIdMatches, tokenMatches, seq: data.seq, at: Date.now() });
    if (!tokenMatches) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    if (!found || typeof data.seq !== 'number') {
      this.send(socket, { op: gatewayOpcodes.invalidSession, d: false, s: null, t: null });
      return;
    }
    const [shard] = found;
    const link = this.attach(socket, shard);
    const session = link.session as Session;
    const lastSeen = data.seq;
    link.isLive = true;
    for (const missed of session.sent.filter((event) => event.s > lastSeen))
      this.send(socket, { op: gatewayOpcodes.dispatch, ...missed });
    const resumed = { s: ++session.sequence, t: 'RESUMED', d: { _trace: ['["stand-in-gateway",{"micros":0}]'] } };
    session.sent.push(resumed);
    this.send(socket, { op: gatewayOpcodes.dispatch, ...resumed });
  }

  private send(socket: WebSocket, payload: Json): void {
    socket.send(JSON.stringify(payload));
  }
}
