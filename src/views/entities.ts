import type { CommandContext, CommandResult } from "../interactions/contract.js";
import { LIMITS } from "../replies/limits.js";
import type { AutocompleteChoice } from "../replies/payload.js";
import { truncate } from "../replies/text.js";
import { ambiguity } from "../retrieval/entities.js";
import type { Entity } from "../story/schema.js";
import { notFound } from "./not-found.js";

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

/** What a typed name resolves to among some entities: one, several equally, or none. */
export interface Resolution {
  entity?: Entity;
  /** The entities it could equally be, when more than one. */
  ambiguous?: Entity[];
}

export function resolveName(
  context: CommandContext,
  typed: string,
  allowed: Set<string>,
): Resolution {
  const candidates = context.retriever.entities.resolve(typed, (entity) => allowed.has(entity.id));
  const tied = ambiguity(candidates);
  if (tied.length > 1) return { ambiguous: tied.map((candidate) => candidate.entity) };
  const [best] = candidates;
  return best ? { entity: best.entity } : {};
}

/** "“Smith” could be Anna Smith or John Smith": the user picks, the bot does not guess. */
export function whichOne(
  context: CommandContext,
  typed: string,
  entities: Entity[],
): CommandResult {
  return notFound(context, {
    title: "Which one?",
    text: [
      "“",
      { user: typed },
      `” could be ${entities.map((entity) => entity.name).join(" or ")}. Type more of the name, or pick it from the list as you type.`,
    ],
  });
}
