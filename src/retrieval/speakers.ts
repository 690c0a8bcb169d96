import { words } from "../language/fold.js";
import { isSaying } from "../language/saying.js";
import { STOPWORDS } from "../language/stopwords.js";
import { outsideQuotes } from "../story/quotations.js";
import type { Entity } from "../story/schema.js";

const PRONOUNS = new Set(["he", "she", "they", "it"]);

/** Whether a sentence attributes words to a pronoun ("he said", "she added"). */
export function pronounSpeaks(sentence: string): boolean {
  const tokens = words(sentence);
  return tokens.some(
    (word, index) =>
      PRONOUNS.has(word) &&
      tokens.slice(index + 1, index + 1 + AFTER_NAME).some((next) => isSaying(next)),
  );
}

/**
 * A verb of saying within this many words after a name, small words aside, attributes the
 * words to it ("Smith told", "the U.N. spokesman Jean Dupont said").
 */
const AFTER_NAME = 4;
/** …or one of these right before it ("said Smith", "according to the ministry"). */
const ATTRIBUTING_BEFORE = new Set([
  "said",
  "says",
  "added",
  "told",
  "wrote",
  "according",
  "quoted",
]);
/** Words that may stand between that verb and the name: "said Observatory head Rami…". */
const BEFORE_NAME = 3;

/**
 * The entities a sentence reports as speaking: those named next to a verb of saying, as in
 * "Smith told reporters", "said Jones" or "according to the ministry". Reported speech
 * counts as much as quoted words: both say what someone said. A name inside the quotation is
 * not its speaker.
 */
export function speakersIn(sentence: string, entities: readonly Entity[]): Set<string> {
  // A name inside the quoted words is spoken of, not speaking.
  const tokens = words(outsideQuotes(sentence));
  const found = new Set<string>();
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const parts = words(name);
      if (parts.length === 0) continue;
      for (let at = 0; at + parts.length <= tokens.length; at++) {
        if (!parts.every((part, offset) => tokens[at + offset] === part)) continue;
        const end = at + parts.length;
        const after = tokens
          .slice(end)
          .filter((word) => !STOPWORDS.has(word))
          .slice(0, AFTER_NAME)
          .some((word) => isSaying(word));
        const before = tokens
          .slice(Math.max(0, at - BEFORE_NAME), at)
          .some((word) => ATTRIBUTING_BEFORE.has(word));
        if (after || before) found.add(entity.id);
      }
    }
  }
  return found;
}
