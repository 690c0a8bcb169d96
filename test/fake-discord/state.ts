// The fake world: one guild with roles, members, text channels, messages, pins and commands,
// plus the builders that turn it into Discord API objects.
import { FAKE_IDS, snowflake } from "./ids.js";
import {
  channelPermissions,
  DEFAULT_BOT_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  type Overwrite,
  type PermissionContext,
} from "./permissions.js";
import { EPHEMERAL, isObject } from "./validate.js";

export type Json = Record<string, unknown>;

export interface ApiUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot?: boolean;
  public_flags?: number;
  [key: string]: unknown;
}

/** A message as the API returns it. */
export interface ApiMessage {
  id: string;
  channel_id: string;
  author: ApiUser;
  content: string;
  timestamp: string;
  edited_timestamp: string | null;
  tts: boolean;
  mention_everyone: boolean;
  mentions: unknown[];
  mention_roles: string[];
  attachments: unknown[];
  embeds: Json[];
  components: unknown[];
  pinned: boolean;
  type: number;
  flags: number;
  webhook_id?: string;
  application_id?: string;
  interaction_metadata?: Json;
  [key: string]: unknown;
}

export interface RoleState {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
  /** Set on the bot's managed role. */
  botId?: string;
}

export interface MemberState {
  userId: string;
  roles: string[];
  joinedAt: string;
  nick: string | null;
}

export interface ChannelState {
  id: string;
  name: string;
  position: number;
  overwrites: Overwrite[];
  topic: string | null;
  lastMessageId: string | null;
  lastPinTimestamp: string | null;
}

export interface StoredMessage {
  message: ApiMessage;
  /** Ephemeral interaction replies: not in the channel, not fetchable or pinnable. */
  ephemeral: boolean;
}

export interface Pin {
  messageId: string;
  /** ISO timestamp. */
  pinnedAt: string;
}

export type ApiCommand = Json & { id: string; name: string; type: number };

/** Options that shape the fake guild. */
export interface WorldOptions {
  /** Permissions of the bot's managed role (default DEFAULT_BOT_PERMISSIONS, includes PinMessages). */
  botPermissions?: bigint;
  /** Permissions of @everyone (default DEFAULT_EVERYONE_PERMISSIONS). */
  everyonePermissions?: bigint;
  /** Permissions of the "Member" role held by the invoking user FAKE_IDS.user (default 0n). */
  userPermissions?: bigint;
  /** Overwrites on the default text channel FAKE_IDS.channel. */
  channelOverwrites?: Overwrite[];
  guildName?: string;
  channelName?: string;
  botUsername?: string;
}

export const MAX_PINS = 250;

function iso(ms = Date.now()): string {
  return new Date(ms).toISOString();
}

export class FakeState {
  readonly guildId: string = FAKE_IDS.guild;
  readonly botId: string = FAKE_IDS.bot;
  readonly applicationId: string = FAKE_IDS.bot;
  readonly guildName: string;
  readonly users = new Map<string, ApiUser>();
  readonly roles = new Map<string, RoleState>();
  readonly members = new Map<string, MemberState>();
  readonly channels = new Map<string, ChannelState>();
  readonly messages = new Map<string, StoredMessage>();
  /** channel id → message ids, oldest first. */
  readonly channelMessages = new Map<string, string[]>();
  /** channel id → pins, oldest first. */
  readonly pins = new Map<string, Pin[]>();
  globalCommands: ApiCommand[] = [];
  readonly guildCommands = new Map<string, ApiCommand[]>();

