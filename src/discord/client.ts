import { Client, type ClientOptions, GatewayIntentBits, Options } from "discord.js";
import type { Config } from "../config.js";

/**
 * Caches sized for a bot that only answers interactions: it never reads messages, members,
 * presences or emojis, so those caches hold nothing (the bot's own member and user excepted).
 * Guilds, channels and roles stay cached in full: discord.js needs them and they are small.
 */
const makeCache = Options.cacheWithLimits({
  MessageManager: 0,
  ReactionManager: 0,
  ReactionUserManager: 0,
  PresenceManager: 0,
  VoiceStateManager: 0,
  StageInstanceManager: 0,
  GuildEmojiManager: 0,
  GuildStickerManager: 0,
  GuildScheduledEventManager: 0,
  GuildInviteManager: 0,
  GuildBanManager: 0,
  AutoModerationRuleManager: 0,
  ApplicationCommandManager: 0,
  ThreadMemberManager: 0,
  GuildMemberManager: {
    maxSize: 0,
    keepOverLimit: (member) => member.id === member.client.user.id,
  },
  UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
});

/**
 * The discord.js client: the Guilds intent only (interactions need no other), small caches, no
 * pings by default, and REST pointed at `DISCORD_API_BASE` when set (discord.js appends /v10).
 */
export function createClient(
  config: Pick<Config, "DISCORD_API_BASE">,
  extra: Partial<ClientOptions> = {},
): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    makeCache,
    allowedMentions: { parse: [] },
    ...extra,
    rest: {
      ...(config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {}),
      ...extra.rest,
    },
  });
}
