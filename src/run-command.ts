import {
  type CommandResult,
  errorResult,
  type Invoker,
  OptionError,
  type RawOptions,
  type StoryContext,
} from "./command.js";
import type { CommandSet } from "./load-commands.js";
import { buildReply, SHOW_PARAGRAPH_PREFIX } from "./replies/build.js";
import { LIMITS } from "./replies/limits.js";
import { type AutocompleteChoice, autocompleteChoicesSchema } from "./replies/payload.js";
import { inert } from "./replies/text.js";
import { paragraphText } from "./story/article.js";

/**
 * Runs a slash command by name: the one path from options to a reply for the console, the
 * Discord adapter and the tests. Unknown commands and bad options become clear error replies.
 */
export function runCommand(
  commands: CommandSet,
  context: StoryContext,
  name: string,
  options: RawOptions,
  invoker?: Invoker,
): CommandResult {
  const command = commands.get(name);
  if (!command) {
    return errorResult(
      `There is no /${inert(name)} command. Try ${[...commands.keys()].map((known) => `/${known}`).join(", ")}.`,
    );
  }
  try {
    return command.execute(context, options, invoker);
  } catch (error) {
    if (error instanceof OptionError) return errorResult(`/${name}: ${error.message}`);
    throw error;
  }
}

/** Autocomplete choices for a command's focused option; at most 25, checked against Discord's limits. */
export function runAutocomplete(
  commands: CommandSet,
  context: StoryContext,
  name: string,
  focused: { name: string; value: string },
): AutocompleteChoice[] {
  const command = commands.get(name);
  const choices = command?.autocomplete?.(context, focused) ?? [];
  return autocompleteChoicesSchema.parse(choices.slice(0, LIMITS.autocompleteChoices));
}

/** The "Show ¶N" button: the whole paragraph, verbatim, only to the person who clicked. */
export function runButton(context: StoryContext, customId: string): CommandResult {
  const digits = customId.startsWith(SHOW_PARAGRAPH_PREFIX)
    ? customId.slice(SHOW_PARAGRAPH_PREFIX.length)
    : "";
  const number = /^\d{1,6}$/.test(digits) ? Number(digits) : Number.NaN;
  const text = Number.isNaN(number) ? undefined : paragraphText(context.story.article, number);
  if (text === undefined)
    return errorResult("That button is out of date; ask again to get a fresh answer.");
  const citation = { paragraph: number, text };
  return {
    status: "answered",
    citations: [citation],
    reply: buildReply({ title: `Paragraph ${number}`, excerpts: [citation], ephemeral: true }),
  };
}
