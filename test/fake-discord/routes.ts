// Discord REST routes the bot uses: gateway info, users, application, commands, guild,
// channels, messages and pins.
import type { FakeGateway } from "./gateway.js";
import { Intent } from "./gateway.js";
import { FAKE_IDS, snowflake } from "./ids.js";
import type { InteractionHandle } from "./interactions.js";
import { PermissionBits as P } from "./permissions.js";
import {
  badForm,
  type Ctx,
  Errors,
  type FakeRest,
  fail,
  type Handler,
  noContent,
  ok,
  type Reply,
  type UploadedFile,
} from "./rest.js";
import { type ApiMessage, type FakeState, iso, type Json, MAX_PINS } from "./state.js";
import {
  EPHEMERAL,
  invalidFormBody,
  isObject,
  validateCommands,
  validateMessage,
} from "./validate.js";

/** What the REST layer needs from the server. */
export interface RestHost {
  readonly state: FakeState;
  readonly gateway: FakeGateway;
  readonly token: string;
  readonly enforcePermissions: boolean;
  readonly logUnhandled: boolean;
  /** ws://127.0.0.1:PORT */
  readonly gatewayUrl: string;
  interactionById(id: string): InteractionHandle | undefined;
  interactionByToken(token: string): InteractionHandle | undefined;
}

export class ApiRoutes {
  constructor(
    private readonly rest: FakeRest,
    private readonly host: RestHost,
  ) {
    this.registerRoutes();
  }

  private on(method: string, path: string, handler: Handler, auth = true): void {
    this.rest.on(method, path, handler, auth);
  }

  // ---- routes --------------------------------------------------------------------------------

