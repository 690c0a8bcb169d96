import type { CommandContext } from "../interactions/contract.js";
import { LIMITS } from "../replies/limits.js";
import type { AutocompleteChoice } from "../replies/payload.js";
import { truncate } from "../replies/text.js";

/** Autocomplete over some of the story's entities: best matches while typing, all when empty. */
export function entityChoices(
  context: CommandContext,
  typed: string,
  allowed: Set<string>,
): AutocompleteChoice[] {
  const { story, retriever } = context;
  const entities = typed.trim()
    ? retriever.entities
        .resolve(typed, (entity) => allowed.has(entity.id))
        .map((candidate) => candidate.entity)
    : story.entities.filter((entity) => allowed.has(entity.id));
  return entities.slice(0, LIMITS.autocompleteChoices).map((entity) => ({
    name: truncate(entity.name, LIMITS.choiceName),
    value: truncate(entity.name, LIMITS.choiceValue),
  }));
}

/** An entity's name by id, for labels; the id itself if the story has no such entity. */
export function entityName(context: CommandContext, id: string | null): string {
  return context.story.entities.find((entity) => entity.id === id)?.name ?? id ?? "";
}
