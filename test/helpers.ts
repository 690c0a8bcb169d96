import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { loadStory } from "../src/story/load.js";
import type { Entity } from "../src/story/schema.js";

export const SEED_DIR = "data/stories/astana-talks";
export const FIXTURE_DIR = "test/fixtures/stories/harbour-vote";
/** A history text, not a news report: no dateline, no gathering, ancient and partial dates. */
export const HISTORY_DIR = "test/fixtures/stories/hanseatic-league";
/** A story with no quotes, attendance, timeline or summary: only its meta and its article. */
export const BARE_DIR = "test/fixtures/stories/lighthouse-notes";

/** A story's id: its folder's name. */
export const storyIdOf = (dir: string) => basename(dir);

export const seedStory = loadStory(SEED_DIR);
export const fixtureStory = loadStory(FIXTURE_DIR);

/** A throwaway copy of a story folder that a test may break. */
export function copyStory(dir: string): string {
  const target = join(mkdtempSync(join(tmpdir(), "storybot-")), "story");
  cpSync(dir, target, { recursive: true });
  return target;
}

/** An entity for a specification: a person unless told, with no description. */
export function entityNamed(
  id: string,
  name: string,
  aliases: string[] = [],
  kind: Entity["kind"] = "person",
): Entity {
  return { id, name, kind, description: null, aliases };
}
