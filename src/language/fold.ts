import { stemmer } from "stemmer";
import { CHAT_SPELLINGS } from "./chat.js";
import { IRREGULAR_VERBS } from "./irregular-verbs.js";

/** Month names as the fold writes them; a Map, so that no word ("constructor") reads as one by accident. */
const MONTHS: ReadonlyMap<string, string> = new Map([
  ["january", "jan"],
  ["february", "feb"],
  ["march", "mar"],
  ["april", "apr"],
  ["june", "jun"],
  ["july", "jul"],
  ["august", "aug"],
  ["september", "sep"],
  ["sept", "sep"],
  ["october", "oct"],
  ["november", "nov"],
  ["december", "dec"],
]);

/** Full month names, for correcting a misspelt one ("janury"). */
export const MONTH_NAMES: readonly string[] = [...MONTHS.keys()];

/** How the fold writes a month: "january" → "jan"; any other word as it is. */
export function monthFold(word: string): string {
  return MONTHS.get(word) ?? word;
}

/**
 * "us" in lower case after a verb or preposition is the pronoun ("tell us who…"), which the fold
 * would otherwise read as the U.S.; "the us", "is us going" stay the country.
 */
const PRONOUN_US = /\b(\p{L}+)\s+us\b/gu;
const PRONOUN_US_AFTER: ReadonlySet<string> = new Set([
  "tell",
  "told",
  "show",
  "give",
  "gave",
  "let",
  "help",
  "ask",
  "asked",
  "remind",
  "join",
  "for",
  "to",
  "with",
  "of",
  "about",
  "among",
  "from",
  "between",
]);

/** Arabic articles that people write joined, hyphenated or apart ("al-Quds", "al quds", "alquds"). */
const JOINED_ARTICLES = new Set(["al", "el"]);

/**
 * The one fold of text for matching, used for questions, records, names and the article alike:
 * accents off, lower case, typographic quotes plain, dotted acronyms joined ("U.S." / "u.s" /
 * "US" → "us"), possessives dropped, "n't" read as "not", thousands separators dropped.
 */
export function foldText(text: string): string {
  return text
    .replace(PRONOUN_US, (match, before: string) =>
      PRONOUN_US_AFTER.has(before.toLowerCase()) ? `${before} we` : match,
    )
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘`´ʼ]/gu, "'")
    .replace(/\b(?:\p{L}\.\s?){2,}/gu, (acronym) => `${acronym.replace(/[.\s]/g, "")} `)
    .replace(/\b(\p{L})\.(\p{L})\b/gu, "$1$2")
    .replace(/'s\b/g, "")
    .replace(/\bcan't\b/g, "can not")
    .replace(/\bwon't\b/g, "will not")
    .replace(/n't\b/g, " not")
    .replace(/'/g, "")
    .replace(/(?<=\d),(?=\d{3}\b)/g, "");
}

/** Splits folded text into words; hyphenated words become their parts, ordinals their number. */
export function words(text: string): string[] {
  const raw = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map(
      (word) =>
        MONTHS.get(word) ?? CHAT_SPELLINGS.get(word) ?? word.replace(/^(\d+)(st|nd|rd|th)$/, "$1"),
    );
  const joined: string[] = [];
  for (let index = 0; index < raw.length; index++) {
    const word = raw[index] as string;
    const next = raw[index + 1];
    if (JOINED_ARTICLES.has(word) && next !== undefined && /^\p{L}{3,}$/u.test(next)) {
      joined.push(word + next);
      index++;
    } else {
      joined.push(word);
    }
  }
  return joined;
}

/** A text as one folded string of words: how names and questions are compared whole. */
export function foldPhrase(text: string): string {
  return words(text).join(" ");
}

/**
 * The matching form of one word: the Porter stem of its base form ("grew" → "grow"), with a
 * final double consonant made single. Porter makes "boycotting" "boycot" but leaves "boycott"
 * whole; one rule for both keeps the forms of a word together.
 */
export function stem(word: string): string {
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    stemmed = /^\d+$/.test(word)
      ? word
      : stemmer(IRREGULAR_VERBS.get(word) ?? word).replace(/([^aeiouylsz])\1$/u, "$1");
    if (STEMS.size >= STEM_MEMORY) STEMS.clear();
    STEMS.set(word, stemmed);
  }
  return stemmed;
}

/** Stems remembered, so that a word is stemmed once: far more than a story's vocabulary. */
const STEM_MEMORY = 50_000;
const STEMS = new Map<string, string>();
