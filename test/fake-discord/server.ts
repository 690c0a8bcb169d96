// A Discord-compatible fake server for end-to-end tests (REST + gateway on 127.0.0.1).
//
//   const fake = await FakeDiscord.start();
//   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiBase } });
//   await client.login(fake.token);
//   const r = await fake.slash("ping");            // resolves once the bot acknowledged
//   (await r.reply()).content;                      // first visible reply
//   await client.destroy(); await fake.close();
//
// See README.md in this folder for the whole API.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type ClientOptions, GatewayIntentBits } from "discord.js";
import { FakeGateway, Intent, type SessionReadyKind } from "./gateway.js";
import { generateSigningKey, postInteraction, type SigningKey } from "./http-delivery.js";
import { FAKE_IDS, snowflake, snowflakeAt } from "./ids.js";
import {
  buildInteraction,
  InteractionHandle,
  InteractionType,
  type InvokeOptions,
  normalizeOptions,
  type SlashOption,
} from "./interactions.js";
import { InteractionRoutes } from "./responses.js";
import { type FailRule, FakeRest, type RecordedRequest } from "./rest.js";
import { ApiRoutes } from "./routes.js";
import { type ApiMessage, FakeState, iso, type Json, type WorldOptions } from "./state.js";
import { isObject } from "./validate.js";

/** How long `slash()` and friends wait for an interaction given no deadline (`deadlineMs: 0`). */
const NO_DEADLINE_WAIT_MS = 60_000;

export { FAKE_IDS } from "./ids.js";
export type {
  CallbackBody,
  InvokeOptions,
  RejectedResponse,
  SlashOption,
} from "./interactions.js";
export { InteractionHandle } from "./interactions.js";
export {
  ALL_PERMISSIONS,
  DEFAULT_BOT_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  type Overwrite,
} from "./permissions.js";
export type { FailRule, RecordedRequest } from "./rest.js";
export type { ApiMessage, ApiUser, WorldOptions } from "./state.js";

export interface FakeDiscordOptions extends WorldOptions {
  /** Bot token the fake accepts (REST `Authorization: Bot <token>` and IDENTIFY). */
  token?: string;
  /** HELLO heartbeat_interval (default 41250). */
  heartbeatIntervalMs?: number;
  /** Ms the bot has to acknowledge an interaction; later callbacks get 10062 (default 3000, 0 = off). */
  interactionDeadlineMs?: number;
  /** Answer 50001/50013 when the bot lacks channel permissions (default true). */
  enforcePermissions?: boolean;
  /** console.warn every request no route matched (default true). */
  logUnhandled?: boolean;
  /**
   * Deliver interactions to this Interactions Endpoint URL, signed with `signingKey`, instead of
   * over the gateway: the bot's HTTP response is its initial response.
   */
  interactionsUrl?: string;
  signingKey?: SigningKey;
}

/** A pin as tests see it. */
export interface PinView {
  pinnedAt: string;
  message: ApiMessage;
}

export class FakeDiscord {
  /** Bot token to pass to `client.login()`. */
  readonly token: string;
  /** The guild, channels, messages, pins and commands (mutable; see the helpers below). */
  readonly state: FakeState;
  readonly gateway: FakeGateway;
  /** Default ms the bot has to acknowledge an interaction (0 = no limit). */
  readonly interactionDeadlineMs: number;
  readonly enforcePermissions: boolean;
  readonly logUnhandled: boolean;
  /** The application's key pair (generated unless given): the bot is told its public half. */
  readonly signingKey: SigningKey;
  /** Where interactions go when they are delivered over HTTP (see FakeDiscordOptions). */
  interactionsUrl: string | undefined;
  private readonly server: Server;
  private readonly rest: FakeRest;
  private readonly responses: InteractionRoutes;
  private readonly handles = new Map<string, InteractionHandle>();
  private readonly handlesByToken = new Map<string, InteractionHandle>();
  private listening = false;

