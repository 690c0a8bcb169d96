import { createRequire } from "node:module";
import type compromise from "compromise";
import type { AnswerKind } from "../language/question-kinds.js";
import type { Entity } from "../story/schema.js";

let tagger: typeof compromise | undefined;

/**
 * compromise, loaded on first use (its CommonJS build, synchronously): importing it costs about
 * 0.4 s and 34 MB, and a start whose answer kinds are all cached never needs it.
 */
function nlp(text: string): ReturnType<typeof compromise> {
  tagger ??= createRequire(import.meta.url)("compromise") as typeof compromise;
  return tagger(text);
}

/** How a passage's answer kinds are found: answerKindsIn itself, or a cache in front of it. */
export type KindsOf = (text: string, mentioned: readonly Entity[]) => Set<AnswerKind>;

const MONTH =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
/** A number that counts people or things is no year: "1500 protesters", "up to 500 fighters". */
const NOT_A_COUNT = "(?!\\s+(?:\\p{Ll}+s|men|women|people|children|police|staff|personnel)\\b)";
const DATE = new RegExp(
  [
    `\\b(?:${MONTH})\\.?\\s+\\d{1,2}\\b`,
    `\\b\\d{1,2}\\s+(?:${MONTH})\\b`,
    "\\b\\d{1,2}(?:st|nd|rd|th)\\s+(?:century|centuries|millennium)\\b",
    "\\b(?:century|centuries)\\b",
    "\\b\\d{3,4}s\\b",
    `\\b(?:in|since|by|from|until|till|before|after|around|circa|c\\.|of|between|and|to|during)\\s+\\d{3,4}\\b${NOT_A_COUNT}`,
    `\\b(?:1[0-9]{3}|20[0-9]{2})\\b${NOT_A_COUNT}`,
    "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
    "\\b(?:today|yesterday|tomorrow|tonight)\\b",
    "\\b(?:next|last|this|previous|coming|following)\\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|day)\\b",
    "\\b(?:weeks?|months?|years?|days?|decades?)\\s+(?:ago|later|earlier|before|after)\\b",
    "\\b(?:earlier|later)\\s+(?:this|that)\\b",
    // "when…?" may be answered by an event: "after official replies", "once the truce holds".
    "\\b(?:after|before|once|until|till|following)\\s+(?:the\\s+|an?\\s+)?\\p{L}{4,}",
  ].join("|"),
  "iu",
);
/** Dates only their capitals tell from words: "March" (not "march"), eras ("AD", not "ad"). */
const CASED_DATE = new RegExp(
  `\\b(?:${MONTH.replace("|may", "")
    .split("|")
    .map((month) => month[0]?.toUpperCase() + month.slice(1))
    .join("|")})\\b|\\b(?:BCE?|AD|CE)\\b`,
  "u",
);
const DATES = new RegExp(DATE.source, "giu");
const CASED_DATES = new RegExp(CASED_DATE.source, "gu");
/** A text with its dates blanked out: "Jan. 18" counts nobody, "on Monday" is no place. */
const undated = (text: string) => text.replace(DATES, " ").replace(CASED_DATES, " ");
const TIME =
  /\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)\b|\b(?:noon|midnight|o'clock|morning|afternoon|evening|overnight)\b|\b\d{1,2}:\d{2}\b/iu;
/** Words that say a number: "thousands of fighters", "twice", "a few". */
const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|third|quarter|single|double|twice|once|several|few";
const NUMBER = new RegExp(`\\d|\\b(?:${NUMBER_WORDS})\\b`, "iu");
/** A length of time: a count of days or years ("three years", "a decade"), or a span of dates. */
const DURATION = new RegExp(
  [
    `\\b(?:\\d+|an?|many|${NUMBER_WORDS})[\\s-]+(?:\\p{L}+[\\s-]+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|century|centuries|generations?)\\b`,
    "\\b(?:from|between)\\s+(?:\\p{L}+\\s+){0,3}\\d{1,4}\\b.{0,40}?\\b(?:to|and|until|till)\\s+(?:\\p{L}+\\s+){0,3}\\d{1,4}\\b",
    "\\b\\d{3,4}\\s*(?:-|–|—|to)\\s*\\d{2,4}\\b",
    "\\b(?:until|till|since)\\s+(?:the\\s+)?(?:\\d{3,4}|\\p{L}+\\s+centur(?:y|ies))\\b",
  ].join("|"),
  "iu",
);
const REASON =
  /\b(?:because|due to|owing to|thanks to|as a result|in order to|so as to|so that|reasons?|caused?|led to|leading to|in light of|amid|for fear|in protest|citing|cited|aimed at|in response to|on account of|after|following|since|why)\b/iu;
const PLACE_PREPOSITION =
  /\b(?:in|at|near|from|to|into|across|outside|inside|on)\s+(?:the\s+)?\p{Lu}/u;
/** A capitalised word that does not start the sentence: most likely a name. */
const NAME_INSIDE = /[^.!?]\s+(?:[„“"(]?)\p{Lu}\p{Ll}+/u;

/** A number and the few words after it: what it counts ("thousands of fighters", "20,000 people"). */
const COUNT_AND_WHAT = new RegExp(
  `(?:\\d[\\d,.]*|\\b(?:${NUMBER_WORDS})\\b)((?:[\\s-]+\\p{L}+){1,3})`,
  "giu",
);

/**
 * What the numbers of a passage count, as the words that follow each ("20,000 people" counts
 * people); the numbers of its dates count nothing.
 */
export function countedIn(text: string): string[] {
  return [...undated(text).matchAll(COUNT_AND_WHAT)].map((match) => match[1] as string);
}

/**
 * The kinds of entity that act: that answer "who", speak (organisations through their
 * statements) and take part; a place does none of these.
 */
export const AGENT_KINDS: ReadonlySet<Entity["kind"]> = new Set<Entity["kind"]>([
  "person",
  "organisation",
  "group",
  "country",
  "media",
]);
const PLACE_KINDS = new Set<Entity["kind"]>(["place", "country"]);

/**
 * Which kinds of answer a passage holds: a date, a time of day, a number, a length of time, a
 * person or organisation, a place, a reason. Read once per sentence when a story loads, with
 * compromise for people, places, organisations, values and infinitives of purpose, and the
 * story's own entities for the names it knows.
 */
export function answerKindsIn(text: string, mentioned: readonly Entity[]): Set<AnswerKind> {
  const kinds = new Set<AnswerKind>();
  const doc = nlp(text);
  if (DATE.test(text) || CASED_DATE.test(text) || doc.has("#Date")) kinds.add("date");
  if (TIME.test(text)) kinds.add("time");
  // A count is a number that is not part of a date; a day or a month is no name or place.
  const withoutDates = undated(text);
  if (NUMBER.test(withoutDates) || nlp(withoutDates).has("#Value")) kinds.add("number");
  if (DURATION.test(text)) kinds.add("duration");
  if (REASON.test(text) || doc.has("to #Infinitive")) kinds.add("reason");
  if (
    mentioned.some((entity) => AGENT_KINDS.has(entity.kind)) ||
    doc.has("(#Person|#Organization)") ||
    NAME_INSIDE.test(withoutDates)
  ) {
    kinds.add("agent");
  }
  if (
    mentioned.some((entity) => PLACE_KINDS.has(entity.kind)) ||
    doc.has("#Place") ||
    PLACE_PREPOSITION.test(withoutDates)
  ) {
    kinds.add("place");
  }
  return kinds;
}
