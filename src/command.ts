import type { SlashCommandBuilder, SlashCommandOptionsOnlyBuilder } from "discord.js";
import { z } from "zod";
import { buildError } from "./replies/build.js";
import type { AutocompleteChoice, MessagePayload } from "./replies/payload.js";
import type { Retriever } from "./retrieval/retriever.js";
import type { Story } from "./story/story.js";

/** What every command may read: the story, its indexes and the command set, built once at load. */
export interface StoryContext {
  story: Story;
  retriever: Retriever;
  commands: ReadonlyMap<string, Command>;
}

/** Option values as they arrive from Discord or the console, by option name. */
export type RawOptions = Record<string, string | number | boolean | undefined>;

/** Who is asking, where, with which permissions (bitfields); absent in the console. */
export interface Invoker {
  memberPermissions?: bigint;
  appPermissions?: bigint;
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
}

export interface Command {
  data: SlashCommandBuilder | SlashCommandOptionsOnlyBuilder;
  execute(context: StoryContext, options: RawOptions, invoker?: Invoker): CommandResult;
  autocomplete?(
    context: StoryContext,
    focused: { name: string; value: string },
  ): AutocompleteChoice[];
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
