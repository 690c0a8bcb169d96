// Gateway v10 over WebSocket: HELLO, heartbeats, IDENTIFY → READY + GUILD_CREATE, RESUME with
// replay of missed dispatches, sequence numbers, and hooks to drop or invalidate the session.
//
// Frames are always JSON text. discord.js only asks for zlib-stream when the optional `zlib-sync`
// package is installed, and even then it parses text frames as plain JSON, so text is accepted.
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import type { IncomingMessage, Server } from "node:http";
import { type RawData, WebSocket, WebSocketServer } from "ws";
import type { FakeState, Json } from "./state.js";
import { isObject } from "./validate.js";

/** Gateway intents the fake cares about: the bot's only one, whose events it sends. */
export const Intent = {
  Guilds: 1 << 0,
} as const;

interface Payload {
  op: number;
  d: unknown;
  s: number | null;
  t: string | null;
}

interface LogEntry {
  payload: Payload;
  delivered: boolean;
  onDelivered?: () => void;
}

/** One gateway session (survives disconnects until the client closes it or it is invalidated). */
export interface Session {
  id: string;
  seq: number;
  intents: number;
  shard: [number, number];
  log: LogEntry[];
  socket: WebSocket | null;
  /** READY or RESUMED was sent on the current socket. */
  live: boolean;
  /** Closed normally by the client or invalidated: cannot be resumed. */
  ended: boolean;
}

interface Connection {
  socket: WebSocket;
  session: Session | null;
  serverClosing: boolean;
}

export type SessionReadyKind = "identified" | "resumed";

export interface GatewayOptions {
  state: FakeState;
  token: string;
  heartbeatIntervalMs: number;
  /** ws://127.0.0.1:PORT (used as resume_gateway_url). */
  url: () => string;
}

export interface DispatchOptions {
  /** Only sessions that identified with this intent receive it. */
  intent?: number;
  /** "newest": only the newest usable session (interactions); default all sessions. */
  target?: "all" | "newest";
  /** Called once the payload has actually been written to a socket. */
  onDelivered?: () => void;
}

export class FakeGateway extends EventEmitter {
  identifyCount = 0;
  resumeCount = 0;
  readonly sessions: Session[] = [];
  private wss: WebSocketServer | null = null;
  private readonly connections = new Map<WebSocket, Connection>();

  constructor(private readonly options: GatewayOptions) {
    super();
  }

  attach(server: Server): void {
    this.wss = new WebSocketServer({ server });
    this.wss.on("connection", (socket, request) => this.onConnection(socket, request));
  }

  /** Sessions that can still receive events (live now, or resumable). */
  usableSessions(): Session[] {
    return this.sessions.filter((s) => !s.ended);
  }

  /** True when a session is connected and past READY/RESUMED. */
  get connected(): boolean {
    return this.sessions.some((s) => s.live);
  }

  /** Sends a dispatch (op 0) to the usable sessions. Returns how many got (or queued) it. */
  dispatch(t: string, d: unknown, options: DispatchOptions = {}): number {
    let targets = this.usableSessions();
    if (options.target === "newest") {
      const live = targets.filter((s) => s.live);
      const pick = (live.length > 0 ? live : targets).at(-1);
      targets = pick ? [pick] : [];
    }
    let count = 0;
    for (const session of targets) {
      if (options.intent !== undefined && (session.intents & options.intent) === 0) continue;
      this.push(session, t, d, options.onDelivered);
      count += 1;
    }
    return count;
  }

  /** Closes the live sockets without ending their sessions (the client should resume). */
  drop(options: { code?: number; reason?: string; abrupt?: boolean } = {}): number {
    let count = 0;
    for (const connection of this.connections.values()) {
      if (!connection.session) continue;
      connection.serverClosing = true;
      if (connection.session.socket === connection.socket) {
        connection.session.live = false;
        connection.session.socket = null;
      }
      if (options.abrupt) connection.socket.terminate();
      else connection.socket.close(options.code ?? 4000, options.reason ?? "fake-discord: dropped");
      count += 1;
    }
    return count;
  }

  /** Sends op 9 INVALID_SESSION; with resumable=false the sessions are ended. */
  invalidateSessions(resumable = false): void {
    for (const session of this.sessions) {
      if (!session.socket) continue;
      this.send(session.socket, { op: 9, d: resumable, s: null, t: null });
      if (!resumable) {
        session.ended = true;
        session.live = false;
      }
    }
  }

