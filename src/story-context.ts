import type { StoryContext } from "./command.js";
import type { CommandSet } from "./load-commands.js";
import { Retriever } from "./retrieval/retriever.js";
import { loadStory } from "./story/load.js";

/** Loads and checks a story and builds its indexes, once. */
export function createStoryContext(dir: string, commands: CommandSet): StoryContext {
  const story = loadStory(dir);
  return { story, retriever: new Retriever(story), commands };
}

/** The footer every cited reply carries. */
export function storyFooter(context: StoryContext): string {
  return `${context.story.meta.title} · excerpts are verbatim from the article`;
}
