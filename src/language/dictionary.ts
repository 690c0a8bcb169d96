import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import wordListPath from "word-list";
import { CACHE_DIR } from "../paths.js";

/**
 * The word list packed into one sorted string and the offsets of its words: 2.7 MiB of heap,
 * where a Set of the same 274,000 strings holds 22 MiB for the life of the process.
 */
interface PackedWords {
  text: string;
  /** Where each word starts in `text`; one more entry marks the end. */
  starts: Int32Array;
}

let packed: PackedWords | undefined;

/** The sorted word list of the last start, headed by what it was sorted from. */
const SORTED_CACHE = join(CACHE_DIR, "words-sorted.txt");

/** Sorting 274,000 words makes as many strings; the sorted text is kept for the next start. */
function sortedWords(): string {
  const { size, mtimeMs } = statSync(wordListPath);
  // "<list size>:<list mtime>:<sorted length>": the list it came from, and that it is whole.
  const from = `${size}:${mtimeMs}:`;
  try {
    const cached = readFileSync(SORTED_CACHE, "utf8");
    const newline = cached.indexOf("\n");
    const sorted = cached.slice(newline + 1);
    if (cached.startsWith(from) && cached.slice(from.length, newline) === String(sorted.length)) {
      return sorted;
    }
  } catch {
    // Not sorted yet: below.
  }
  const sorted = readFileSync(wordListPath, "utf8")
    .split("\n")
    .filter((word) => word.length > 0)
    .sort()
    .join("\n");
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written aside and renamed: a start never reads half a file.
    const temporary = `${SORTED_CACHE}.${process.pid}.tmp`;
    writeFileSync(temporary, `${from}${sorted.length}\n${sorted}`);
    renameSync(temporary, SORTED_CACHE);
  } catch {
    // A read-only project still works: it sorts at every start.
  }
  return sorted;
}

/** The offsets of the words of a newline-separated text, without making a string of each. */
function pack(): PackedWords {
  const text = sortedWords();
  let count = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
  const starts = new Int32Array(count + 1);
  let index = 0;
  let start = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
    starts[index++] = start;
    start = at + 1;
  }
  starts[index++] = start;
  starts[index] = text.length + 1;
  return { text, starts };
}

/** Compares a word with the packed word at an index, as string comparison would, allocating nothing. */
function compareAt({ text, starts }: PackedWords, index: number, word: string): number {
  const start = starts[index] as number;
  const length = (starts[index + 1] as number) - start - 1;
  const shorter = Math.min(length, word.length);
  for (let offset = 0; offset < shorter; offset++) {
    const difference = word.charCodeAt(offset) - text.charCodeAt(start + offset);
    if (difference !== 0) return difference;
  }
  return word.length - length;
}

/**
 * Whether a (lower-case) word is English: 274,000 words and their inflections from the
 * word-list package, read once per process on first use. A real word the story does not use is
 * never "corrected" into one it does ("plans" is not a misspelling of "clans"); it is a word the
 * story lacks.
 */
export function isEnglishWord(word: string): boolean {
  packed ??= pack();
  let low = 0;
  let high = packed.starts.length - 2;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const order = compareAt(packed, middle, word);
    if (order === 0) return true;
    if (order < 0) high = middle - 1;
    else low = middle + 1;
  }
  return false;
}
