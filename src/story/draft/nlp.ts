import nlp from "compromise";
import datesPlugin, { type DatesMethods } from "compromise-dates";
import numbersPlugin, { type NumbersMethods } from "compromise-numbers";

/**
 * The one compromise instance drafting uses, with its dates and numbers plugins. compromise
 * is deterministic and reads no clock except for relative dates, which drafting never
 * resolves: it keeps dates as the article writes them and computes their keys itself.
 */
nlp.plugin(datesPlugin);
nlp.plugin(numbersPlugin);

export { nlp };

/** One word as compromise reads it, with its place in the text it was read from. */
export interface Token {
  /** The word without the punctuation around it. */
  text: string;
  /** Lower case, as compromise normalises it. */
  normal: string;
  start: number;
  end: number;
  /** Punctuation and space before and after the word. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
}

interface TermJson {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** The words of a text with compromise's tags (ProperNoun, Person, Place, Date, Verb…). */
export function tokenize(text: string): Token[] {
  const sentences = nlp(text).json({ offset: true }) as { terms: TermJson[] }[];
  return sentences
    .flatMap((sentence) => sentence.terms)
    .filter((term) => term.text.length > 0)
    .map((term) => ({
      text: term.text,
      normal: term.normal,
      start: term.offset.start,
      end: term.offset.start + term.offset.length,
      pre: term.pre,
      post: term.post,
      tags: new Set(term.tags),
    }));
}

/** Date phrases as compromise-dates finds them, as spans of the text. */
export function dateSpans(text: string): { start: number; end: number }[] {
  // A fixed reference day: the keys drafting writes never depend on it.
  const found = nlp<DatesMethods>(text).dates({ today: "2000-01-01" }).json({ offset: true }) as {
    offset: { start: number; length: number };
  }[];
  return found.map(({ offset }) => ({ start: offset.start, end: offset.start + offset.length }));
}

/** Number phrases ("20,000", "thousands", "six") as compromise-numbers finds them. */
export function numberSpans(text: string): { start: number; end: number; text: string }[] {
  const found = nlp<NumbersMethods>(text).numbers().json({ offset: true }) as {
    text: string;
    offset: { start: number; length: number };
  }[];
  return found.map(({ offset, text: words }) => ({
    start: offset.start,
    end: offset.start + offset.length,
    text: words,
  }));
}