  constructor(options: WorldOptions = {}) {
    this.guildName = options.guildName ?? "Fake Guild";
    const joinedAt = iso(Date.now() - 86_400_000);
    this.addUser({ id: FAKE_IDS.bot, username: options.botUsername ?? "FakeBot", bot: true });
    this.addUser({ id: FAKE_IDS.user, username: "reader", global_name: "Reader" });
    this.addUser({ id: FAKE_IDS.owner, username: "owner", global_name: "Owner" });
    this.roles.set(this.guildId, {
      id: this.guildId,
      name: "@everyone",
      permissions: options.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS,
      position: 0,
    });
    this.roles.set(FAKE_IDS.userRole, {
      id: FAKE_IDS.userRole,
      name: "Member",
      permissions: options.userPermissions ?? 0n,
      position: 1,
    });
    this.roles.set(FAKE_IDS.botRole, {
      id: FAKE_IDS.botRole,
      name: options.botUsername ?? "FakeBot",
      permissions: options.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
      position: 2,
      botId: FAKE_IDS.bot,
    });
    this.members.set(FAKE_IDS.bot, {
      userId: FAKE_IDS.bot,
      roles: [FAKE_IDS.botRole],
      joinedAt,
      nick: null,
    });
    this.members.set(FAKE_IDS.user, {
      userId: FAKE_IDS.user,
      roles: [FAKE_IDS.userRole],
      joinedAt,
      nick: null,
    });
    this.members.set(FAKE_IDS.owner, { userId: FAKE_IDS.owner, roles: [], joinedAt, nick: null });
    this.addChannel({
      id: FAKE_IDS.channel,
      name: options.channelName ?? "general",
      overwrites: options.channelOverwrites ?? [],
    });
  }

  /** Another member of the guild, with the reader's role: load tests need many people. */
  addMember(id: string, username: string): void {
    this.addUser({ id, username });
    this.members.set(id, {
      userId: id,
      roles: [FAKE_IDS.userRole],
      joinedAt: new Date().toISOString(),
      nick: null,
    });
  }

  private addUser(user: Partial<ApiUser> & { id: string; username: string }): void {
    const full: ApiUser = {
      discriminator: "0",
      global_name: null,
      avatar: null,
      public_flags: 0,
      ...user,
    };
    this.users.set(full.id, full);
  }

  private addChannel(init: { id: string; name: string; overwrites: Overwrite[] }): void {
    const channel: ChannelState = {
      id: init.id,
      name: init.name,
      position: this.channels.size,
      overwrites: init.overwrites,
      topic: null,
      lastMessageId: null,
      lastPinTimestamp: null,
    };
    this.channels.set(channel.id, channel);
    this.channelMessages.set(channel.id, []);
    this.pins.set(channel.id, []);
  }

  // ---- permissions -------------------------------------------------------------------------

  permissionContext(): PermissionContext {
    const rolePermissions = new Map<string, bigint>();
    for (const role of this.roles.values()) rolePermissions.set(role.id, role.permissions);
    return { guildId: this.guildId, ownerId: FAKE_IDS.owner, rolePermissions };
  }

  /** Effective permissions of a member in a channel. */
  permissionsIn(channelId: string, userId: string, roleIds?: readonly string[]): bigint {
    const channel = this.channels.get(channelId);
    const roles = roleIds ?? this.members.get(userId)?.roles ?? [];
    return channelPermissions(
      this.permissionContext(),
      { userId, roleIds: roles },
      channel?.overwrites ?? [],
    );
  }

  botPermissionsIn(channelId: string): bigint {
    return this.permissionsIn(channelId, this.botId);
  }

  // ---- API objects ---------------------------------------------------------------------------

  user(id: string): ApiUser {
    const user = this.users.get(id);
    if (!user) throw new Error(`fake-discord: unknown user ${id}`);
    return user;
  }

  roleJson(role: RoleState): Json {
    return {
      id: role.id,
      name: role.name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: role.position,
      permissions: role.permissions.toString(),
      managed: role.botId !== undefined,
      mentionable: false,
      flags: 0,
      ...(role.botId ? { tags: { bot_id: role.botId } } : {}),
    };
  }

  memberJson(userId: string, extra: Json = {}): Json {
    const member = this.members.get(userId);
    if (!member) throw new Error(`fake-discord: ${userId} is not a member`);
    return {
      user: this.user(userId),
      nick: member.nick,
      avatar: null,
      banner: null,
      roles: [...member.roles],
      joined_at: member.joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
      ...extra,
    };
  }

