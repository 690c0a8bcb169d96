import { readFileSync } from "node:fs";
import wordListPath from "word-list";

let words: ReadonlySet<string> | undefined;

/**
 * Whether a (lower-case) word is English: 274,000 words and their inflections from the
 * word-list package, read once per process on first use. A real word the story does not use is
 * never "corrected" into one it does ("plans" is not a misspelling of "clans"); it is a word the
 * story lacks.
 */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, "utf8").split("\n"));
  return words.has(word);
}