  private registerRoutes(): void {
    const { state } = this.host;

    this.on("GET", "/gateway", () => ok({ url: this.host.gatewayUrl }), false);
    this.on("GET", "/gateway/bot", () =>
      ok({
        url: this.host.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      }),
    );
    this.on("GET", "/users/@me", () =>
      ok({ ...state.user(state.botId), bot: true, verified: true, mfa_enabled: false, flags: 0 }),
    );
    this.on("GET", "/users/:user", ({ params }) => {
      const user = state.users.get(params.user ?? "");
      return user ? ok(user) : fail(404, 10013, "Unknown User");
    });
    this.on("GET", "/applications/@me", () => ok(this.applicationJson()));

    // Application commands (global and guild).
    for (const scope of ["", "/guilds/:guild"]) {
      const base = `/applications/:app${scope}/commands`;
      this.on("GET", base, (ctx) => this.withCommands(ctx, (list) => ok(list)));
      this.on("PUT", base, (ctx) =>
        this.withCommands(ctx, () => {
          const error = validateCommands(ctx.body);
          if (error) return badForm(error);
          return ok(state.overwriteCommands(ctx.params.guild ?? null, ctx.body as Json[]));
        }),
      );
      this.on("POST", base, (ctx) =>
        this.withCommands(ctx, (list) => {
          const error = validateCommands([ctx.body]);
          if (error || !isObject(ctx.body)) return badForm(error ?? invalidFormBody([]));
          const body = ctx.body;
          const type = typeof body.type === "number" ? body.type : 1;
          const rest = list.filter((c) => !(c.type === type && c.name === body.name));
          const old = list.find((c) => c.type === type && c.name === body.name);
          const created = state.buildCommand(ctx.params.guild ?? null, body, old?.id);
          this.setCommands(ctx.params.guild, [...rest, created]);
          return ok(created, old ? 200 : 201);
        }),
      );
      this.on("GET", `${base}/:command`, (ctx) =>
        this.withCommands(ctx, (list) => {
          const found = list.find((c) => c.id === ctx.params.command);
          return found ? ok(found) : fail(404, 10063, "Unknown application command");
        }),
      );
      this.on("PATCH", `${base}/:command`, (ctx) =>
        this.withCommands(ctx, (list) => {
          const i = list.findIndex((c) => c.id === ctx.params.command);
          const found = list[i];
          if (!found || !isObject(ctx.body)) return fail(404, 10063, "Unknown application command");
          const next = state.buildCommand(
            ctx.params.guild ?? null,
            { ...found, ...ctx.body },
            found.id,
          );
          const copy = [...list];
          copy[i] = next;
          this.setCommands(ctx.params.guild, copy);
          return ok(next);
        }),
      );
      this.on("DELETE", `${base}/:command`, (ctx) =>
        this.withCommands(ctx, (list) => {
          if (!list.some((c) => c.id === ctx.params.command)) {
            return fail(404, 10063, "Unknown application command");
          }
          this.setCommands(
            ctx.params.guild,
            list.filter((c) => c.id !== ctx.params.command),
          );
          return noContent();
        }),
      );
    }

    // Guild.
    this.on("GET", "/guilds/:guild", ({ params }) =>
      params.guild === state.guildId ? ok(state.guildJson()) : fail(404, 10004, "Unknown Guild"),
    );
    this.on("GET", "/guilds/:guild/channels", ({ params }) =>
      params.guild === state.guildId
        ? ok([...state.channels.values()].map((c) => state.channelJson(c)))
        : fail(404, 10004, "Unknown Guild"),
    );
    this.on("GET", "/guilds/:guild/roles", ({ params }) =>
      params.guild === state.guildId
        ? ok([...state.roles.values()].map((r) => state.roleJson(r)))
        : fail(404, 10004, "Unknown Guild"),
    );
    this.on("GET", "/guilds/:guild/members/:user", ({ params }) => {
      if (params.guild !== state.guildId) return fail(404, 10004, "Unknown Guild");
      return state.members.has(params.user ?? "")
        ? ok(state.memberJson(params.user ?? ""))
        : fail(404, 10007, "Unknown Member");
    });

    // Channels and messages.
    this.on("GET", "/channels/:channel", ({ params }) =>
      this.inChannel(params.channel, 0n, (channel) => ok(state.channelJson(channel))),
    );
    this.on("POST", "/channels/:channel/typing", ({ params }) =>
      this.inChannel(params.channel, P.SendMessages, () => noContent()),
    );
    this.on("GET", "/channels/:channel/messages", ({ params, query }) =>
      this.inChannel(params.channel, 0n, (channel) => this.listMessages(channel.id, query)),
    );
    this.on("POST", "/channels/:channel/messages", (ctx) =>
      this.inChannel(ctx.params.channel, P.SendMessages, (channel) =>
        this.createChannelMessage(channel.id, ctx),
      ),
    );
    this.on("GET", "/channels/:channel/messages/pins", ({ params, query }) =>
      this.inChannel(params.channel, 0n, (channel) => this.listPins(channel.id, query)),
    );
    this.on("GET", "/channels/:channel/pins", ({ params }) =>
      this.inChannel(params.channel, 0n, (channel) => {
        if (!this.can(channel.id, P.ReadMessageHistory)) return ok([]);
        return ok(
          state
            .pinsOf(channel.id)
            .slice(0, 50)
            .map((p) => p.message),
        );
      }),
    );
    for (const base of [
      "/channels/:channel/messages/pins/:message",
      "/channels/:channel/pins/:message",
    ]) {
      this.on("PUT", base, ({ params }) =>
        this.inChannel(params.channel, P.PinMessages, (channel) =>
          this.pin(channel.id, params.message ?? ""),
        ),
      );
      this.on("DELETE", base, ({ params }) =>
        this.inChannel(params.channel, P.PinMessages, (channel) =>
          this.unpin(channel.id, params.message ?? ""),
        ),
      );
    }
    this.on("GET", "/channels/:channel/messages/:message", ({ params }) =>
      this.inChannel(params.channel, P.ReadMessageHistory, (channel) => {
        const stored = state.channelMessage(channel.id, params.message ?? "");
        return stored ? ok(stored.message) : Errors.unknownMessage();
      }),
    );
    this.on("PATCH", "/channels/:channel/messages/:message", (ctx) =>
      this.inChannel(ctx.params.channel, 0n, (channel) => {
        const stored = state.channelMessage(channel.id, ctx.params.message ?? "");
        if (!stored) return Errors.unknownMessage();
        if (stored.message.author.id !== state.botId) {
          return fail(403, 50005, "Cannot edit a message authored by another user");
        }
        const body = isObject(ctx.body) ? ctx.body : {};
        const error = validateMessage(body, { partial: true, files: ctx.files.length });
        if (error) return badForm(error);
        const message = state.editMessage(stored.message, body);
        this.dispatchMessage("MESSAGE_UPDATE", message);
        return ok(message);
      }),
    );
    this.on("DELETE", "/channels/:channel/messages/:message", ({ params }) =>
      this.inChannel(params.channel, 0n, (channel) => {
        const stored = state.channelMessage(channel.id, params.message ?? "");
        if (!stored) return Errors.unknownMessage();
        if (stored.message.author.id !== state.botId && !this.can(channel.id, P.ManageMessages)) {
          return Errors.missingPermissions();
        }
        state.deleteMessage(stored.message.id);
        this.host.gateway.dispatch(
          "MESSAGE_DELETE",
          { id: stored.message.id, channel_id: channel.id, guild_id: state.guildId },
          { intent: Intent.GuildMessages },
        );
        return noContent();
      }),
    );
  }

