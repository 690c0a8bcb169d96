import { RESTJSONErrorCodes } from "discord-api-types/v10";
import type { DiscordAPIError, HTTPError } from "./discordjs-rest.js";

// Errors are recognised by their shape, not `instanceof`: this module is on every mode's path,
// and @discordjs/rest (with undici, ~0.25 s and ~20 MB) is loaded only where REST is used.

/** Discord answered with a JSON error: @discordjs/rest names these "DiscordAPIError[code]". */
function isDiscordAPIError(error: unknown): error is DiscordAPIError {
  return (
    error instanceof Error &&
    error.name.startsWith("DiscordAPIError") &&
    typeof (error as Partial<DiscordAPIError>).status === "number"
  );
}

/** Discord answered with an HTTP error and no JSON body. */
function isHTTPError(error: unknown): error is HTTPError {
  return (
    error instanceof Error &&
    error.name === "HTTPError" &&
    typeof (error as Partial<HTTPError>).status === "number"
  );
}

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
  if (isDiscordAPIError(error)) {
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
  if (isHTTPError(error)) return error.status >= 500 ? "discord-down" : undefined;
  if (error instanceof Error && error.name === "AbortError") return "discord-down";
  return undefined;
}

/** The HTTP status of a REST error, for logs. */
export function statusOf(error: unknown): number | undefined {
  return isDiscordAPIError(error) || isHTTPError(error) ? error.status : undefined;
}

/** Discord's JSON error code of a REST error, as " (Discord error 50013)", or "". */
export function discordCodeOf(error: unknown): string {
  return isDiscordAPIError(error) && typeof error.code === "number"
    ? ` (Discord error ${error.code})`
    : "";
}

/**
 * Why something failed, in one line for the operators' log: Discord's code and status where
 * Discord answered, else the error's own message. Never the request's URL or body, which carry
 * the interaction token.
 */
export function reasonOf(error: unknown): string {
  if (isDiscordAPIError(error)) {
    return `Discord ${error.method.toUpperCase()} ${error.status}: ${error.message}${discordCodeOf(error)}`;
  }
  if (isHTTPError(error))
    return `Discord ${error.method.toUpperCase()} ${error.status}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
