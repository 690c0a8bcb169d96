import { RESTJSONErrorCodes } from "discord-api-types/v10";
import { DiscordAPIError, HTTPError } from "./discordjs-rest.js";

/** The Discord failures the bot explains to people instead of "something went wrong". */
export type DiscordFailure =
  | "pin-limit"
  | "unknown-message"
  | "missing-permissions"
  | "missing-access"
  | "discord-down";

/**
 * Sorts an error from a REST call: the JSON error codes Discord documents (30003, 10008, 50013,
 * 50001), server errors (5xx, also after @discordjs/rest's retries) and timeouts. Anything
 * else is a bug or an unexpected answer: undefined, and the caller's error boundary takes it.
 */
export function classifyDiscordError(error: unknown): DiscordFailure | undefined {
  if (error instanceof DiscordAPIError) {
    switch (error.code) {
      case RESTJSONErrorCodes.MaximumNumberOfPinsReachedForTheChannel:
        return "pin-limit";
      case RESTJSONErrorCodes.UnknownMessage:
        return "unknown-message";
      case RESTJSONErrorCodes.MissingPermissions:
        return "missing-permissions";
      case RESTJSONErrorCodes.MissingAccess:
        return "missing-access";
    }
    return error.status >= 500 ? "discord-down" : undefined;
  }
  if (error instanceof HTTPError) return error.status >= 500 ? "discord-down" : undefined;
  if (error instanceof Error && error.name === "AbortError") return "discord-down";
  return undefined;
}

/** The HTTP status of a REST error, for logs. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof DiscordAPIError || error instanceof HTTPError ? error.status : undefined;
}

/** Discord's JSON error code of a REST error, as " (Discord error 50013)", or "". */
export function discordCodeOf(error: unknown): string {
  return error instanceof DiscordAPIError && typeof error.code === "number"
    ? ` (Discord error ${error.code})`
    : "";
}

/**
 * Why something failed, in one line for the operators' log: Discord's code and status where
 * Discord answered, else the error's own message. Never the request's URL or body, which carry
 * the interaction token.
 */
export function reasonOf(error: unknown): string {
  if (error instanceof DiscordAPIError) {
    return `Discord ${error.method.toUpperCase()} ${error.status}: ${error.message}${discordCodeOf(error)}`;
  }
  if (error instanceof HTTPError)
    return `Discord ${error.method.toUpperCase()} ${error.status}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
