import { join } from "node:path";
import { PROJECT_ROOT } from "../paths.js";
import type { KindsOf } from "../retrieval/answer-kinds.js";
import { Retriever } from "../retrieval/retriever.js";
import { compareDates, latestDate } from "../story/dates.js";
import { loadStory } from "../story/load.js";
import type { Story } from "../story/story.js";

/** Where the served stories live: one folder per story, named by its id. */
export const STORIES_ROOT = join(PROJECT_ROOT, "data", "stories");

/** One story as the bot serves it: its checked records and the indexes built over them, once. */
export interface ServedStory {
  story: Story;
  retriever: Retriever;
}

/** A story id that names no story: the message lists the ones there are. */
export class UnknownStoryError extends Error {
  override name = "UnknownStoryError";

  constructor(
    readonly id: string,
    readonly known: string[],
  ) {
    super(`"${id}" is not a story; the stories are: ${known.join(", ") || "(none)"}`);
  }
}

export interface LibraryOptions {
  /** The default story's id (`STORY`); otherwise the story with the latest date. */
  defaultId?: string | undefined;
  /** Where sentence answer kinds come from (boot's cache); default: computed. */
  kindsOf?: KindsOf | undefined;
}

/** The latest date a story's meta carries: when it was published or the last event it reports. */
function storyDate(story: Story): string | undefined {
  return latestDate([story.meta.publishedAt, ...story.meta.eventDates.map((event) => event.date)]);
}

/** Later dates first; a story with no date after every dated one. */
function newestFirst(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return compareDates(a, b);
  return compareDates(b, a);
}

/**
 * Every story the bot serves, loaded, checked and indexed once at start. Commands read the story
 * asked for, else the channel's, else the default: `STORY` when set, otherwise the story whose
 * meta carries the latest date (ties broken by id).
 */
export class StoryLibrary {
  /** Newest first, as /stories lists them. */
  readonly stories: readonly ServedStory[];
  readonly defaultStory: ServedStory;
  private readonly byId: ReadonlyMap<string, ServedStory>;

  constructor(stories: Story[], options: LibraryOptions = {}) {
    if (stories.length === 0) throw new Error("There are no stories to serve.");
    this.stories = [...stories]
      .sort((a, b) => newestFirst(storyDate(a), storyDate(b)) || a.id.localeCompare(b.id))
      .map((story) => ({ story, retriever: new Retriever(story, options.kindsOf) }));
    this.byId = new Map(this.stories.map((served) => [served.story.id, served]));
    this.defaultStory = options.defaultId
      ? this.require(options.defaultId)
      : (this.stories[0] as ServedStory);
  }

  /** Loads and checks every story folder given; a broken one stops it with that story's problems. */
  static load(dirs: string[], options: LibraryOptions = {}): StoryLibrary {
    return new StoryLibrary(
      dirs.map((dir) => loadStory(dir)),
      options,
    );
  }

  get ids(): string[] {
    return this.stories.map((served) => served.story.id);
  }

  get(id: string): ServedStory | undefined {
    return this.byId.get(id);
  }

  /**
   * The story a command reads: the one asked for, else the channel's (while it is still served),
   * else the default.
   */
  choose(requested: string | undefined, channelStory?: string): ServedStory {
    if (requested !== undefined) return this.require(requested);
    return (channelStory === undefined ? undefined : this.get(channelStory)) ?? this.defaultStory;
  }

  private require(id: string): ServedStory {
    const served = this.get(id);
    if (served) return served;
    throw new UnknownStoryError(id, this.ids);
  }
}
