import { words } from "./fold.js";

/**
 * The kind of answer a question asks for, which the cited text must hold: a date or time
 * expression for "when", a number for "how many", a person or organisation for "who", a place
 * for "where", a reason for "why". Questions of other shapes ("what did they sign?", "is it
 * on?") ask for no particular kind.
 */
export type AnswerKind = "date" | "time" | "number" | "agent" | "place" | "reason";

/** Question openings and the kind each asks for; the longest that matches wins. */
const OPENINGS: [pattern: string, kind: AnswerKind][] = [
  ["what time", "time"],
  ["which time", "time"],
  ["what hour", "time"],
  ["how many", "number"],
  ["how much", "number"],
  ["how long", "number"],
  ["how far", "number"],
  ["how old", "number"],
  ["how big", "number"],
  ["how large", "number"],
  ["what number", "number"],
  ["what percentage", "number"],
  ["what year", "date"],
  ["which year", "date"],
  ["what date", "date"],
  ["which date", "date"],
  ["what day", "date"],
  ["which day", "date"],
  ["what month", "date"],
  ["which month", "date"],
  ["what century", "date"],
  ["which century", "date"],
  ["what decade", "date"],
  ["which decade", "date"],
  ["what period", "date"],
  ["when", "date"],
  ["since when", "date"],
  ["who", "agent"],
  ["whom", "agent"],
  ["whose", "agent"],
  ["which person", "agent"],
  ["what person", "agent"],
  ["which group", "agent"],
  ["what group", "agent"],
  ["which organisation", "agent"],
  ["which organization", "agent"],
  ["where", "place"],
  ["which city", "place"],
  ["what city", "place"],
  ["which town", "place"],
  ["what town", "place"],
  ["which country", "place"],
  ["what country", "place"],
  ["which region", "place"],
  ["what region", "place"],
  ["in what place", "place"],
  ["what location", "place"],
  ["why", "reason"],
  ["how come", "reason"],
  ["for what reason", "reason"],
  ["what reason", "reason"],
  ["what caused", "reason"],
  ["what made", "reason"],
  // Keyword questions name the kind of answer instead: "treaty of stralsund year".
  ["year", "date"],
  ["date", "date"],
  ["century", "date"],
  ["decade", "date"],
];

/** Words that open a question or ask for its kind: never content to match on their own. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  "who",
  "whom",
  "whose",
  "what",
  "which",
  "when",
  "where",
  "why",
  "how",
]);

const PATTERNS = OPENINGS.map(([pattern, kind]) => ({ words: pattern.split(" "), kind })).sort(
  (a, b) => b.words.length - a.words.length,
);

/** Where in a question's words its kind is asked for, and which kind. */
export interface KindOpening {
  kind: AnswerKind;
  start: number;
  length: number;
}

/**
 * The kind of answer a question asks for, read from its first question word ("In what year…",
 * "tell me when…"); a later one belongs to a clause ("what did the group who left say?").
 */
export function kindOpening(folded: readonly string[]): KindOpening | undefined {
  for (let index = 0; index < folded.length; index++) {
    const opening = PATTERNS.find((pattern) =>
      pattern.words.every((word, offset) => folded[index + offset] === word),
    );
    if (opening) return { kind: opening.kind, start: index, length: opening.words.length };
    if (QUESTION_WORDS.has(folded[index] as string)) return undefined;
  }
  return undefined;
}

export function answerKindOf(question: string): AnswerKind | undefined {
  return kindOpening(words(question))?.kind;
}
