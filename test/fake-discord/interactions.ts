// Interaction payloads (what Discord sends in INTERACTION_CREATE) and the handle that captures
// everything the bot answers to one interaction.
import { randomBytes } from "node:crypto";
import { FAKE_IDS, snowflake } from "./ids.js";
import type { ApiMessage, FakeState, Json } from "./state.js";
import type { DiscordErrorBody } from "./validate.js";
import { EPHEMERAL } from "./validate.js";

export const InteractionType = {
  Ping: 1,
  ApplicationCommand: 2,
  MessageComponent: 3,
  Autocomplete: 4,
} as const;

export const CallbackType = {
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredUpdateMessage: 6,
  UpdateMessage: 7,
  AutocompleteResult: 8,
} as const;

/** A command option as tests write it; `type` is inferred from `value` when omitted. */
export interface SlashOption {
  name: string;
  value?: string | number | boolean;
  /** 1 sub command, 2 group, 3 string, 4 integer, 5 boolean, 6 user, 7 channel, 8 role, 10 number. */
  type?: number;
  focused?: boolean;
  options?: SlashOption[];
}

/** Who invokes an interaction and with which permissions. */
export interface InvokeOptions {
  /** Invoking user (default FAKE_IDS.user); must be a guild member. */
  userId?: string;
  /** Channel (default FAKE_IDS.channel). */
  channelId?: string;
  /** Overrides member.permissions (default: the user's computed channel permissions). */
  memberPermissions?: bigint;
  /** Overrides app_permissions (default: the bot's computed channel permissions). */
  appPermissions?: bigint;
  locale?: string;
  /** Ms the bot has for its first response (default: the server's interactionDeadlineMs). */
  deadlineMs?: number;
}

/** The body of POST /interactions/{id}/{token}/callback. */
export interface CallbackBody {
  type: number;
  data?: Json;
}

/** A request the fake rejected while the bot answered this interaction. */
export interface RejectedResponse {
  method: string;
  path: string;
  status: number;
  body: DiscordErrorBody;
}

function inferType(option: SlashOption): number {
  if (option.type !== undefined) return option.type;
  if (option.options) return 1;
  if (typeof option.value === "boolean") return 5;
  if (typeof option.value === "number") return Number.isInteger(option.value) ? 4 : 10;
  return 3;
}

export function normalizeOptions(options: readonly SlashOption[]): Json[] {
  return options.map((option) => {
    const out: Json = { name: option.name, type: inferType(option) };
    if (option.value !== undefined) out.value = option.value;
    if (option.focused) out.focused = true;
    if (option.options) out.options = normalizeOptions(option.options);
    return out;
  });
}

/** Builds a full INTERACTION_CREATE payload as Discord sends it for a guild text channel. */
export function buildInteraction(
  state: FakeState,
  type: number,
  data: Json,
  invoke: InvokeOptions = {},
  extra: Json = {},
): Json {
  const userId = invoke.userId ?? FAKE_IDS.user;
  const channelId = invoke.channelId ?? FAKE_IDS.channel;
  const channel = state.channels.get(channelId);
  if (!channel) throw new Error(`fake-discord: unknown channel ${channelId}`);
  const memberPermissions = invoke.memberPermissions ?? state.permissionsIn(channelId, userId);
  const appPermissions = invoke.appPermissions ?? state.botPermissionsIn(channelId);
  return {
    id: snowflake(),
    application_id: state.applicationId,
    type,
    data,
    guild_id: state.guildId,
    guild: { id: state.guildId, locale: "en-US", features: [] },
    channel: { ...state.channelJson(channel), permissions: memberPermissions.toString() },
    channel_id: channelId,
    member: state.memberJson(userId, { permissions: memberPermissions.toString() }),
    token: `fake-interaction-${randomBytes(24).toString("hex")}`,
    version: 1,
    app_permissions: appPermissions.toString(),
    locale: invoke.locale ?? "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": state.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
    ...extra,
  };
}

type Waiter = () => void;

/**
 * Everything the bot sent in answer to one interaction. The arrays fill in as requests arrive;
 * use `waitFor`, `reply` or `settle` to wait for them.
 */
