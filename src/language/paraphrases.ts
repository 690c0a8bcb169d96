import { z } from "zod";
import { readLanguageData } from "./data.js";

/**
 * Everyday paraphrases (data/language/paraphrases.json): groups of words and phrases that ask
 * for the same thing in a question about any story ("take part" ~ "attend" ~ "show up").
 * Written in their plain forms: the stemmer and the irregular-verb table fold inflections
 * ("attended", "went"), so a group needs no list of them. The first entry names the group. A
 * story's own terms (its names, its jargon) belong in its lexicon.json or its entities'
 * aliases, never there.
 *
 * A group must hold words that answer the same question, not merely related ones: "accept" is
 * not "reply", "time" is not "date", "country" is not "region". Each entry that is not a plain
 * synonym widens what the bot claims to know, so near misses are checked against it.
 */
export const PARAPHRASES: readonly (readonly string[])[] = readLanguageData(
  "paraphrases.json",
  z.array(z.array(z.string().min(1)).min(2)),
);

/**
 * The name of a shared group the code relies on (its first entry), checked when the data loads:
 * a group renamed in data/language/paraphrases.json stops start-up rather than switching a
 * feature off without a word.
 */
export function sharedGroup(name: string): string {
  if (!PARAPHRASES.some((group) => group[0] === name)) {
    throw new Error(`data/language/paraphrases.json: no group starts with "${name}"`);
  }
  return name;
}
