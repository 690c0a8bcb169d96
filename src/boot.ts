import type { StoryContext } from "./command.js";
import { loadCommands } from "./load-commands.js";
import type { Logger } from "./log.js";
import { resolveStoryDir } from "./stories.js";
import { createStoryContext } from "./story-context.js";

/** Loads the commands and the story (checking its data) and logs what was loaded. */
export async function boot(storyId: string | undefined, logger: Logger): Promise<StoryContext> {
  const started = performance.now();
  const commands = await loadCommands((message) => logger.warn(message));
  const context = createStoryContext(resolveStoryDir(storyId), commands);
  const { story } = context;
  logger.info(
    {
      story: story.meta.id,
      paragraphs: story.article.paragraphs.length,
      records: {
        entities: story.entities.length,
        quotes: story.quotes.length,
        attendance: story.attendance.length,
        qa: story.qa.length,
        timeline: story.timeline.length,
      },
      commands: [...commands.keys()],
      ms: Math.round(performance.now() - started),
    },
    "story loaded",
  );
  return context;
}
