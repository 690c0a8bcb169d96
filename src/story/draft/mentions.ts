import { NAME_PARTICLES } from "../../language/naming.js";
import { isTitleWord, TITLE_HEADS } from "../../language/titles.js";
import type { Article, Paragraph, Sentence } from "../article.js";
import { findQuotations, type QuotationKind } from "../quotations.js";
import { type Token, tokenize } from "./nlp.js";

/**
 * A name as the article writes it: a run of capitalised words ("Anna Petrova", "Harakat
 * al-Nur", "Coastal Observatory for Human Rights", "W.H.O."), with the title that stands in the
 * same run before it ("Freedonian Foreign Minister").
 */
export interface NameRun {
  paragraph: number;
  sentence: Sentence;
  /** Offsets of the name in the paragraph's text. */
  start: number;
  end: number;
  /** The name, verbatim (a trailing possessive aside). */
  text: string;
  /** The title before the name in the same run, verbatim, and where it starts. */
  title: string | null;
  titleStart: number;
  /** The name's words as compromise tagged them. */
  tokens: Token[];
  /** Inside quotation marks: the kind the data check reads them as. */
  quoted: QuotationKind | null;
}

/** A paragraph read once: its words, its sentences' offsets and its quotations. */
export interface ReadParagraph {
  paragraph: Paragraph;
  tokens: Token[];
  /** Each sentence with its offsets in the paragraph's text. */
  sentences: { sentence: Sentence; start: number; end: number }[];
  quotations: { kind: QuotationKind; start: number; end: number }[];
}

const PROPER_TAGS = [
  "ProperNoun",
  "Person",
  "FirstName",
  "LastName",
  "Place",
  "Country",
  "City",
  "Region",
  "Organization",
  "Acronym",
];
const FUNCTION_TAGS = [
  "Determiner",
  "Pronoun",
  "Preposition",
  "Conjunction",
  "Adverb",
  "QuestionWord",
  "Date",
  "Month",
  "WeekDay",
  "Value",
];

const isCapitalised = (token: Token) => /^\p{Lu}/u.test(token.text);
const isRoman = (token: Token) => /^[IVX]+$/u.test(token.text);
const hasAny = (token: Token, tags: string[]) => tags.some((tag) => token.tags.has(tag));
const isParticle = (token: Token) => NAME_PARTICLES.has(token.text);

/** The gap between two words holds only a space or a hyphen: no comma, quote or bracket. */
function joined(left: Token, right: Token): boolean {
  return /^(?:\s+|-)$/u.test(left.post) && right.pre === "";
}

/** Reads each paragraph's words, sentences and quotations once. */
export function readParagraphs(article: Article): ReadParagraph[] {
  const quotations = findQuotations(article);
  return article.paragraphs.map((paragraph) => {
    let offset = 0;
    const sentences = paragraph.sentences.map((sentence) => {
      const start = paragraph.text.indexOf(sentence.text, offset);
      offset = start + sentence.text.length;
      return { sentence, start, end: offset };
    });
    return {
      paragraph,
      tokens: tokenize(paragraph.text),
      sentences,
      quotations: quotations
        .filter((quotation) => quotation.paragraph === paragraph.number)
        .map(({ kind, start, end }) => ({ kind, start, end })),
    };
  });
}

/** The headline read as paragraph 0: its names count as evidence of what the body names. */
export function readHeadline(article: Article): ReadParagraph {
  const sentence = { id: "p0s1", paragraph: 0, text: article.headline };
  return {
    paragraph: { number: 0, text: article.headline, sentences: [sentence] },
    tokens: tokenize(article.headline),
    sentences: [{ sentence, start: 0, end: article.headline.length }],
    quotations: [],
  };
}

/** The sentence of a read paragraph that holds an offset. */
export function sentenceAt(read: ReadParagraph, offset: number) {
  return (
    read.sentences.find((entry) => offset >= entry.start && offset < entry.end) ??
    read.sentences[read.sentences.length - 1]
  );
}

