import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { z } from "zod";
import { parseArticle } from "./article.js";
import { checkRecords } from "./check.js";
import { type Problem, StoryDataError } from "./problems.js";
import { storyFiles, storyIdSchema } from "./schema.js";
import type { Story, StoryRecords } from "./story.js";

export const ARTICLE_FILE = "article.txt";

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function readText(dir: string, file: string): Parsed<string> {
  try {
    return { ok: true, value: readFileSync(join(dir, file), "utf8") };
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "file is missing" : String(error);
    return { ok: false, problems: [{ file, record: null, field: null, message: reason }] };
  }
}

/** The record id a zod issue path points into, for messages that name the record. */
function recordOf(data: unknown, path: PropertyKey[]): string | null {
  if (!Array.isArray(data) || typeof path[0] !== "number") return null;
  const record: unknown = data[path[0]];
  if (record && typeof record === "object" && "id" in record && typeof record.id === "string") {
    return record.id;
  }
  return `#${path[0]}`;
}

function fieldOf(data: unknown, path: PropertyKey[]): string | null {
  const rest = Array.isArray(data) ? path.slice(1) : path;
  if (rest.length === 0) return null;
  return rest
    .map((key, index) =>
      typeof key === "number" ? `[${key}]` : `${index > 0 ? "." : ""}${String(key)}`,
    )
    .join("");
}

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>): Parsed<T> {
  if (!existsSync(join(dir, file))) {
    // A file the story may leave out reads as its schema's default.
    const absent = schema.safeParse(undefined);
    if (absent.success) return { ok: true, value: absent.data };
  }
  const text = readText(dir, file);
  if (!text.ok) return text;
  let data: unknown;
  try {
    data = JSON.parse(text.value);
  } catch (error) {
    return {
      ok: false,
      problems: [
        { file, record: null, field: null, message: `not valid JSON: ${(error as Error).message}` },
      ],
    };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file,
      record: recordOf(data, issue.path),
      field: fieldOf(data, issue.path),
      message: issue.message,
    })),
  };
}

/** Reads, validates and checks a story; returns it with every problem found. */
export function inspectStory(dir: string): { story: Story | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const id = basename(resolve(dir));
  const named = storyIdSchema.safeParse(id);
  if (!named.success) {
    problems.push({
      file: "(folder name)",
      record: null,
      field: null,
      message: `"${id}" is not a story id: it ${named.error.issues[0]?.message}`,
    });
  }
  const records: Partial<Record<keyof StoryRecords, unknown>> = {};
  for (const [key, { file, schema }] of Object.entries(storyFiles)) {
    const parsed = readJson(dir, file, schema as z.ZodType);
    if (parsed.ok) records[key as keyof StoryRecords] = parsed.value;
    else problems.push(...parsed.problems);
  }
  const raw = readText(dir, ARTICLE_FILE);
  if (!raw.ok) problems.push(...raw.problems);
  if (problems.length > 0 || !raw.ok) return { story: null, problems };

  const complete = records as StoryRecords;
  const article = parseArticle(raw.value, complete.meta);
  const found = checkRecords(article, complete);
  return found.length > 0
    ? { story: null, problems: found }
    : { story: { id, ...complete, article }, problems: [] };
}

/** Loads a story, refusing broken data with one line per problem. */
export function loadStory(dir: string): Story {
  const { story, problems } = inspectStory(dir);
  if (!story) throw new StoryDataError(dir, problems);
  return story;
}

/** The story folders under a root such as data/stories. */
export function listStoryDirs(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, entry.name))
    .sort();
}