  constructor(options: FakeDiscordOptions = {}) {
    this.token = options.token ?? "fake-bot-token";
    this.interactionDeadlineMs = options.interactionDeadlineMs ?? 3000;
    this.enforcePermissions = options.enforcePermissions ?? true;
    this.logUnhandled = options.logUnhandled ?? true;
    this.signingKey = options.signingKey ?? generateSigningKey();
    this.interactionsUrl = options.interactionsUrl;
    this.state = new FakeState(options);
    this.gateway = new FakeGateway({
      state: this.state,
      token: this.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      url: () => this.gatewayUrl,
    });
    this.rest = new FakeRest(this);
    new ApiRoutes(this.rest, this);
    this.responses = new InteractionRoutes(this.rest, this);
    this.server = createServer((req, res) => {
      this.rest.handle(req, res).catch((error: unknown) => {
        console.error("fake-discord: request failed", error);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    this.gateway.attach(this.server);
  }

  /** Creates a fake and starts listening on a random port of 127.0.0.1. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await fake.listen();
    return fake;
  }

  private async listen(): Promise<void> {
    if (this.listening) return;
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", () => {
        this.server.off("error", reject);
        resolve();
      });
    });
    this.listening = true;
  }

  get port(): number {
    const address = this.server.address() as AddressInfo | null;
    if (!address) throw new Error("fake-discord: not listening (call start() or listen())");
    return address.port;
  }

  /** `http://127.0.0.1:PORT/api`, for discord.js `rest.api` (it appends /v10). */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** `ws://127.0.0.1:PORT`, returned by GET /gateway/bot. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Options for a discord.js Client pointed at the fake (REST timeout 5 s, 1 retry). */
  clientOptions(extra: Partial<ClientOptions> = {}): ClientOptions {
    return {
      intents: [GatewayIntentBits.Guilds],
      ...extra,
      rest: { api: this.apiBase, timeout: 5000, retries: 1, ...extra.rest },
    };
  }

  // ---- recorded traffic ----------------------------------------------------------------------

  /** Every REST request (method, path relative to /api/v10, query, parsed body, auth). */
  get requests(): RecordedRequest[] {
    return this.rest.requests;
  }

  /** Requests no route matched (they got 404 `{ code: 0, message: "404: Not Found" }`). */
  get unhandled(): RecordedRequest[] {
    return this.rest.unhandled;
  }

  /** Requests whose method matches and whose path equals `path` or matches the RegExp. */
  requestsTo(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter(
      (r) =>
        r.method === method.toUpperCase() &&
        (typeof path === "string" ? r.path === path : path.test(r.path)),
    );
  }

  /** Number of IDENTIFYs accepted. */
  get identifyCount(): number {
    return this.gateway.identifyCount;
  }

  /** Number of RESUMEs accepted. */
  get resumeCount(): number {
    return this.gateway.resumeCount;
  }

  interactionById(id: string): InteractionHandle | undefined {
    return this.handles.get(id);
  }

  interactionByToken(token: string): InteractionHandle | undefined {
    return this.handlesByToken.get(token);
  }

  // ---- failure injection ---------------------------------------------------------------------

  /**
   * Answers the next matching request(s) with `status`/`body` instead of handling them, e.g.
   * `failNext({ method: "PUT", path: /\/pins\//, status: 404, body: { code: 10008, message: "Unknown Message" } })`.
   * 5xx are retried by @discordjs/rest (`rest.retries`, 1 with `clientOptions()`): use `times`.
   * Without `status`, the request is only delayed by `delayMs` and then handled normally.
   */
  failNext(rule: FailRule): void {
    this.rest.failNext(rule);
  }

  // ---- gateway control -----------------------------------------------------------------------

  /**
   * Closes the bot's gateway socket (default code 4000, which discord.js resumes after ~0.5 s;
   * `abrupt` terminates without a close frame; code 1000 makes discord.js re-identify).
   * Resolves when the client is back: "resumed" or "identified".
   */
  async dropConnection(
    options: { code?: number; reason?: string; abrupt?: boolean; timeoutMs?: number } = {},
  ): Promise<SessionReadyKind> {
    if (!this.gateway.connected)
      throw new Error("fake-discord: no live gateway connection to drop");
    const back = this.gateway.waitForSessionReady(options.timeoutMs ?? 10_000);
    this.gateway.drop(options);
    return back;
  }

  /** Sends op 9 INVALID_SESSION (resumable=false ends the session; discord.js re-identifies). */
  invalidateSession(resumable = false): void {
    this.gateway.invalidateSessions(resumable);
  }

  /** Resolves on the next READY or RESUMED sent to a client. */
  waitForSessionReady(timeoutMs?: number): Promise<SessionReadyKind> {
    return this.gateway.waitForSessionReady(timeoutMs);
  }

  // ---- interactions --------------------------------------------------------------------------

  /**
   * Dispatches INTERACTION_CREATE with `data` and returns its handle right away (does not wait for
   * the bot). Throws when no client session exists. Low-level: prefer slash/autocomplete/button.
   */
  interact(
    type: number,
    data: Json,
    invoke: InvokeOptions = {},
    extra: Json = {},
  ): InteractionHandle {
    const payload = buildInteraction(this.state, type, data, invoke, extra);
    const handle = new InteractionHandle(payload);
    handle.deadlineMs = invoke.deadlineMs ?? this.interactionDeadlineMs;
    this.handles.set(handle.id, handle);
    this.handlesByToken.set(handle.token, handle);
    if (this.interactionsUrl) {
      this.deliverOverHttp(this.interactionsUrl, handle);
      return handle;
    }
    const sent = this.gateway.dispatch("INTERACTION_CREATE", payload, {
      target: "newest",
      onDelivered: () => {
        handle.deliveredAt = Date.now();
        handle.notify();
      },
    });
    if (sent === 0) {
      this.handles.delete(handle.id);
      this.handlesByToken.delete(handle.token);
      throw new Error(
        "fake-discord: no gateway session to deliver the interaction to (log in first)",
      );
    }
    return handle;
  }

  /**
   * The payload of a chat-input command, registered so that its webhook works, but not
   * delivered: for tests that post it themselves.
   */
  interactionPayload(name: string, options: SlashOption[] = [], invoke: InvokeOptions = {}): Json {
    const payload = buildInteraction(
      this.state,
      InteractionType.ApplicationCommand,
      this.commandData(name, options),
      invoke,
      {},
    );
    const handle = new InteractionHandle(payload);
    handle.deliveredAt = Date.now();
    this.handles.set(handle.id, handle);
    this.handlesByToken.set(handle.token, handle);
    return payload;
  }

  /** POSTs the interaction, signed; the answer is taken as its callback, as Discord does. */
  private deliverOverHttp(url: string, handle: InteractionHandle): void {
    handle.deliveredAt = Date.now();
    postInteraction(url, this.signingKey.privateKey, handle.payload).then(
      (answer) => {
        handle.httpStatus = answer.status;
        if (answer.status === 200) this.responses.respond(handle, answer.body);
        handle.notify();
      },
      (error: unknown) => {
        handle.httpStatus = 0;
        handle.httpError = (error as Error).message;
        handle.notify();
      },
    );
  }

  /**
   * Sends a chat-input command (`/name`) and resolves once the bot's initial response (callback) was
   * accepted; rejects if none within the deadline. Options: `[{ name, value }]` (type inferred:
   * string 3, integer 4, number 10, boolean 5) or explicit `type`; sub commands via `options`.
   * The command id is the registered one if the bot deployed it.
   */
  async slash(
    name: string,
    options: SlashOption[] = [],
    invoke: InvokeOptions = {},
  ): Promise<InteractionHandle> {
    const handle = this.interact(
      InteractionType.ApplicationCommand,
      this.commandData(name, options),
      invoke,
    );
    return this.acknowledged(handle);
  }

  /**
   * Sends an autocomplete interaction and resolves with the choices the bot responded (type 8).
   * If no option has `focused: true`, the last one is focused.
   */
  async autocomplete(
    name: string,
    options: SlashOption[],
    invoke: InvokeOptions = {},
  ): Promise<Array<{ name: string; value: string | number }>> {
    const focused = options.some((o) => o.focused)
      ? options
      : options.map((o, i) => (i === options.length - 1 ? { ...o, focused: true } : o));
    const handle = this.interact(
      InteractionType.Autocomplete,
      this.commandData(name, focused),
      invoke,
    );
    await this.acknowledged(handle);
    const choices = handle.callback?.data?.choices;
    if (handle.callback?.type !== 8 || !Array.isArray(choices)) {
      throw new Error(
        `fake-discord: autocomplete answered with callback type ${handle.callback?.type}`,
      );
    }
    return choices as Array<{ name: string; value: string | number }>;
  }

  /**
   * Clicks a button. With `messageId` the stored message must carry a component with `customId`;
   * without it a bot message holding just that button is made up. Resolves once acknowledged.
   */
  async button(
    customId: string,
    messageId?: string,
    invoke: InvokeOptions = {},
  ): Promise<InteractionHandle> {
    return this.component({ custom_id: customId, component_type: 2 }, messageId, invoke, {
      type: 2,
      style: 1,
      label: customId.slice(0, 80),
      custom_id: customId,
    });
  }

  /** The `data` of a chat-input command interaction, as slash() sends it (for interact()). */
  commandData(name: string, options: SlashOption[]): Json {
    const command = this.state.findCommand(name);
    const data: Json = { id: command?.id ?? snowflake(), name, type: 1 };
    if (command && typeof command.guild_id === "string") data.guild_id = command.guild_id;
    if (options.length > 0) data.options = normalizeOptions(options);
    return data;
  }

  private async component(
    data: Json,
    messageId: string | undefined,
    invoke: InvokeOptions,
    component: Json,
  ): Promise<InteractionHandle> {
    const customId = String(data.custom_id);
    let message: ApiMessage;
    if (messageId) {
      const stored = this.state.messages.get(messageId);
      if (!stored) throw new Error(`fake-discord: unknown message ${messageId}`);
      if (!hasCustomId(stored.message.components, customId)) {
        throw new Error(`fake-discord: message ${messageId} has no component "${customId}"`);
      }
      message = stored.message;
    } else {
      const channelId = invoke.channelId ?? FAKE_IDS.channel;
      message = this.state.buildMessage(channelId, this.state.user(this.state.botId), {
        components: [{ type: 1, components: [component] }],
      });
      this.state.storeMessage(message, { ephemeral: false });
    }
    const handle = this.interact(
      InteractionType.MessageComponent,
      data,
      { channelId: message.channel_id, ...invoke },
      { message },
    );
    return this.acknowledged(handle);
  }

  /** Waits for the accepted initial response, counting the deadline from delivery. */
  private async acknowledged(handle: InteractionHandle): Promise<InteractionHandle> {
    // No deadline (0) waits as long as a test could: the bot's answer is late, not missing.
    const limit = (handle.deadlineMs > 0 ? handle.deadlineMs : NO_DEADLINE_WAIT_MS) + 250;
    await handle.waitFor((h) => h.deliveredAt !== undefined, 15_000);
    const left = limit - (Date.now() - (handle.deliveredAt ?? Date.now()));
    try {
      await handle.waitFor(
        (h) => h.callback !== undefined || (h.httpStatus !== undefined && h.httpStatus !== 200),
        Math.max(left, 0),
      );
    } catch {
      const rejected = handle.rejected
        .map((r) => `${r.status} ${JSON.stringify(r.body)}`)
        .join("; ");
      throw new Error(
        `fake-discord: the bot did not acknowledge interaction ${handle.describe()} within ${limit}ms` +
          (rejected ? ` (rejected: ${rejected})` : ""),
      );
    }
    if (handle.callback) return handle;
    throw new Error(
      `fake-discord: the endpoint answered interaction ${handle.describe()} with HTTP ${handle.httpStatus}${handle.httpError ? ` (${handle.httpError})` : ""}`,
    );
  }

  // ---- messages, pins, commands --------------------------------------------------------------

  /** Messages of one channel, oldest first. */
  messagesIn(channelId: string = FAKE_IDS.channel): ApiMessage[] {
    return (this.state.channelMessages.get(channelId) ?? [])
      .map((id) => this.state.messages.get(id)?.message)
      .filter((m): m is ApiMessage => m !== undefined);
  }

  /** Any stored message by id (including ephemeral interaction replies). */
  message(id: string): ApiMessage | undefined {
    return this.state.messages.get(id)?.message;
  }

  /**
   * Fills the channel's pins with `count` older messages (no gateway events), e.g. 250 to hit the
   * pin limit. Returns the messages, oldest first.
   */
  seedPins(
    channelId: string = FAKE_IDS.channel,
    count = 1,
    options: { authorId?: string; content?: (i: number) => string } = {},
  ): ApiMessage[] {
    if (!this.state.channels.has(channelId))
      throw new Error(`fake-discord: unknown channel ${channelId}`);
    const author = this.state.user(options.authorId ?? FAKE_IDS.user);
    const start = Date.now() - 3_600_000 - count * 1000;
    const created: ApiMessage[] = [];
    for (let i = 0; i < count; i++) {
      const at = start + i * 1000;
      const message = this.state.buildMessage(channelId, author, {
        content: options.content?.(i) ?? `seeded pin ${i + 1}`,
      });
      message.id = snowflakeAt(at);
      message.timestamp = iso(at);
      this.state.storeMessage(message, { ephemeral: false });
      this.state.addPin(channelId, message.id, iso(at + 500));
      created.push(message);
    }
    return created;
  }

  /** Pins of a channel, newest first. */
  pinsOf(channelId: string = FAKE_IDS.channel): PinView[] {
    return this.state.pinsOf(channelId).map((p) => ({ pinnedAt: p.pinnedAt, message: p.message }));
  }

  /** Registered commands: global, or of the fake guild with `guild = true`. */
  commands(guild = false): Json[] {
    return guild
      ? (this.state.guildCommands.get(this.state.guildId) ?? [])
      : this.state.globalCommands;
  }

  // ---- guild changes (sent to the client as gateway events) ----------------------------------

  /** Sets the bot role's permissions and dispatches GUILD_ROLE_UPDATE. */
  /** Another member of the guild (the reader's role), for tests that need many people. */
  addMember(id: string, username = `member-${id.slice(-4)}`): void {
    this.state.addMember(id, username);
  }

  setBotPermissions(permissions: bigint): void {
    const role = this.state.roles.get(FAKE_IDS.botRole);
    if (!role) throw new Error("fake-discord: the bot role is missing");
    role.permissions = permissions;
    this.gateway.dispatch(
      "GUILD_ROLE_UPDATE",
      { guild_id: this.state.guildId, role: this.state.roleJson(role) },
      { intent: Intent.Guilds },
    );
  }

  /** Stops the HTTP and WebSocket servers and drops every connection. Destroy clients first. */
  async close(): Promise<void> {
    await this.gateway.close();
    this.rest.close();
    if (!this.listening) return;
    this.listening = false;
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

function hasCustomId(node: unknown, customId: string): boolean {
  if (Array.isArray(node)) return node.some((child) => hasCustomId(child, customId));
  if (!isObject(node)) return false;
  return node.custom_id === customId || hasCustomId(node.components, customId);
}
