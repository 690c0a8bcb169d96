import type { AutocompleteChoice, MessagePayload } from "../replies/payload.js";
import type { FocusedOption, Invoker, RawOptions } from "./contract.js";

/** The interactions the bot answers. */
export type InteractionKind = "command" | "autocomplete" | "button";

/**
 * One interaction as every delivery mode hands it to the router: what was asked, by whom and
 * where. The gateway builds it from a discord.js interaction, the HTTP endpoint from the signed
 * JSON Discord posted.
 */
export interface Incoming {
  id: string;
  kind: InteractionKind;
  /** The command's name, or the button's custom id. */
  name: string;
  options: RawOptions;
  /** Autocomplete: the option being typed. */
  focused?: FocusedOption;
  invoker: Invoker & { userId: string };
  /** For audit-log reasons: "/pin-summary by <username>". */
  username: string;
  /** The server the interaction came from; undefined in DMs. */
  guildId?: string;
}

/**
 * How an interaction is answered, whatever carried it. The first response is one of `reply`,
 * `update`, `defer` or `choices`; after it, `edit` (of a deferred reply) and `followUp`.
 */
export interface Responder {
  /** A message (callback type 4). */
  reply(payload: MessagePayload): Promise<void>;
  /** The clicked message changed (type 7): buttons only. */
  update(payload: MessagePayload): Promise<void>;
  /** "Thinking…", answered later by `edit` (type 5). */
  defer(ephemeral: boolean): Promise<void>;
  /** Autocomplete choices (type 8). */
  choices(choices: AutocompleteChoice[]): Promise<void>;
  /** Replaces the deferred reply. */
  edit(payload: MessagePayload): Promise<void>;
  followUp(payload: MessagePayload): Promise<void>;
  /** What has been sent: nothing yet, a defer, or a first response. */
  readonly state: "fresh" | "deferred" | "answered";
}
