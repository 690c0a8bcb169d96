import { stemmer } from "stemmer";

const MONTHS: Record<string, string> = {
  january: "jan",
  february: "feb",
  march: "mar",
  april: "apr",
  june: "jun",
  july: "jul",
  august: "aug",
  september: "sep",
  sept: "sep",
  october: "oct",
  november: "nov",
  december: "dec",
};

/** Chat spellings of common words, so that "whos goin" reads as "who going". */
const CHAT_SPELLINGS: Record<string, string> = {
  whos: "who",
  wheres: "where",
  whens: "when",
  whys: "why",
  hows: "how",
  whats: "what",
  wat: "what",
  wut: "what",
  r: "are",
  abt: "about",
  w: "with",
  bc: "because",
  cuz: "because",
  coz: "because",
  ppl: "people",
  goin: "going",
  tmrw: "tomorrow",
  govt: "government",
  gov: "government",
  intl: "international",
};

/** Arabic articles that people write joined, hyphenated or apart ("al-Quds", "al quds", "alquds"). */
const JOINED_ARTICLES = new Set(["al", "el"]);

/**
 * Folds text for matching: accents off, lower case, typographic quotes plain, dotted acronyms
 * joined ("U.S." / "u.s" / "US" → "us"), possessives and contractions collapsed, thousands
 * separators dropped.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘`´ʼ]/gu, "'")
    .replace(/\b(?:\p{L}\.\s?){2,}/gu, (acronym) => `${acronym.replace(/[.\s]/g, "")} `)
    .replace(/\b(\p{L})\.(\p{L})\b/gu, "$1$2")
    .replace(/'s\b/g, "")
    .replace(/n't\b/g, "nt")
    .replace(/'/g, "")
    .replace(/(\d),(\d{3})\b/g, "$1$2");
}

/** Splits folded text into words; hyphenated words become their parts, ordinals their number. */
export function words(text: string): string[] {
  const raw = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map(
      (word) => MONTHS[word] ?? CHAT_SPELLINGS[word] ?? word.replace(/^(\d+)(st|nd|rd|th)$/, "$1"),
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

/** The matching form of one word: its Porter stem. */
export function stem(word: string): string {
  return /^\d+$/.test(word) ? word : stemmer(word);
}
