import { words } from "../language/fold.js";
import { AUXILIARIES, QUESTION_WORDS } from "../language/question-kinds.js";

/** A question is answered in at most this many parts. */
export const MAX_PARTS = 3;

/** Words that open a question of their own after "and": a question word or an auxiliary. */
const OPENERS = new Set([...QUESTION_WORDS, ...AUXILIARIES]);

const opensQuestion = (text: string) => OPENERS.has(words(text)[0] ?? "");
/** "Where are the talks? And when?": a conjunction that opens a piece joins nothing to it. */
const LEADING_CONJUNCTION = /^(?:and\s+also|and|also|plus|or|but|so)\b[,\s]*/iu;

/** "when and where do the talks start" → "when do the talks start", "where do the talks start". */
function distributeQuestionWords(part: string): string[] {
  const match =
    /^\s*((?:(?:who|what|when|where|why|which|how)\s*(?:,|\band\b|\bor\b|&)\s*)+)(who|what|when|where|why|which|how)\b\s+(.+)$/iu.exec(
      part,
    );
  if (!match) return [part];
  const leading = (match[1] ?? "").split(/\s*(?:,|\band\b|\bor\b|&)\s*/iu).filter(Boolean);
  const rest = match[3] ?? "";
  return [...leading, match[2] as string].map((word) => `${word} ${rest}`);
}

const BARE_QUESTION_WORD = /^(who|what|when|where|why|how|which)\s*\??$/iu;
const LEADING_QUESTION_WORD = /^\s*(?:who|what|when|where|why|how|which)\b\s*/iu;

/**
 * "what did they say and when?", "when and where do they meet?": a bare question word asks
 * about the part before it, or the first part about the one after it.
 */
function borrowPredicates(parts: string[]): string[] {
  return parts.map((part, index) => {
    const bare = BARE_QUESTION_WORD.exec(part);
    const other = parts[index - 1] ?? parts[index + 1];
    if (!bare || other === undefined || BARE_QUESTION_WORD.test(other)) return part;
    return `${bare[1]} ${other.replace(LEADING_QUESTION_WORD, "").replace(/\?\s*$/u, "")}?`;
  });
}

/**
 * Splits a question that asks several things into its parts, at most {@link MAX_PARTS}: at a
 * question mark followed by more, at "and", "also", "plus", "or", "but" or a semicolon that opens a new
 * question ("who is going and who is staying away?"), and where question words share one
 * predicate ("when and where…"). A part that cannot stand alone stays with the one before.
 */
export function splitQuestion(question: string): string[] {
  // Odd entries are the separators, kept so that a piece rejoined reads as it was typed.
  const pieces = question.split(
    /((?<=\?)\s+|;\s*|,?\s+(?:and\s+also|and|also|plus|or|but)\s+(?=\S))/iu,
  );
  const parts: string[] = [];
  for (let index = 0; index < pieces.length; index += 2) {
    const piece = (pieces[index] ?? "").trim().replace(LEADING_CONJUNCTION, "");
    if (piece.length === 0) continue;
    if (parts.length > 0 && !opensQuestion(piece)) {
      parts[parts.length - 1] = `${parts[parts.length - 1]}${pieces[index - 1] ?? " "}${piece}`;
    } else {
      parts.push(piece);
    }
  }
  const expanded = borrowPredicates(parts.flatMap(distributeQuestionWords));
  if (expanded.length <= MAX_PARTS) return expanded;
  return [...expanded.slice(0, MAX_PARTS - 1), expanded.slice(MAX_PARTS - 1).join(" and ")];
}
