import { join } from "node:path";
import { type Config, ConfigError } from "../config.js";
import type { Logger } from "../log.js";
import type { Metrics } from "../metrics.js";
import { CACHE_DIR } from "../paths.js";
import { KindsCache } from "../retrieval/kinds-cache.js";
import { describeStore, locateStore, openStore } from "../store/open.js";
import { STORIES_ROOT, StoryLibrary, UnknownStoryError } from "../stories/library.js";
import { listStoryDirs } from "../story/load.js";
import { Dispatcher } from "./dispatch.js";
import { loadCommands } from "./load-commands.js";
import { Service } from "./service.js";

/** Where the answer kinds of served sentences are kept between starts (var/ is git-ignored). */
const KINDS_CACHE_FILE = join(CACHE_DIR, "answer-kinds.json");

/**
 * Loads the commands and every story (checking its data, building its indexes) and logs what was
 * loaded: one line per story with its record counts.
 */
export async function boot(
  config: Pick<Config, "STORY">,
  logger: Logger,
  /** The story folders to serve: every one under data/stories unless a test names its own. */
  dirs: string[] = listStoryDirs(STORIES_ROOT),
): Promise<Dispatcher> {
  const started = performance.now();
  const commands = await loadCommands((message) => logger.warn(message));
  let library: StoryLibrary;
  const kinds = new KindsCache(KINDS_CACHE_FILE);
  try {
    library = StoryLibrary.load(dirs, { defaultId: config.STORY, kindsOf: kinds.kindsOf });
  } catch (error) {
    if (error instanceof UnknownStoryError) throw new ConfigError(`STORY=${error.message}`);
    throw error;
  }
  try {
    kinds.save();
  } catch (error) {
    logger.warn(
      { file: KINDS_CACHE_FILE, reason: (error as Error).message },
      "could not save the answer-kinds cache: the next start computes them again",
    );
  }
  for (const { story } of library.stories) {
    logger.info(
      {
        story: story.id,
        default: story.id === library.defaultStory.story.id,
        paragraphs: story.article.paragraphs.length,
        records: {
          entities: story.entities.length,
          quotes: story.quotes.length,
          attendance: story.attendance.length,
          qa: story.qa.length,
          timeline: story.timeline.length,
        },
      },
      "story loaded",
    );
  }
  logger.info(
    {
      stories: library.ids,
      commands: [...commands.keys()],
      ms: Math.round(performance.now() - started),
    },
    "ready to answer",
  );
  return new Dispatcher(commands, library);
}

/**
 * Everything `npm start` serves: the stories and commands (boot), and the moderators' store
 * DATABASE_URL names, migrated, with old rows pruned now and hourly.
 */
export async function serve(
  config: Pick<Config, "STORY" | "DATABASE_URL" | "RETENTION_DAYS">,
  logger: Logger,
  { dirs, metrics }: { dirs?: string[]; metrics?: Metrics } = {},
): Promise<Service> {
  const dispatcher = await boot(config, logger, dirs);
  const location = locateStore(config.DATABASE_URL);
  const store = await openStore(location, { retentionDays: config.RETENTION_DAYS, logger });
  logger.info(
    { store: describeStore(location), retentionDays: config.RETENTION_DAYS },
    "question store open",
  );
  const service = new Service(dispatcher, store, logger, metrics);
  service.startPruning();
  return service;
}
