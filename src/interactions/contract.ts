import type { SlashCommandBuilder, SlashCommandOptionsOnlyBuilder } from "@discordjs/builders";
import { z } from "zod";
import { buildError } from "../replies/build.js";
import type { AutocompleteChoice, MessagePayload } from "../replies/payload.js";
import type { ServedStory, StoryLibrary } from "../stories/library.js";
import { holds } from "./permissions.js";

/** The commands the bot serves, by name. */
export type CommandSet = ReadonlyMap<string, Command>;

/**
 * What a command reads: the story it answers from (the `story` option, else the channel's, else
 * the default), every story the bot serves, and the command set (for /help).
 */
export interface CommandContext extends ServedStory {
  library: StoryLibrary;
  commands: CommandSet;
}

/** Option values as they arrive from Discord or the console, by option name. */
export type RawOptions = Record<string, string | number | boolean | undefined>;

/**
 * Who is asking, where, with which permissions (bitfields). In the console only the channel is
 * set (the console is one channel of its own) and every permission is the operator's.
 */
export interface Invoker {
  memberPermissions?: bigint;
  appPermissions?: bigint;
  /** The channel the interaction came from: it decides the story when none is asked for. */
  channelId?: string;
  guildId?: string;
  userId?: string;
  /** The story the channel follows, looked up by the service before the command runs. */
  channelStory?: string;
  /**
   * The id this /ask is recorded under, set only where questions are recorded: the answer's
   * vote buttons carry it.
   */
  askId?: string;
}

/** Posting and pinning a message: Discord's to do, carried out by the Discord adapter. */
export interface PinEffect {
  type: "post-and-pin";
  /** The message to post in the channel and pin. */
  message: MessagePayload;
  /** Marks the bot's own pins of this kind, so a newer one replaces the older. */
  marker: string;
}

/** What the moderators' store must do: carried out by the service (src/interactions/service.ts). */
export type StoreEffect =
  | { type: "set-channel-story"; story: string; title: string }
  | { type: "report-gaps"; story: string; days: number; page: number }
  | { type: "forget-me" }
  | { type: "vote"; askId: string; helpful: boolean };

/** Something beyond replying. */
export type Effect = PinEffect | StoreEffect;

/** What a recorded /ask leaves in the store beside its status. */
export interface AskTrace {
  question: string;
  /** The curated records or article sentences the answer cited. */
  answerIds: string[];
  score: number | null;
}

export type Status = "answered" | "not_found" | "error";

/** What a command turns its options into: a reply and, where needed, an effect. */
export interface CommandResult {
  status: Status;
  /** The excerpts the reply shows as its answer, most relevant first. */
  citations: { paragraph: number; text: string }[];
  reply: MessagePayload;
  effect?: Effect;
  /** The story that answered: set by the dispatcher for every command that reads a story. */
  story?: string;
  /** Why an error reply was given, in a few words, for the operators' log. */
  reason?: string;
  /** Present where the interaction is recorded: an /ask's question and what answered it. */
  trace?: AskTrace;
  /** A button's answer replaces the message it is on instead of replying beside it. */
  update?: boolean;
}

/** The option being typed, as autocomplete sees it: partial and unvalidated. */
export interface FocusedOption {
  name: string;
  value: string;
}

export interface Command {
  data: SlashCommandBuilder | SlashCommandOptionsOnlyBuilder;
  execute(context: CommandContext, options: RawOptions, invoker?: Invoker): CommandResult;
  autocomplete?(context: CommandContext, focused: FocusedOption): AutocompleteChoice[];
}

/** A bad option: the command answers with this message, ephemerally. */
export class OptionError extends Error {}

/** Reads a command's options with its zod schema; a bad value becomes a clear OptionError. */
export function readOptions<Schema extends z.ZodType>(
  schema: Schema,
  options: RawOptions,
): z.infer<Schema> {
  const result = schema.safeParse(options);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue?.path[0];
  throw new OptionError(
    name === undefined
      ? (issue?.message ?? "Bad options.")
      : `Option \`${String(name)}\`: ${issue?.message}`,
  );
}

/** A text option: trimmed, non-empty, at most `max` characters (Discord's own cap is 6000). */
export const textOption = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} cannot be empty.`)
    .max(max, `${label} is too long (at most ${max} characters).`);

/** A refusal or error as a command result: the message, ephemeral, no citations, and why. */
export function errorResult(message: string, reason: string): Omit<CommandResult, "effect"> {
  return { status: "error", citations: [], reply: buildError(message), reason };
}

/** Whether the member holds a permission; the console (no permissions sent) is the operator. */
export function memberMay(invoker: Invoker | undefined, permission: bigint): boolean {
  const held = invoker?.memberPermissions;
  return held === undefined || holds(held, permission);
}
