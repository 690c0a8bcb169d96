import { PermissionFlagsBits } from "discord-api-types/v10";
import type { Invoker } from "../interactions/contract.js";
import { holds } from "../interactions/permissions.js";

/** What the bot itself needs in a channel to post and pin a summary there. */
export const BOT_PIN_PERMISSIONS = {
  ViewChannel: PermissionFlagsBits.ViewChannel,
  SendMessages: PermissionFlagsBits.SendMessages,
  EmbedLinks: PermissionFlagsBits.EmbedLinks,
  ReadMessageHistory: PermissionFlagsBits.ReadMessageHistory,
  PinMessages: PermissionFlagsBits.PinMessages,
} as const;

const READABLE: Record<keyof typeof BOT_PIN_PERMISSIONS, string> = {
  ViewChannel: "View Channel",
  SendMessages: "Send Messages",
  EmbedLinks: "Embed Links",
  ReadMessageHistory: "Read Message History",
  PinMessages: "Pin Messages",
};

/**
 * Why a summary cannot be pinned here, or undefined: the member needs Pin Messages (servers can
 * override the command's default permission), the bot needs each of {@link BOT_PIN_PERMISSIONS}.
 */
export function missingPinPermissions(invoker: Invoker): string | undefined {
  if (invoker.memberPermissions !== undefined) {
    if (!holds(invoker.memberPermissions, PermissionFlagsBits.PinMessages)) {
      return "You need the Pin Messages permission in this channel to pin the summary.";
    }
  }
  if (invoker.appPermissions !== undefined) {
    const bot = invoker.appPermissions;
    const missing = (
      Object.keys(BOT_PIN_PERMISSIONS) as (keyof typeof BOT_PIN_PERMISSIONS)[]
    ).filter((name) => !holds(bot, BOT_PIN_PERMISSIONS[name]));
    if (missing.length > 0) {
      return `I can't pin here: I'm missing ${missing.map((name) => READABLE[name]).join(", ")} in this channel. Ask an admin to grant it.`;
    }
  }
  return undefined;
}
