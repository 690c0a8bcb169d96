import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { z } from "zod";

/** Where the English every story shares is kept as data: data/language/. */
const LANGUAGE_DIR = fileURLToPath(new URL("../../data/language/", import.meta.url));

/**
 * Reads one file of the shared English layer and checks it with its schema; a broken file stops
 * start-up with one line naming it and what is wrong.
 */
export function readLanguageData<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
): z.infer<Schema> {
  const result = schema.safeParse(JSON.parse(readFileSync(`${LANGUAGE_DIR}${file}`, "utf8")));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`data/language/${file}: ${issue?.path.join(".")}: ${issue?.message}`);
}
