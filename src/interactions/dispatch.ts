import { buildReply } from "../replies/build.js";
import { parseParagraphButton } from "../replies/buttons.js";
import { LIMITS } from "../replies/limits.js";
import { type AutocompleteChoice, autocompleteChoicesSchema } from "../replies/payload.js";
import { inert } from "../replies/text.js";
import { type StoryLibrary, UnknownStoryError } from "../stories/library.js";
import { paragraphText } from "../story/article.js";
import {
  type Command,
  type CommandContext,
  type CommandResult,
  type CommandSet,
  errorResult,
  type FocusedOption,
  type Invoker,
  OptionError,
  type RawOptions,
} from "./contract.js";
import { readsStory, STORY_OPTION, storyChoices } from "./story-option.js";

/**
 * The one path from an interaction to a reply, shared by the console, the Discord adapter and
 * the tests: finds the command, chooses the story it reads (the `story` option, else the
 * channel's, else the default), runs it, and turns unknown commands, unknown stories and bad
 * options into clear error replies.
 */
export class Dispatcher {
  constructor(
    readonly commands: CommandSet,
    readonly library: StoryLibrary,
  ) {}

  /** The commands by name, for messages that list them. */
  private knownCommands(): string {
    return [...this.commands.keys()].map((name) => `/${name}`).join(", ");
  }

  private contextFor(options: RawOptions, invoker: Invoker | undefined): CommandContext {
    const requested = options[STORY_OPTION];
    const served = this.library.choose(
      typeof requested === "string" && requested.trim() !== "" ? requested.trim() : undefined,
      invoker?.channelStory,
    );
    return { ...served, library: this.library, commands: this.commands };
  }

  /** Runs a slash command by name. */
  run(name: string, options: RawOptions, invoker?: Invoker): CommandResult {
    const command = this.commands.get(name);
    if (!command) {
      return errorResult(
        `There is no /${inert(name)} command. Try ${this.knownCommands()}.`,
        "unknown command",
      );
    }
    try {
      const context = this.contextFor(options, invoker);
      const result = command.execute(context, options, invoker);
      return readsStory(command) ? { ...result, story: context.story.id } : result;
    } catch (error) {
      if (error instanceof UnknownStoryError) return unknownStory(error);
      if (error instanceof OptionError)
        return errorResult(`/${name}: ${error.message}`, "bad option");
      throw error;
    }
  }

  /**
   * Autocomplete choices for the focused option, following the story the other options chose;
   * at most 25, checked against Discord's limits.
   */
  autocomplete(
    name: string,
    options: RawOptions,
    focused: FocusedOption,
    invoker?: Invoker,
  ): AutocompleteChoice[] {
    const command = this.commands.get(name);
    if (!command) return [];
    // Discord sends what is being typed unchecked: no more of it reaches the matcher than the
    // option itself accepts.
    const option = command.data
      .toJSON()
      .options?.find((candidate) => candidate.name === focused.name);
    const max =
      option && "max_length" in option && option.max_length
        ? option.max_length
        : LIMITS.choiceValue;
    const choices = this.choicesFor(
      command,
      options,
      { ...focused, value: focused.value.slice(0, max) },
      invoker,
    );
    return autocompleteChoicesSchema.parse(choices.slice(0, LIMITS.autocompleteChoices));
  }

  private choicesFor(
    command: Command,
    options: RawOptions,
    focused: FocusedOption,
    invoker: Invoker | undefined,
  ): AutocompleteChoice[] {
    if (focused.name === STORY_OPTION && readsStory(command)) {
      return storyChoices(this.library, focused.value);
    }
    try {
      return command.autocomplete?.(this.contextFor(options, invoker), focused) ?? [];
    } catch (error) {
      // A story id being typed names no story yet: nothing to suggest until it does.
      if (error instanceof UnknownStoryError) return [];
      throw error;
    }
  }

  /** The "Show ¶N" button: the whole paragraph, verbatim, only to the person who clicked. */
  button(customId: string): Omit<CommandResult, "effect"> {
    const target = parseParagraphButton(customId);
    const served = target ? this.library.get(target.story) : undefined;
    const text =
      target && served ? paragraphText(served.story.article, target.paragraph) : undefined;
    if (!target || !served || text === undefined) {
      return errorResult(
        "That button is out of date; ask again to get a fresh answer.",
        "stale button",
      );
    }
    const citation = { paragraph: target.paragraph, text };
    return {
      status: "answered",
      citations: [citation],
      story: served.story.id,
      reply: buildReply({
        title: `Paragraph ${target.paragraph}`,
        excerpts: [citation],
        story: served.story,
        ephemeral: true,
      }),
    };
  }
}

function unknownStory(error: UnknownStoryError): CommandResult {
  return errorResult(
    `There is no story “${inert(error.id)}”. The stories are: ${error.known.join(", ")} (see /stories).`,
    "unknown story",
  );
}
