import type { SlashCommandBuilder, SlashCommandOptionsOnlyBuilder } from "discord.js";
import { z } from "zod";
import { buildError } from "../replies/build.js";
import type { AutocompleteChoice, MessagePayload } from "../replies/payload.js";
import type { ServedStory, StoryLibrary } from "../stories/library.js";

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

/** Who is asking, where, with which permissions (bitfields); absent in the console. */
export interface Invoker {
  memberPermissions?: bigint;
  appPermissions?: bigint;
  /** The channel the interaction came from: it decides the story when none is asked for. */
  channelId?: string;
}

/** Something Discord must do beyond replying, carried out by the Discord adapter. */
export type Effect = {
  type: "post-and-pin";
  /** The message to post in the channel and pin. */
  message: MessagePayload;
  /** Marks the bot's own pins of this kind, so a newer one replaces the older. */
  marker: string;
};

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

/** A refusal or error as a command result: the message, ephemeral, no citations. */
export function errorResult(message: string): CommandResult {
  return { status: "error", citations: [], reply: buildError(message) };
}