  // ---- helpers -------------------------------------------------------------------------------

  private applicationJson(): Json {
    const { state } = this.host;
    const bot = state.user(state.botId);
    return {
      id: state.applicationId,
      name: bot.username,
      icon: null,
      description: "",
      summary: "",
      type: null,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: "0".repeat(64),
      flags: 0,
      team: null,
      owner: state.user(FAKE_IDS.owner),
      bot: { ...bot, bot: true },
      guild_id: null,
      approximate_guild_count: 1,
      approximate_user_install_count: 0,
      interactions_endpoint_url: null,
      role_connections_verification_url: null,
      redirect_uris: [],
      tags: [],
      integration_types_config: { "0": {} },
      install_params: { scopes: ["bot", "applications.commands"], permissions: "0" },
      hook: true,
      is_monetized: false,
      storefront_available: false,
      event_webhooks_status: 1,
    };
  }

  private withCommands(
    ctx: Ctx,
    fn: (list: ReturnType<FakeState["overwriteCommands"]>) => Reply,
  ): Reply {
    const { state } = this.host;
    if (ctx.params.app !== state.applicationId) {
      return fail(403, 20012, "You are not authorized to perform this action on this application");
    }
    if (ctx.params.guild !== undefined && ctx.params.guild !== state.guildId) {
      return Errors.missingAccess();
    }
    const list = ctx.params.guild
      ? (state.guildCommands.get(ctx.params.guild) ?? [])
      : state.globalCommands;
    return fn(list);
  }

  private setCommands(
    guildId: string | undefined,
    list: ReturnType<FakeState["overwriteCommands"]>,
  ) {
    if (guildId) this.host.state.guildCommands.set(guildId, list);
    else this.host.state.globalCommands = list;
  }

  /** True when the bot has all `bits` in the channel (always true when not enforcing). */
  private can(channelId: string, bits: bigint): boolean {
    if (!this.host.enforcePermissions) return true;
    return (this.host.state.botPermissionsIn(channelId) & bits) === bits;
  }

  private inChannel(
    channelId: string | undefined,
    bits: bigint,
    fn: (channel: NonNullable<ReturnType<FakeState["channels"]["get"]>>) => Reply,
  ): Reply {
    const channel = this.host.state.channels.get(channelId ?? "");
    if (!channel) return Errors.unknownChannel();
    if (!this.can(channel.id, P.ViewChannel)) return Errors.missingAccess();
    if (!this.can(channel.id, bits)) return Errors.missingPermissions();
    return fn(channel);
  }

  private listMessages(channelId: string, query: URLSearchParams): Reply {
    const { state } = this.host;
    const limit = Number(query.get("limit") ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      return badForm(
        invalidFormBody([
          {
            path: ["limit"],
            code: "NUMBER_TYPE_MAX",
            message: "Int value should be between 1 and 100.",
          },
        ]),
      );
    }
    if (!this.can(channelId, P.ReadMessageHistory)) return ok([]);
    const ids = state.channelMessages.get(channelId) ?? [];
    const before = query.get("before");
    const after = query.get("after");
    const around = query.get("around");
    const cmp = (a: string, b: string) =>
      BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0;
    const sorted = [...ids].sort(cmp);
    let picked: string[];
    if (before) picked = sorted.filter((id) => cmp(id, before) < 0).slice(-limit);
    else if (after) picked = sorted.filter((id) => cmp(id, after) > 0).slice(0, limit);
    else if (around) {
      const older = sorted.filter((id) => cmp(id, around) <= 0).slice(-Math.ceil(limit / 2));
      const newer = sorted.filter((id) => cmp(id, around) > 0).slice(0, Math.floor(limit / 2));
      picked = [...older, ...newer];
    } else picked = sorted.slice(-limit);
    return ok(
      picked
        .reverse()
        .map((id) => state.messages.get(id)?.message)
        .filter((m) => m !== undefined),
    );
  }

  private createChannelMessage(channelId: string, ctx: Ctx): Reply {
    const { state } = this.host;
    const body = isObject(ctx.body) ? ctx.body : {};
    const error = validateMessage(body, { files: ctx.files.length });
    if (error) return badForm(error);
    if (
      Array.isArray(body.embeds) &&
      body.embeds.length > 0 &&
      !this.can(channelId, P.EmbedLinks)
    ) {
      // Discord drops embeds silently when the bot lacks Embed Links.
      body.embeds = [];
    }
    if (isObject(body.message_reference)) {
      const refId = String(body.message_reference.message_id ?? "");
      const refChannel = String(body.message_reference.channel_id ?? channelId);
      if (
        !state.channelMessage(refChannel, refId) &&
        body.message_reference.fail_if_not_exists !== false
      ) {
        return badForm(
          invalidFormBody([
            {
              path: ["message_reference"],
              code: "MESSAGE_REFERENCE_UNKNOWN_MESSAGE",
              message: "Unknown message",
            },
          ]),
        );
      }
    }
    const message = state.buildMessage(channelId, state.user(state.botId), {
      ...body,
      attachments: attachmentsFor(ctx.files),
    });
    if (typeof body.flags === "number") message.flags = body.flags & ~EPHEMERAL;
    state.storeMessage(message, { ephemeral: false });
    this.dispatchMessage("MESSAGE_CREATE", message);
    return ok(message);
  }

