import { z } from "zod";
import { readLanguageData } from "./data.js";

/**
 * English titles and roles that stand before or beside a person's name ("Foreign Minister
 * Anna …", "the spokesman …", "mayor of …"), kept in data/language/titles.json: the heads ("mayor",
 * "king") and the words that qualify them ("Deputy Foreign Minister", "Grand Prince", "peace
 * envoy"). Shared by every story: drafting reads them to tell a person's title from the name,
 * and to offer the title as an alias.
 */
const TITLES = readLanguageData(
  "titles.json",
  z.strictObject({ heads: z.array(z.string().min(1)), modifiers: z.array(z.string().min(1)) }),
);

export const TITLE_HEADS: ReadonlySet<string> = new Set(TITLES.heads);
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(TITLES.modifiers);

/** Whether a word (any case) is a title or part of one. */
export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower);
}
