// Discord REST routes the bot uses: gateway info, the bot user, the application, commands,
// channel messages and pins.
import type { FakeGateway } from "./gateway.js";
import { Intent } from "./gateway.js";
import { FAKE_IDS } from "./ids.js";
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
} from "./rest.js";
import { type FakeState, iso, type Json, MAX_PINS } from "./state.js";
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
  readonly enforcePermissions: boolean;
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
    }

    // Channel messages and pins.
    this.on("POST", "/channels/:channel/messages", (ctx) =>
      this.inChannel(ctx.params.channel, P.SendMessages, (channel) =>
        this.createChannelMessage(channel.id, ctx),
      ),
    );
    this.on("GET", "/channels/:channel/messages/pins", ({ params, query }) =>
      this.inChannel(params.channel, 0n, (channel) => this.listPins(channel.id, query)),
    );
    this.on("PUT", "/channels/:channel/messages/pins/:message", ({ params }) =>
      this.inChannel(params.channel, P.PinMessages, (channel) =>
        this.pin(channel.id, params.message ?? ""),
      ),
    );
    this.on("DELETE", "/channels/:channel/messages/pins/:message", ({ params }) =>
      this.inChannel(params.channel, P.PinMessages, (channel) =>
        this.unpin(channel.id, params.message ?? ""),
      ),
    );
    this.on("DELETE", "/channels/:channel/messages/:message", ({ params }) =>
      this.inChannel(params.channel, 0n, (channel) => {
        const stored = state.channelMessage(channel.id, params.message ?? "");
        if (!stored) return Errors.unknownMessage();
        if (stored.message.author.id !== state.botId && !this.can(channel.id, P.ManageMessages)) {
          return Errors.missingPermissions();
        }
        state.deleteMessage(stored.message.id);
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

  private createChannelMessage(channelId: string, ctx: Ctx): Reply {
    const { state } = this.host;
    const body = isObject(ctx.body) ? ctx.body : {};
    const error = validateMessage(body);
    if (error) return badForm(error);
    if (
      Array.isArray(body.embeds) &&
      body.embeds.length > 0 &&
      !this.can(channelId, P.EmbedLinks)
    ) {
      // Discord drops embeds silently when the bot lacks Embed Links.
      body.embeds = [];
    }
    const message = state.buildMessage(channelId, state.user(state.botId), body);
    if (typeof body.flags === "number") message.flags = body.flags & ~EPHEMERAL;
    state.storeMessage(message, { ephemeral: false });
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
    this.pinsChanged(channelId);
    // Discord announces a pin with a system message (type 6) that references the pinned message.
    const notice = state.buildMessage(channelId, state.user(state.botId), {}, { type: 6 });
    notice.message_reference = {
      type: 0,
      channel_id: channelId,
      guild_id: state.guildId,
      message_id: messageId,
    };
    state.storeMessage(notice, { ephemeral: false });
    return noContent();
  }

  private unpin(channelId: string, messageId: string): Reply {
    const { state } = this.host;
    const stored = state.channelMessage(channelId, messageId);
    if (!stored) return Errors.unknownMessage();
    if (state.removePin(channelId, messageId)) this.pinsChanged(channelId);
    return noContent();
  }

  private pinsChanged(channelId: string): void {
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
  }
}
