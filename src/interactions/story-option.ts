import type { SlashCommandStringOption } from "@discordjs/builders";
import { foldText } from "../language/fold.js";
import { LIMITS } from "../replies/limits.js";
import type { AutocompleteChoice } from "../replies/payload.js";
import { truncate } from "../replies/text.js";
import type { StoryLibrary } from "../stories/library.js";
import { MAX_STORY_ID } from "../story/schema.js";
import type { Command } from "./contract.js";

/** The option every command that reads a story takes: a story id, offered by title. */
export const STORY_OPTION = "story";

/** Adds the `story` option: `.addStringOption(storyOption)`. */
export function storyOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return option
    .setName(STORY_OPTION)
    .setDescription("Which story (default: the one this channel follows; see /stories)")
    .setMaxLength(MAX_STORY_ID)
    .setAutocomplete(true);
}

/** Whether a command reads a story: it declares the `story` option. */
export function readsStory(command: Command): boolean {
  return (command.data.toJSON().options ?? []).some((option) => option.name === STORY_OPTION);
}

/** Autocomplete for `story`: the stories whose title or id holds what is typed, newest first. */
export function storyChoices(library: StoryLibrary, typed: string): AutocompleteChoice[] {
  const wanted = foldText(typed).trim();
  return library.stories
    .filter(({ story }) => foldText(`${story.meta.title} ${story.id}`).includes(wanted))
    .slice(0, LIMITS.autocompleteChoices)
    .map(({ story }) => ({
      name: truncate(`${story.meta.title} (${story.id})`, LIMITS.choiceName),
      value: story.id,
    }));
}