  private listPins(channelId: string, query: URLSearchParams): Reply {
    const limit = Number(query.get("limit") ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
      return badForm(
        invalidFormBody([
          {
            path: ["limit"],
            code: "NUMBER_TYPE_MAX",
            message: "Int value should be between 1 and 50.",
          },
        ]),
      );
    }
    if (!this.can(channelId, P.ReadMessageHistory)) return ok({ items: [], has_more: false });
    const before = query.get("before");
    const beforeMs = before ? Date.parse(before) : Number.POSITIVE_INFINITY;
    const pins = this.host.state.pinsOf(channelId).filter((p) => Date.parse(p.pinnedAt) < beforeMs);
    return ok({
      items: pins.slice(0, limit).map((p) => ({ pinned_at: p.pinnedAt, message: p.message })),
      has_more: pins.length > limit,
    });
  }

  private pin(channelId: string, messageId: string): Reply {
    const { state } = this.host;
    const stored = state.channelMessage(channelId, messageId);
    if (!stored) return Errors.unknownMessage();
    if (stored.message.pinned) return noContent();
    if ((state.pins.get(channelId)?.length ?? 0) >= MAX_PINS) return Errors.maxPins();
    state.addPin(channelId, messageId, iso());
    this.pinsChanged(channelId, stored.message);
    // Discord announces a pin with a system message (type 6) that references the pinned message.
    const notice = state.buildMessage(channelId, state.user(state.botId), {}, { type: 6 });
    notice.message_reference = {
      type: 0,
      channel_id: channelId,
      guild_id: state.guildId,
      message_id: messageId,
    };
    state.storeMessage(notice, { ephemeral: false });
    this.dispatchMessage("MESSAGE_CREATE", notice);
    return noContent();
  }

  private unpin(channelId: string, messageId: string): Reply {
    const { state } = this.host;
    const stored = state.channelMessage(channelId, messageId);
    if (!stored) return Errors.unknownMessage();
    if (state.removePin(channelId, messageId)) this.pinsChanged(channelId, stored.message);
    return noContent();
  }

  private pinsChanged(channelId: string, message: ApiMessage): void {
    const { state, gateway } = this.host;
    gateway.dispatch(
      "CHANNEL_PINS_UPDATE",
      {
        guild_id: state.guildId,
        channel_id: channelId,
        last_pin_timestamp: state.channels.get(channelId)?.lastPinTimestamp ?? null,
      },
      { intent: Intent.Guilds },
    );
    this.dispatchMessage("MESSAGE_UPDATE", message);
  }

  /** MESSAGE_CREATE/UPDATE for sessions with GuildMessages (content stripped without MessageContent). */
  dispatchMessage(t: "MESSAGE_CREATE" | "MESSAGE_UPDATE", message: ApiMessage): void {
    const { state, gateway } = this.host;
    if ((message.flags & EPHEMERAL) !== 0) return;
    gateway.dispatch(
      t,
      (session: { intents: number }) => {
        const sees =
          (session.intents & Intent.MessageContent) !== 0 ||
          message.author.id === state.botId ||
          message.mentions.some((u) => isObject(u) && u.id === state.botId);
        const member = state.members.has(message.author.id)
          ? state.memberJson(message.author.id)
          : undefined;
        const { user: _user, ...memberWithoutUser } = member ?? {};
        return {
          ...message,
          ...(sees ? {} : { content: "", embeds: [], attachments: [], components: [] }),
          ...(member ? { member: memberWithoutUser } : {}),
        };
      },
      { intent: Intent.GuildMessages },
    );
  }
}

/** Attachment objects for uploaded files (URLs point nowhere). */
export function attachmentsFor(files: readonly UploadedFile[]): Json[] {
  return files.map((file) => {
    const id = snowflake();
    return {
      id,
      filename: file.name,
      size: file.size,
      url: `https://cdn.fake-discord.invalid/attachments/${id}/${file.name}`,
      proxy_url: `https://media.fake-discord.invalid/attachments/${id}/${file.name}`,
      content_type: file.contentType,
    };
  });
}