export class InteractionHandle {
  readonly id: string;
  readonly token: string;
  readonly type: number;
  /** The INTERACTION_CREATE payload that was dispatched. */
  readonly payload: Json;
  /** The accepted initial response (first callback that passed validation). */
  callback: CallbackBody | undefined;
  /** Every callback POST body, including rejected ones. */
  readonly callbacks: CallbackBody[] = [];
  /** Bodies of PATCH .../messages/@original, in order. */
  readonly edits: Json[] = [];
  /** Bodies of POST /webhooks/{app}/{token} (follow-ups), in order. */
  readonly followUps: Json[] = [];
  /** Messages created by follow-ups (current state). */
  readonly followUpMessages: ApiMessage[] = [];
  /** Requests for this interaction the fake answered with an error (400 50035, 40060, 10062...). */
  readonly rejected: RejectedResponse[] = [];
  /** Current state of the @original message (the reply, or the clicked message after 6/7). */
  original: ApiMessage | undefined;
  /** When the payload was written to the bot's socket (ms), for the response deadline. */
  deliveredAt: number | undefined;
  /** Delivered over HTTP: the status the bot's endpoint answered with (0: no answer). */
  httpStatus: number | undefined;
  /** Delivered over HTTP and the request failed: why. */
  httpError: string | undefined;
  /** Ms the bot has for its first response after delivery (0 = no limit). */
  deadlineMs = 3000;
  private readonly waiters = new Set<Waiter>();

  constructor(payload: Json) {
    this.payload = payload;
    this.id = String(payload.id);
    this.token = String(payload.token);
    this.type = Number(payload.type);
  }

  /** True when the reply (or the first follow-up) is ephemeral. */
  get ephemeral(): boolean {
    const flags = this.original?.flags ?? this.followUpMessages[0]?.flags ?? 0;
    return (flags & EPHEMERAL) !== 0;
  }

  /** True when the initial response was a defer (type 5 or 6). */
  get deferred(): boolean {
    return this.callback?.type === 5 || this.callback?.type === 6;
  }

  /** The first visible reply, if there is one yet: see `reply()`. */
  get visibleReply(): ApiMessage | undefined {
    const type = this.callback?.type;
    if (this.original) {
      if (type === 4 || type === 7) return this.original;
      if ((type === 5 || type === 6) && this.edits.length > 0) return this.original;
    }
    return this.followUpMessages[0];
  }

  /** Resolves with this handle once `predicate(this)` holds; rejects after `timeoutMs`. */
  waitFor(predicate: (handle: this) => boolean, timeoutMs = 2000): Promise<this> {
    if (predicate(this)) return Promise.resolve(this);
    return new Promise((resolve, reject) => {
      const check: Waiter = () => {
        if (!predicate(this)) return;
        cleanup();
        resolve(this);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `fake-discord: interaction ${this.describe()} waitFor timed out after ${timeoutMs}ms`,
          ),
        );
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }

  /**
   * The first reply the user can see: the message of a type 4/7 callback, the @original message
   * after a defer (type 5/6) has been edited, or else the first follow-up.
   */
  async reply(timeoutMs = 2000): Promise<ApiMessage> {
    await this.waitFor((h) => h.visibleReply !== undefined, timeoutMs);
    const reply = this.visibleReply;
    if (!reply) throw new Error("fake-discord: unreachable");
    return reply;
  }

  /**
   * Waits for a visible reply, then until the bot has been quiet for `quietMs` (no more edits or
   * follow-ups). Read `original`, `edits`, `followUps` afterwards for the final state.
   */
  async settle(quietMs = 100, timeoutMs = 3000): Promise<this> {
    const start = Date.now();
    await this.reply(timeoutMs);
    for (;;) {
      const before = this.activity();
      await new Promise((r) => setTimeout(r, quietMs));
      if (this.activity() === before) return this;
      if (Date.now() - start > timeoutMs) {
        throw new Error(`fake-discord: interaction ${this.describe()} did not settle`);
      }
    }
  }

  /** For the fake: wake up waiters after any change. */
  notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  describe(): string {
    const data = this.payload.data as Json | undefined;
    const name = data?.name ?? data?.custom_id ?? "?";
    return `${this.id} (${String(name)})`;
  }

  private activity(): number {
    return this.callbacks.length + this.edits.length + this.followUps.length + this.rejected.length;
  }
}
