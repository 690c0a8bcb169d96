import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadStory } from "../src/story/load.js";

export const SEED_DIR = "data/stories/astana-talks";
export const FIXTURE_DIR = "test/fixtures/stories/harbour-vote";

export const seedStory = loadStory(SEED_DIR);
export const fixtureStory = loadStory(FIXTURE_DIR);

/** A throwaway copy of a story folder that a test may break. */
export function copyStory(dir: string): string {
  const target = join(mkdtempSync(join(tmpdir(), "storybot-")), "story");
  cpSync(dir, target, { recursive: true });
  return target;
}
