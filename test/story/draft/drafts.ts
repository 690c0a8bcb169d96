import { readFileSync } from "node:fs";
import { type Draft, draftStory } from "../../../src/story/draft/draft.js";

/** The articles the drafting specifications read, drafted once per test file. */
export const SEED_ARTICLE = "data/stories/astana-talks/article.txt";
export const HISTORY_ARTICLE = "test/fixtures/stories/hanseatic-league/article.txt";
export const NEWS_ARTICLE = "test/fixtures/stories/harbour-vote/article.txt";

const cache = new Map<string, Draft>();

/** The draft of an article file, drafted once. */
export function drafted(path: string): Draft {
  let draft = cache.get(path);
  if (!draft) {
    draft = draftStory(readFileSync(path, "utf8"));
    cache.set(path, draft);
  }
  return draft;
}

/** The draft of a made-up article: a headline line, then one paragraph per argument. */
export function draftOf(...paragraphs: string[]): Draft {
  return draftStory(`Headline\n\n${paragraphs.join("\n\n")}\n`);
}
