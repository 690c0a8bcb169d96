import { isSaying } from "../language/saying.js";
import type { Article } from "./article.js";

/**
 * Whether words in quotation marks are speech (words someone said or wrote, which need a quote
 * record) or a quoted term (a word, a name or a title: `"Norman" comes from "Norseman"`).
 */
export type QuotationKind = "speech" | "term";

export interface Quotation {
  paragraph: number;
  /** The words between the marks, trailing punctuation aside. */
  words: string;
  kind: QuotationKind;
  /** Why the check assumed that kind, for the moderator to confirm. */
  reason: string;
  /** Where the marks stand in the paragraph's text: the opening mark to just past the closing one. */
  start: number;
  end: number;
}

/** Curly pairs, then straight double quotes paired in order within a paragraph. */
const QUOTED = /“([^”]+)”|"([^"]+)"/gu;
/**
 * A sentence without the words it quotes: its closed quotations, and what stands before a
 * closing mark or after an opening one that the sentence does not pair (a quote running on from
 * the sentence before, or into the next). What is left is the narrator's: "…,” said Smith.
 */
export function outsideQuotes(sentence: string): string {
  return sentence
    .replace(QUOTED, " ")
    .replace(/^[^“]*”/u, " ")
    .replace(/“[^”]*$/u, " ");
}

/** Speech needs a few words: "Norseman" with "said" nearby is still a term. */
const MIN_SPEECH_WORDS = 3;
/** Small words that a title in Title Case leaves lower case. */
const TITLE_SMALL_WORDS = new Set([
  "a",
  "an",
  "and",
  "at",
  "by",
  "for",
  "in",
  "of",
  "on",
  "or",
  "the",
  "to",
]);

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}’'-]+/gu) ?? [];

/** Every word capitalised but the small ones: a title or a name, not a sentence. */
function isTitleCase(words: string[]): boolean {
  return words.every(
    (word, index) => /^\p{Lu}|^\p{N}/u.test(word) || (index > 0 && TITLE_SMALL_WORDS.has(word)),
  );
}

/** The span of the sentences that hold `start` and `end`, as offsets into the paragraph. */
function sentenceAround(
  article: Article,
  paragraph: number,
  start: number,
  end: number,
): [from: number, to: number] {
  const text = article.paragraphs[paragraph - 1]?.text ?? "";
  let offset = 0;
  let from = 0;
  let to = text.length;
  for (const sentence of article.paragraphs[paragraph - 1]?.sentences ?? []) {
    const at = text.indexOf(sentence.text, offset);
    const stop = at + sentence.text.length;
    if (at <= start) from = at;
    if (stop >= end) {
      to = stop;
      break;
    }
    offset = stop;
  }
  return [from, to];
}

/** The verb of saying nearest the quotation: first after it (`,” said X`), then before it. */
function attributingVerb(before: string, after: string): string | undefined {
  const saying = (word: string) => isSaying(word.toLowerCase());
  return wordsOf(after).find(saying) ?? wordsOf(before).reverse().find(saying);
}

function classify(
  inner: string,
  before: string,
  after: string,
): Pick<Quotation, "kind" | "reason"> {
  const words = wordsOf(inner);
  if (words.length < MIN_SPEECH_WORDS) {
    return { kind: "term", reason: `only ${words.length} word(s): a quoted term` };
  }
  if (isTitleCase(words)) return { kind: "term", reason: "in Title Case: a name or a title" };
  const verb = attributingVerb(before, after);
  if (verb) return { kind: "speech", reason: `attributed by “${verb}”` };
  if (/[.?!,]$/u.test(inner.trim())) {
    return { kind: "speech", reason: "a sentence of its own in quotation marks" };
  }
  return { kind: "term", reason: "no verb of saying attributes it" };
}

/** Every passage in quotation marks, curly or straight, with the kind the check assumes. */
export function findQuotations(article: Article): Quotation[] {
  const found: Quotation[] = [];
  for (const paragraph of article.paragraphs) {
    for (const match of paragraph.text.matchAll(QUOTED)) {
      const inner = match[1] ?? match[2] ?? "";
      const start = match.index;
      const end = start + match[0].length;
      // The attribution is the rest of the sentence, outside the marks.
      const [from, to] = sentenceAround(article, paragraph.number, start, end);
      found.push({
        paragraph: paragraph.number,
        words: inner.replace(/[,.;:]+$/u, "").trim(),
        start,
        end,
        ...classify(inner, paragraph.text.slice(from, start), paragraph.text.slice(end, to)),
      });
    }
  }
  return found;
}
