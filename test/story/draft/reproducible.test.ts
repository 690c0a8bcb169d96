import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { draftStory } from "../../../src/story/draft/draft.js";
import { writeDraft } from "../../../src/story/draft/write.js";
import { HISTORY_ARTICLE, NEWS_ARTICLE, SEED_ARTICLE } from "./drafts.js";

/** Drafts an article into a fresh folder and returns every file's bytes by name. */
function draftFiles(path: string): Record<string, string> {
  const dir = join(mkdtempSync(join(tmpdir(), "storybot-repro-")), "story");
  const article = readFileSync(path);
  writeDraft(dir, article, draftStory(article.toString("utf8")), false);
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((file) => [file, readFileSync(join(dir, file), "utf8")]),
  );
}

describe("drafting is reproducible", () => {
  it.each([SEED_ARTICLE, HISTORY_ARTICLE, NEWS_ARTICLE])(
    "GIVEN %s drafted twice THEN every file is the same, byte for byte",
    (path) => {
      expect(draftFiles(path)).toEqual(draftFiles(path));
    },
  );
});
