import { words } from "./normalize.js";

/**
 * What kind of answer a question wants, read from its question word: "when", "who",
 * "how many"… Questions without one ("Smith?", "what is…") have no type.
 */
export type QuestionType = string;

const TYPES: [pattern: string[], type: QuestionType][] = [
  [["how", "many"], "how many"],
  [["how", "much"], "how many"],
  [["how", "long"], "how long"],
  [["how", "old"], "how old"],
  [["how", "far"], "how far"],
  [["what", "date"], "when"],
  [["what", "day"], "when"],
  [["what", "time"], "what time"],
  [["which", "day"], "when"],
  [["who"], "who"],
  [["whom"], "who"],
  [["whose"], "who"],
  [["when"], "when"],
  [["where"], "where"],
  [["why"], "why"],
];

export function questionType(text: string): QuestionType | undefined {
  const folded = words(text);
  for (let index = 0; index < folded.length; index++) {
    for (const [pattern, type] of TYPES) {
      if (pattern.every((word, offset) => folded[index + offset] === word)) return type;
    }
  }
  return undefined;
}
