import { words } from "../language/fold.js";
import { isSaying } from "../language/saying.js";
import { STOPWORDS } from "../language/stopwords.js";
import { outsideQuotes } from "../story/quotations.js";
import type { Entity } from "../story/schema.js";
import { AGENT_KINDS } from "./answer-kinds.js";

const PRONOUNS = new Set(["he", "she", "they", "it"]);

/** Whether a sentence attributes words to a pronoun ("he said", "she added"). */
export function pronounSpeaks(sentence: string): boolean {
  const tokens = words(sentence);
  return tokens.some(
    (word, index) =>
      PRONOUNS.has(word) &&
      tokens.slice(index + 1, index + 1 + BEFORE_VERB).some((next) => isSaying(next)),
  );
}

/**
 * A verb of saying within this many words after a name, small words aside, is the name's
 * ("Smith told", "the Ministry, a body of twenty officials, said").
 */
const BEFORE_VERB = 4;
/** A name may start this many words after "said" or "according to": "said Ministry head Anna…". */
const AFTER_VERB = 3;

/** A word of a sentence, and whether its clause ends with it ("…, said Smith."). */
interface Token {
  word: string;
  endsClause: boolean;
}

/** A sentence's words outside its quotations, each marked where punctuation closes a clause. */
function tokensOf(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const [chunk] of outsideQuotes(sentence).matchAll(/\S+/gu)) {
    // "Smith." ends a clause; "U.S." inside a sentence does not.
    const ends = /[,;:.!?)\]]$/u.test(chunk) && !/^(?:\p{L}\.){2,}$/u.test(chunk);
    const folded = words(chunk);
    folded.forEach((word, index) => {
      tokens.push({ word, endsClause: ends && index === folded.length - 1 });
    });
  }
  const last = tokens.at(-1);
  if (last) last.endsClause = true;
  return tokens;
}

interface Mention {
  entity: Entity;
  start: number;
  /** One past its last word. */
  end: number;
}

function mentionsIn(tokens: Token[], entities: readonly Entity[]): Mention[] {
  const mentions: Mention[] = [];
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const parts = words(name);
      if (parts.length === 0) continue;
      for (let at = 0; at + parts.length <= tokens.length; at++) {
        if (parts.every((part, offset) => tokens[at + offset]?.word === part)) {
          mentions.push({ entity, start: at, end: at + parts.length });
        }
      }
    }
  }
  return mentions;
}

/** How many words other than small ones stand between two positions. */
function contentWordsBetween(tokens: Token[], from: number, to: number): number {
  return tokens.slice(from, to).filter((token) => !STOPWORDS.has(token.word)).length;
}

/** A name this many words or fewer before a speaker's is in the speaker's title. */
const TITLE_WORDS = 3;
/** Words that open a clause about the name before them: "the union, which counts…, said". */
const RELATIVE = new Set(["which", "who", "whose"]);
/** Words after a verb of saying that name who was spoken to: "speaking to the press". */
const LISTENER = new Set(["to", "with"]);

/**
 * The entities a sentence reports as speaking. "According to X" makes X the source. Each other
 * verb of saying ("said", "told") is one speaker's, the first of these the sentence has:
 * 1. the name a relative clause before it is about ("the union, which counts…, said");
 * 2. the name right before it ("Smith told", "Smith had said");
 * 3. the name right after it when that name closes the clause ("…, said Smith."), unless it is
 *    who was spoken to ("speaking to the press");
 * 4. the nearest name before it, a few words away ("the Ministry, a body of twenty officials,
 *    said").
 * Who a speaker speaks for, named in their title ("the council spokesman Anna Smith"), speaks
 * too.
 * A name the verb is followed by in mid-clause is what was said ("said government forces
 * encircled…"), a place says nothing, and a name inside the quotation is spoken of, not
 * speaking. Reported speech counts as much as quoted words: both say what someone said.
 */
export function speakersIn(sentence: string, entities: readonly Entity[]): Set<string> {
  const tokens = tokensOf(sentence);
  const mentions = mentionsIn(
    tokens,
    entities.filter((entity) => AGENT_KINDS.has(entity.kind)),
  );
  const found = new Set<string>();
  tokens.forEach((token, verb) => {
    const according = token.word === "according";
    if (!isSaying(token.word) && !according) return;
    const starting = (mention: Mention) =>
      mention.start > verb && mention.start <= verb + 1 + AFTER_VERB;
    // "according to X": X is the source, wherever its clause ends.
    if (according) {
      const source = mentions.find(starting);
      if (source) found.add(source.entity.id);
      return;
    }
    const before = mentions.filter((mention) => mention.end <= verb).sort((a, b) => b.end - a.end);
    const subject = before.find((mention) => RELATIVE.has(tokens[mention.end]?.word as string));
    const adjacent = before.find((mention) => contentWordsBetween(tokens, mention.end, verb) === 0);
    const after = mentions.find(
      (mention) =>
        starting(mention) &&
        tokens[mention.end - 1]?.endsClause &&
        !LISTENER.has(tokens[verb + 1]?.word as string),
    );
    const near = before.find(
      (mention) => contentWordsBetween(tokens, mention.end, verb) < BEFORE_VERB,
    );
    const speaker = subject ?? adjacent ?? after ?? near;
    if (!speaker) return;
    found.add(speaker.entity.id);
    // "the U.N. spokesman Anna Smith", "Ministry head Tom Jones": who the speaker speaks for
    // stands in their title.
    for (const title of mentions) {
      if (
        title.end <= speaker.start &&
        title.end >= speaker.start - TITLE_WORDS &&
        !(title.end <= verb && verb < speaker.start) &&
        !tokens.slice(title.end - 1, speaker.start).some((word) => word.endsClause)
      ) {
        found.add(title.entity.id);
      }
    }
  });
  return found;
}
