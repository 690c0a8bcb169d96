import { readFileSync } from "node:fs";
import wordListPath from "word-list";

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

function pack(): PackedWords {
  const sorted = readFileSync(wordListPath, "utf8")
    .split("\n")
    .filter((word) => word.length > 0)
    .sort();
  const starts = new Int32Array(sorted.length + 1);
  let at = 0;
  sorted.forEach((word, index) => {
    starts[index] = at;
    at += word.length + 1;
  });
  starts[sorted.length] = at;
  return { text: sorted.join("\n"), starts };
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
