import { DiscordAPIError, HTTPError } from "discord.js";
import { ConfigError } from "../config.js";

/** One line for a script's failure: configuration, Discord's answer, or the error's message. */
export function describeFailure(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) {
      return "Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the developer portal (Bot → Reset Token).";
    }
    if (error.status === 403 || error.code === 50001) {
      return `Discord refused (${error.status}, code ${error.code}): is the bot in that server, invited with the applications.commands scope? (${error.method} ${error.url})`;
    }
    return `Discord answered ${error.status} (code ${error.code}): ${error.message}`;
  }
  if (error instanceof HTTPError) return `Discord answered ${error.status} ${error.message}`;
  if (error instanceof Error && error.cause instanceof Error) {
    return `${error.message}: ${error.cause.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
