import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ARTICLE_FILE, inspectStory } from "../load.js";
import type { Problem } from "../problems.js";
import { storyFiles } from "../schema.js";
import { type Draft, DraftError, type DraftedRecords } from "./draft.js";

/** JSON as the story files keep it: 2-space indent and a trailing newline. */
export const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files a draft writes, in the order the data check reads them: every one, even when empty. */
const WRITTEN: (keyof DraftedRecords)[] = [
  "meta",
  "entities",
  "quotes",
  "attendance",
  "qa",
  "timeline",
  "summary",
];

/**
 * Writes a drafted story into its folder: the article byte for byte and every record file.
 * Refuses a folder that exists unless `force`; then checks what it wrote as loading does.
 */
export function writeDraft(
  dir: string,
  article: Buffer,
  draft: Draft,
  force: boolean,
): { problems: Problem[] } {
  if (existsSync(dir) && !force) {
    throw new DraftError(`${dir} already exists: give --force to overwrite its records`);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, ARTICLE_FILE), article);
  for (const key of WRITTEN) {
    writeFileSync(join(dir, storyFiles[key].file), toJson(draft.records[key]));
  }
  return { problems: inspectStory(dir).problems };
}
