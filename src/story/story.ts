import type { z } from "zod";
import type { Article } from "./article.js";
import type { storyFiles } from "./schema.js";

/** Every curated file of a story, typed from its schema. */
export type StoryRecords = {
  [Key in keyof typeof storyFiles]: z.infer<(typeof storyFiles)[Key]["schema"]>;
};

/** A story's article and curated records, loaded and checked. */
export interface Story extends StoryRecords {
  /** The story's folder name: how commands, buttons and logs name it. */
  id: string;
  article: Article;
}

/** Everyone the story quotes, or whose view a quote reports. */
export function quotedEntityIds(quotes: StoryRecords["quotes"]): Set<string> {
  return new Set(
    quotes.flatMap((quote) => (quote.about ? [quote.speaker, quote.about] : [quote.speaker])),
  );
}
