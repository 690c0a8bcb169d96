import { isSaying } from "./saying.js";

/** Words that ask for someone's own words wherever they stand ("Smith's exact words on…"). */
const QUOTING = new Set(["quote", "quotes", "quoted", "words", "remarks", "verbatim"]);
/** How a question for someone's words opens: "what did X say", "did X say anything…". */
const ASKING_OPENERS = new Set([
  "what",
  "any",
  "anything",
  "did",
  "does",
  "has",
  "have",
  "give",
  "tell",
]);

/** Nouns that ask for someone's words as much as "say" does. */
const WORDS_OF = new Set([
  "quote",
  "quotes",
  "words",
  "remark",
  "remarks",
  "comment",
  "comments",
  "statement",
  "statements",
  "think",
  "thinks",
  "thought",
  "view",
  "views",
]);

const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an", "this", "that", "its", "their"]);

/**
 * "What did X say (about Y)?", "X's words on Y", "quote X": a question that asks for someone's
 * own words. "Who said…" asks for a speaker instead, and "Did X say…" for a fact.
 */
export function asksForSomeonesWords(folded: readonly string[]): boolean {
  if (folded.some((word) => QUOTING.has(word))) return true;
  return (
    ASKING_OPENERS.has(folded[0] ?? "") &&
    // "the state of the truce", "a statement": a noun after an article is not a verb of saying.
    folded.some(
      (word, index) =>
        WORDS_OF.has(word) || (isSaying(word) && !ARTICLES.has(folded[index - 1] as string)),
    )
  );
}

const DEFINITION = [
  /^(?:who|what)\s+(?:is|was|are|were)\s+(.+)$/u,
  /^(?:tell\s+me\s+about|explain|define|describe)\s+(.+)$/u,
  /^what\s+(?:does|did)\s+(.+?)\s+mean$/u,
  /^(?:the\s+)?meaning\s+of\s+(.+)$/u,
  // "who's X", "whats X": the possessive fold leaves the question word and the name.
  /^(?:who|what)\s+(.+)$/u,
];

/**
 * What a "who is X" or "what is X" question asks about (the X), or undefined for any other
 * question. Whether X is one name the story describes is for the caller to decide.
 */
export function definitionSubject(folded: readonly string[]): string | undefined {
  const text = folded.join(" ");
  for (const pattern of DEFINITION) {
    const match = pattern.exec(text);
    if (match?.[1]) return match[1];
  }
  return undefined;
}
