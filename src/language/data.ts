import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { PROJECT_ROOT } from "../paths.js";

/** Where the English every story shares is kept as data: data/language/. */
const LANGUAGE_DIR = join(PROJECT_ROOT, "data", "language");

/**
 * Reads one file of the shared English layer and checks it with its schema; a broken file stops
 * start-up with one line naming it and what is wrong.
 */
export function readLanguageData<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
): z.infer<Schema> {
  const result = schema.safeParse(JSON.parse(readFileSync(join(LANGUAGE_DIR, file), "utf8")));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`data/language/${file}: ${issue?.path.join(".")}: ${issue?.message}`);
}