/** Whether a token opens a sentence (or the quotation that opens one). */
function opensSentence(read: ReadParagraph, token: Token): boolean {
  return read.sentences.some(
    (entry) =>
      entry.start === token.start ||
      (token.start > entry.start &&
        /^[\s“‘"'([]*$/u.test(read.paragraph.text.slice(entry.start, token.start))),
  );
}

/** The longest runs of capitalised words, joined by particles, "of" and "for". */
function capitalisedRuns(read: ReadParagraph): Token[][] {
  const tokens = read.tokens;
  const runs: Token[][] = [];
  let index = 0;
  const startsName = (at: number) => {
    const token = tokens[at];
    if (!token) return false;
    if (isCapitalised(token) && !token.tags.has("Pronoun")) return true;
    const next = tokens[at + 1];
    return isParticle(token) && next !== undefined && joined(token, next) && isCapitalised(next);
  };
  while (index < tokens.length) {
    if (!startsName(index)) {
      index += 1;
      continue;
    }
    const run: Token[] = [tokens[index] as Token];
    let at = index + 1;
    while (at < tokens.length) {
      const previous = tokens[at - 1] as Token;
      const token = tokens[at] as Token;
      if (!joined(previous, token)) break;
      const next = tokens[at + 1];
      const nextJoins = next !== undefined && joined(token, next) && isCapitalised(next);
      if (isCapitalised(token) && !(token.tags.has("Pronoun") && !isRoman(token))) {
        run.push(token);
      } else if (isParticle(token) && (token.post === "-" || nextJoins)) {
        run.push(token);
      } else if (
        ["of", "for"].includes(token.normal) &&
        nextJoins &&
        !run.some((word) => hasAny(word, ["Person", "FirstName"]) || isTitleWord(word.text))
      ) {
        run.push(token);
      } else if (token.normal === "the" && nextJoins && hasAny(previous, ["Person", "FirstName"])) {
        // An epithet: "Henry the Lion".
        run.push(token);
      } else {
        break;
      }
      at += 1;
    }
    runs.push(run);
    index = at;
  }
  return runs;
}

/** Leading words that are not part of a name: "The", "Meanwhile", a sentence-opening "Negotiations". */
function trimRun(read: ReadParagraph, run: Token[], midSentence: ReadonlySet<string>): Token[] {
  let from = 0;
  let to = run.length;
  while (from < to) {
    const token = run[from] as Token;
    // A capitalised word that opens a sentence is a name only if it is one elsewhere too.
    const opener =
      opensSentence(read, token) &&
      !hasAny(token, PROPER_TAGS) &&
      to - from === 1 &&
      !midSentence.has(token.text);
    const dropped =
      (hasAny(token, FUNCTION_TAGS) &&
        !hasAny(token, ["Acronym", "Person", "Place"]) &&
        !isParticle(token)) ||
      opener;
    if (!dropped) break;
    from += 1;
  }
  while (to > from) {
    const token = run[to - 1] as Token;
    if (!["of", "for", "the"].includes(token.normal) && !isParticle(token)) break;
    to -= 1;
  }
  return run.slice(from, to);
}

/** Words of a run, with hyphenated parts joined ("Secretary-General", "al-Nur"). */
function wordsOf(run: Token[]): { text: string; tokens: Token[] }[] {
  const words: { text: string; tokens: Token[] }[] = [];
  run.forEach((token, index) => {
    const previous = run[index - 1];
    const last = words[words.length - 1];
    if (previous && previous.post === "-" && last) {
      last.text += `-${token.text}`;
      last.tokens.push(token);
    } else {
      words.push({ text: token.text, tokens: [token] });
    }
  });
  return words;
}

/** Where the title ends in a run: after its last title word, when a name follows. */
function titleLength(run: Token[]): number {
  const words = wordsOf(run);
  let last = -1;
  words.forEach((word, index) => {
    if (index < words.length - 1 && isTitleWord(word.text)) last = index;
  });
  if (last < 0) return 0;
  const title = words.slice(0, last + 1);
  if (!title.some((word) => TITLE_HEADS.has(word.text.toLowerCase()))) return 0;
  // The name after the title must be a name: capitalised, and not a title word itself.
  return title.reduce((sum, word) => sum + word.tokens.length, 0);
}

/** A capitalised word glued to a lower-case one ("WHO-brokered"): the name is the first part. */
function splitCompound(token: Token): Token | null {
  const match = /^(.+?)-\p{Ll}/u.exec(token.text);
  if (!match?.[1] || !/^\p{Lu}/u.test(match[1])) return null;
  return { ...token, text: match[1], end: token.start + match[1].length, post: "-" };
}

/** Every name the article writes, in order, with the title before it in the same run. */
export function findNameRuns(read: ReadParagraph[]): NameRun[] {
  const found: NameRun[] = [];
  const midSentence = new Set(
    read.flatMap((entry) =>
      entry.tokens
        .filter((token) => isCapitalised(token) && !opensSentence(entry, token))
        .map((token) => token.text),
    ),
  );
  for (const entry of read) {
    const text = entry.paragraph.text;
    for (const raw of capitalisedRuns(entry)) {
      let run = trimRun(entry, raw, midSentence);
      const compound = run.findIndex((token) => splitCompound(token) !== null);
      if (compound >= 0) {
        run = [...run.slice(0, compound), splitCompound(run[compound] as Token) as Token];
      }
      if (run.length === 0) continue;
      const split = titleLength(run);
      const name = run.slice(split);
      const first = name[0];
      const last = name[name.length - 1];
      if (!first || !last) continue;
      const start = first.start;
      const end = last.end;
      const quotation = entry.quotations.find((q) => start >= q.start && end <= q.end);
      const located = sentenceAt(entry, start);
      if (!located) continue;
      const titleTokens = run.slice(0, split);
      const titleStart = titleTokens[0]?.start ?? start;
      found.push({
        paragraph: entry.paragraph.number,
        sentence: located.sentence,
        start,
        end,
        text: text.slice(start, end).replace(/[’']s?$/u, ""),
        title:
          split > 0
            ? text.slice(titleStart, (titleTokens[titleTokens.length - 1] as Token).end)
            : null,
        titleStart,
        tokens: name,
        quoted: quotation?.kind ?? null,
      });
    }
  }
  return found;
}