  channelJson(channel: ChannelState): Json {
    return {
      id: channel.id,
      type: 0,
      guild_id: this.guildId,
      name: channel.name,
      position: channel.position,
      permission_overwrites: channel.overwrites.map((o) => ({
        id: o.id,
        type: o.type,
        allow: o.allow.toString(),
        deny: o.deny.toString(),
      })),
      topic: channel.topic,
      nsfw: false,
      last_message_id: channel.lastMessageId,
      last_pin_timestamp: channel.lastPinTimestamp,
      rate_limit_per_user: 0,
      parent_id: null,
      flags: 0,
    };
  }

  /** The guild as GET /guilds/{id} returns it. */
  guildJson(): Json {
    return {
      id: this.guildId,
      name: this.guildName,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: FAKE_IDS.owner,
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      widget_channel_id: null,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [...this.roles.values()].map((r) => this.roleJson(r)),
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      max_presences: null,
      max_members: 500000,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: "en-US",
      nsfw_level: 0,
      incidents_data: null,
    };
  }

  /** The GUILD_CREATE dispatch payload. */
  guildCreateJson(): Json {
    return {
      ...this.guildJson(),
      joined_at: this.members.get(this.botId)?.joinedAt,
      large: false,
      unavailable: false,
      member_count: this.members.size,
      members: [...this.members.keys()].map((id) => this.memberJson(id)),
      channels: [...this.channels.values()].map((c) => this.channelJson(c)),
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ---- messages ------------------------------------------------------------------------------

  /** Builds a message from a create body (content, embeds, components, flags). */
  buildMessage(channelId: string, author: ApiUser, body: Json, extra: Partial<ApiMessage> = {}) {
    const content = typeof body.content === "string" ? body.content : "";
    const mentions = [...content.matchAll(/<@!?(\d+)>/g)]
      .map((m) => this.users.get(m[1] ?? ""))
      .filter((u): u is ApiUser => u !== undefined);
    const message: ApiMessage = {
      id: snowflake(),
      channel_id: channelId,
      guild_id: this.guildId,
      author,
      content,
      timestamp: iso(),
      edited_timestamp: null,
      tts: body.tts === true,
      mention_everyone: false,
      mentions,
      mention_roles: [],
      attachments: [],
      embeds: normalizeEmbeds(body.embeds),
      components: Array.isArray(body.components) ? body.components : [],
      pinned: false,
      type: 0,
      flags: typeof body.flags === "number" ? body.flags : 0,
      ...extra,
    };
    return message;
  }

  /** Stores a message; non-ephemeral ones become part of the channel's history. */
  storeMessage(message: ApiMessage, options: { ephemeral?: boolean } = {}) {
    const stored: StoredMessage = {
      message,
      ephemeral: options.ephemeral ?? (message.flags & EPHEMERAL) !== 0,
    };
    this.messages.set(message.id, stored);
    if (!stored.ephemeral) {
      const list = this.channelMessages.get(message.channel_id);
      list?.push(message.id);
      const channel = this.channels.get(message.channel_id);
      if (channel) channel.lastMessageId = message.id;
    }
    return stored;
  }

  /** Applies an edit body to a message (only fields present change). */
  editMessage(message: ApiMessage, body: Json): ApiMessage {
    if (body.content !== undefined)
      message.content = typeof body.content === "string" ? body.content : "";
    if (body.embeds !== undefined) message.embeds = normalizeEmbeds(body.embeds);
    if (body.components !== undefined) {
      message.components = Array.isArray(body.components) ? body.components : [];
    }
    if (typeof body.flags === "number") {
      message.flags = (message.flags & EPHEMERAL) | (body.flags & ~EPHEMERAL);
    }
    message.edited_timestamp = iso();
    return message;
  }

  /** A channel message that is not ephemeral, or undefined. */
  channelMessage(channelId: string, messageId: string): StoredMessage | undefined {
    const stored = this.messages.get(messageId);
    if (!stored || stored.ephemeral || stored.message.channel_id !== channelId) return undefined;
    return stored;
  }

  deleteMessage(messageId: string): void {
    const stored = this.messages.get(messageId);
    if (!stored) return;
    this.messages.delete(messageId);
    const channelId = stored.message.channel_id;
    const list = this.channelMessages.get(channelId);
    if (list) {
      const i = list.indexOf(messageId);
      if (i >= 0) list.splice(i, 1);
    }
    const pins = this.pins.get(channelId);
    if (pins) {
      const i = pins.findIndex((p) => p.messageId === messageId);
      if (i >= 0) pins.splice(i, 1);
    }
  }

  /** Pins, newest first. */
  pinsOf(channelId: string): Array<Pin & { message: ApiMessage }> {
    const pins = this.pins.get(channelId) ?? [];
    return pins
      .map((p) => {
        const stored = this.messages.get(p.messageId);
        return stored ? { ...p, message: stored.message } : undefined;
      })
      .filter((p): p is Pin & { message: ApiMessage } => p !== undefined)
      .reverse();
  }

  addPin(channelId: string, messageId: string, pinnedAt: string): void {
    const pins = this.pins.get(channelId);
    const stored = this.messages.get(messageId);
    if (!pins || !stored) return;
    pins.push({ messageId, pinnedAt });
    pins.sort((a, b) => a.pinnedAt.localeCompare(b.pinnedAt));
    stored.message.pinned = true;
    const channel = this.channels.get(channelId);
    if (channel) channel.lastPinTimestamp = pins.at(-1)?.pinnedAt ?? null;
  }

  removePin(channelId: string, messageId: string): boolean {
    const pins = this.pins.get(channelId);
    if (!pins) return false;
    const i = pins.findIndex((p) => p.messageId === messageId);
    if (i < 0) return false;
    pins.splice(i, 1);
    const stored = this.messages.get(messageId);
    if (stored) stored.message.pinned = false;
    const channel = this.channels.get(channelId);
    if (channel) channel.lastPinTimestamp = pins.at(-1)?.pinnedAt ?? null;
    return true;
  }

  // ---- commands ------------------------------------------------------------------------------

  /** Bulk overwrite; keeps the id of a command whose (type, name) already existed. */
  overwriteCommands(guildId: string | null, body: Json[]): ApiCommand[] {
    const previous = guildId ? (this.guildCommands.get(guildId) ?? []) : this.globalCommands;
    const next = body.map((raw) => {
      const type = typeof raw.type === "number" ? raw.type : 1;
      const old = previous.find((c) => c.type === type && c.name === raw.name);
      return this.buildCommand(guildId, { ...raw, type }, old?.id);
    });
    if (guildId) this.guildCommands.set(guildId, next);
    else this.globalCommands = next;
    return next;
  }

  buildCommand(guildId: string | null, raw: Json, id?: string): ApiCommand {
    const type = typeof raw.type === "number" ? raw.type : 1;
    return {
      application_id: this.applicationId,
      default_member_permissions: null,
      description: "",
      options: [],
      nsfw: false,
      contexts: null,
      integration_types: [0],
      name_localizations: null,
      description_localizations: null,
      ...raw,
      ...(guildId ? { guild_id: guildId } : {}),
      type,
      name: String(raw.name),
      id: id ?? snowflake(),
      version: snowflake(),
    };
  }

  /** The registered chat-input command with that name (guild commands first). */
  findCommand(name: string, type = 1): ApiCommand | undefined {
    const guild = this.guildCommands.get(this.guildId) ?? [];
    return [...guild, ...this.globalCommands].find((c) => c.name === name && c.type === type);
  }
}

function normalizeEmbeds(embeds: unknown): Json[] {
  if (!Array.isArray(embeds)) return [];
  return embeds.filter(isObject).map((e) => ({ type: "rich", ...e }));
}

export { iso };