  /** Resolves on the next READY (after IDENTIFY) or RESUMED sent to a client. */
  waitForSessionReady(timeoutMs = 10_000): Promise<SessionReadyKind> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off("sessionReady", onReady);
        reject(new Error(`fake-discord: no client identified or resumed within ${timeoutMs}ms`));
      }, timeoutMs);
      const onReady = (kind: SessionReadyKind) => {
        clearTimeout(timer);
        resolve(kind);
      };
      this.once("sessionReady", onReady);
    });
  }

  async close(): Promise<void> {
    for (const connection of this.connections.values()) connection.socket.terminate();
    this.connections.clear();
    for (const session of this.sessions) {
      session.ended = true;
      session.live = false;
      session.socket = null;
    }
    const wss = this.wss;
    this.wss = null;
    if (wss) await new Promise<void>((resolve) => wss.close(() => resolve()));
  }

  // ---- internals -----------------------------------------------------------------------------

  private onConnection(socket: WebSocket, request: IncomingMessage): void {
    const connection: Connection = { socket, session: null, serverClosing: false };
    this.connections.set(socket, connection);
    socket.on("close", (code) => this.onClose(connection, code));
    socket.on("error", () => {});
    const query = new URL(request.url ?? "/", "http://localhost").searchParams;
    if (query.get("v") !== "10") {
      socket.close(4012, "Invalid API version");
      return;
    }
    if ((query.get("encoding") ?? "json") !== "json") {
      socket.close(4002, "fake-discord only speaks encoding=json");
      return;
    }
    socket.on("message", (raw) => this.onMessage(connection, raw));
    this.send(socket, {
      op: 10,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: ["fake-discord"] },
      s: null,
      t: null,
    });
  }

  private onClose(connection: Connection, code: number): void {
    this.connections.delete(connection.socket);
    const session = connection.session;
    if (!session || session.socket !== connection.socket) return;
    session.socket = null;
    session.live = false;
    // A client that closes with 1000/1001 ends its session, as on Discord.
    if (!connection.serverClosing && (code === 1000 || code === 1001)) session.ended = true;
  }

  private onMessage(connection: Connection, raw: RawData): void {
    let payload: unknown;
    try {
      const text = Array.isArray(raw) ? Buffer.concat(raw).toString() : raw.toString();
      payload = JSON.parse(text);
    } catch {
      payload = undefined;
    }
    if (!isObject(payload) || typeof payload.op !== "number") {
      connection.socket.close(4002, "Error while decoding payload.");
      return;
    }
    const d = payload.d;
    switch (payload.op) {
      case 1:
        this.send(connection.socket, { op: 11, d: null, s: null, t: null });
        return;
      case 2:
        this.identify(connection, isObject(d) ? d : {});
        return;
      case 6:
        this.resume(connection, isObject(d) ? d : {});
        return;
      default:
        break;
    }
    // Anything else (presence updates...) is ignored, but only once identified.
    if (!connection.session) connection.socket.close(4003, "Not authenticated.");
  }

  private identify(connection: Connection, d: Json): void {
    const { socket } = connection;
    if (connection.session) {
      socket.close(4005, "Already authenticated.");
      return;
    }
    if (d.token !== this.options.token) {
      socket.close(4004, "Authentication failed.");
      return;
    }
    const intents = typeof d.intents === "number" ? d.intents : 0;
    const shard =
      Array.isArray(d.shard) && typeof d.shard[0] === "number" && typeof d.shard[1] === "number"
        ? ([d.shard[0], d.shard[1]] as [number, number])
        : ([0, 1] as [number, number]);
    if (shard[1] !== 1 || shard[0] !== 0) {
      socket.close(4010, "Invalid shard.");
      return;
    }
    const session: Session = {
      id: randomUUID().replaceAll("-", ""),
      seq: 0,
      intents,
      shard,
      log: [],
      socket,
      live: false,
      ended: false,
    };
    this.sessions.push(session);
    connection.session = session;
    this.identifyCount += 1;
    const { state } = this.options;
    session.live = true;
    this.push(session, "READY", {
      v: 10,
      user: { ...state.user(state.botId), bot: true, verified: true, mfa_enabled: false, flags: 0 },
      guilds: [{ id: state.guildId, unavailable: true }],
      session_id: session.id,
      session_type: "normal",
      resume_gateway_url: this.options.url(),
      shard,
      application: { id: state.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      _trace: ["fake-discord"],
    });
    this.push(session, "GUILD_CREATE", state.guildCreateJson());
    this.emit("sessionReady", "identified" satisfies SessionReadyKind);
  }

  private resume(connection: Connection, d: Json): void {
    const { socket } = connection;
    const session = this.sessions.find((s) => s.id === d.session_id);
    const seq = typeof d.seq === "number" ? d.seq : -1;
    if (
      !session ||
      session.ended ||
      d.token !== this.options.token ||
      seq > session.seq ||
      connection.session
    ) {
      this.send(socket, { op: 9, d: false, s: null, t: null });
      return;
    }
    if (session.socket && session.socket !== socket) {
      const old = this.connections.get(session.socket);
      if (old) old.serverClosing = true;
      session.socket.close(4000, "fake-discord: session resumed elsewhere");
    }
    connection.session = session;
    session.socket = socket;
    session.live = true;
    this.resumeCount += 1;
    for (const entry of session.log) {
      if ((entry.payload.s ?? 0) > seq) this.deliver(session, entry);
    }
    this.push(session, "RESUMED", { _trace: ["fake-discord"] });
    this.emit("sessionReady", "resumed" satisfies SessionReadyKind);
  }

  private push(session: Session, t: string, d: unknown, onDelivered?: () => void): void {
    session.seq += 1;
    const entry: LogEntry = { payload: { op: 0, t, s: session.seq, d }, delivered: false };
    if (onDelivered) entry.onDelivered = onDelivered;
    session.log.push(entry);
    if (session.live) this.deliver(session, entry);
  }

  private deliver(session: Session, entry: LogEntry): void {
    const socket = session.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    this.send(socket, entry.payload);
    if (!entry.delivered) {
      entry.delivered = true;
      entry.onDelivered?.();
    }
  }

  private send(socket: WebSocket, payload: Payload): void {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload));
  }
}
