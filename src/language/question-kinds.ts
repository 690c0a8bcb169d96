import { words } from "./fold.js";
import { STOPWORDS } from "./stopwords.js";

/**
 * The kind of answer a question asks for, which the cited text must hold: a date or time
 * expression for "when", a number for "how many", a length of time for "how long" (a number of
 * days or a span of years), a person or organisation for "who", a place for "where", a reason
 * for "why". Questions of other shapes ("what did they sign?", "is it
 * on?") ask for no particular kind.
 */
export type AnswerKind = "date" | "time" | "number" | "duration" | "agent" | "place" | "reason";

/** Question openings and the kind each asks for; the longest that matches wins. */
const OPENINGS: [pattern: string, kind: AnswerKind][] = [
  ["what time", "time"],
  ["which time", "time"],
  ["what hour", "time"],
  ["how many", "number"],
  ["how much", "number"],
  ["how long", "duration"],
  ["how many years", "duration"],
  ["how many months", "duration"],
  ["how many weeks", "duration"],
  ["how many days", "duration"],
  ["how many hours", "duration"],
  ["how many decades", "duration"],
  ["how many centuries", "duration"],
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
  ["what causes", "reason"],
  ["what made", "reason"],
  ["what makes", "reason"],
  ["what prompted", "reason"],
  ["what prompts", "reason"],
  ["what led", "reason"],
  ["what leads", "reason"],
  ["what drove", "reason"],
  ["what drives", "reason"],
  ["what motivated", "reason"],
  ["what triggered", "reason"],
  ["what sparked", "reason"],
  ["what brought about", "reason"],
  ["what reasons", "reason"],
  ["which reasons", "reason"],
  ["what factors", "reason"],
  ["which factors", "reason"],
  ["what factor", "reason"],
];

/**
 * Keyword questions name the kind of answer instead: "treaty of stralsund year". Not in a
 * question that opens with a verb ("did they meet last year?"), where the word is content.
 */
const KEYWORD_OPENINGS: [pattern: string, kind: AnswerKind][] = [
  ["year", "date"],
  ["date", "date"],
  ["century", "date"],
  ["decade", "date"],
];

/** Verbs that open a yes/no question, or a question of its own after "and". */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  "is",
  "are",
  "was",
  "were",
  "will",
  "would",
  "did",
  "does",
  "do",
  "has",
  "have",
  "had",
  "can",
  "could",
  "should",
]);

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

/** Words that ask, after "what", for what someone wants: a purpose, which a reason answers. */
const PURPOSE_WORDS: ReadonlySet<string> = new Set([
  "goal",
  "goals",
  "aim",
  "aims",
  "purpose",
  "objective",
  "objectives",
  "want",
  "wants",
  "wanted",
  "intend",
  "intends",
  "intended",
  "intention",
]);

/** Counts that may follow "what" or "which" to say how many answers are wanted. */
const COUNTED_BY: ReadonlySet<string> = new Set(["what", "which"]);
const ANSWER_COUNTS: ReadonlySet<string> = new Set(
  ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].flatMap(
    (word, index) => [word, String(index + 2)],
  ),
);

/** The openings by their first word, longest first: one lookup per word of a question. */
const PATTERNS = new Map<string, { words: string[]; kind: AnswerKind; keyword: boolean }[]>();
for (const [openings, keyword] of [
  [OPENINGS, false],
  [KEYWORD_OPENINGS, true],
] as const) {
  for (const [pattern, kind] of openings) {
    const words = pattern.split(" ");
    const first = words[0] as string;
    PATTERNS.set(first, [...(PATTERNS.get(first) ?? []), { words, kind, keyword }]);
  }
}
for (const patterns of PATTERNS.values()) patterns.sort((a, b) => b.words.length - a.words.length);

/** Where in a question's words its kind is asked for, and which kind. */
export interface KindOpening {
  kind: AnswerKind;
  start: number;
  length: number;
}

/**
 * The kind of answer a question asks for, read from its first question word ("In what year…",
 * "tell me when…"); a later one belongs to a clause ("what did the group who left say?"). A
 * keyword question names the kind anywhere in it ("treaty of stralsund year"), unless it opens
 * with a verb ("did they meet last year?").
 */
export function kindOpening(folded: readonly string[]): KindOpening | undefined {
  for (let index = 0; index < folded.length; index++) {
    const yesNo = AUXILIARIES.has(folded[0] as string);
    const opening = PATTERNS.get(folded[index] as string)?.find(
      (pattern) =>
        !(pattern.keyword && yesNo) &&
        pattern.words.every((word, offset) => folded[index + offset] === word),
    );
    if (opening) return { kind: opening.kind, start: index, length: opening.words.length };
    if (folded[index] === "what") {
      // "What does Ankara want?", "what is the goal of the talks?": a purpose is a reason.
      const purpose = folded.findIndex((word, at) => at > index && PURPOSE_WORDS.has(word));
      if (purpose > 0) return { kind: "reason", start: purpose, length: 1 };
    }
    if (QUESTION_WORDS.has(folded[index] as string)) return undefined;
  }
  return undefined;
}

/**
 * A question's words without a count right after "what" or "which": "what two factors" asks
 * for two answers, not for the number two.
 */
export function withoutAnswerCount(folded: readonly string[]): string[] {
  return folded.filter(
    (word, index) => !(ANSWER_COUNTS.has(word) && COUNTED_BY.has(folded[index - 1] as string)),
  );
}

export function answerKindOf(question: string): AnswerKind | undefined {
  return kindOpening(withoutAnswerCount(words(question)))?.kind;
}

/** What "how many" counts is named within this many words after it. */
const COUNTED_WORDS = 3;

/**
 * The words that may name what "how many" counts: the first few after it, up to a small word
 * ("how many Russian air strikes have…": "russian air strikes"; "how many people trapped…":
 * "people trapped"). None when it counts nothing named ("how many are there?").
 */
export function countedWords(folded: readonly string[]): string[] {
  const at = folded.findIndex((word, index) => word === "how" && folded[index + 1] === "many");
  if (at < 0) return [];
  let start = at + 2;
  while (folded[start] === "of" || folded[start] === "the") start++;
  const counted: string[] = [];
  for (let index = start; index < folded.length; index++) {
    const word = folded[index] as string;
    if (STOPWORDS.has(word) || QUESTION_WORDS.has(word) || counted.length === COUNTED_WORDS) break;
    counted.push(word);
  }
  return counted;
}

/** Question words that ask for something other than who: "how", "what", "when"… */
const OTHER_THAN_WHO: ReadonlySet<string> = new Set(
  [...QUESTION_WORDS].filter((word) => !word.startsWith("who")),
);

/** Whether a question asks what, when, where, why or how: not a yes/no or "who" question. */
export function asksOtherThanWho(folded: readonly string[]): boolean {
  return folded.some((word) => OTHER_THAN_WHO.has(word));
}
