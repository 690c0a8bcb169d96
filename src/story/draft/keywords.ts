import { FUNCTION_WORDS } from "../../language/function-words.js";
import { isSaying } from "../../language/saying.js";
import { tokenize } from "./nlp.js";

/**
 * The content words of a text, in order and once each: nouns, names, verbs and numbers, as
 * written but in lower case unless they are names. Function words, auxiliaries and verbs of
 * saying are left out.
 */
export function keywordsOf(text: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const tokens = tokenize(text);
  for (const [index, token] of tokens.entries()) {
    if (tokens[index - 1]?.post === "-") continue;
    if (token.tags.has("Date") || token.tags.has("Value")) continue;
    // Hyphenated words stay whole: "cease-fire", "al-Nur".
    let word = token.text;
    for (let next = index; tokens[next]?.post === "-" && tokens[next + 1]; next += 1) {
      word += `-${(tokens[next + 1] as { text: string }).text}`;
    }
    word = word.replace(/[’']s$/u, "");
    const lower = word.toLowerCase();
    if (lower.length < 3 && !/\d/u.test(lower)) continue;
    if (FUNCTION_WORDS.has(lower)) continue;
    if (
      [
        "Auxiliary",
        "Copula",
        "Modal",
        "Pronoun",
        "Determiner",
        "Preposition",
        "Conjunction",
        "Adverb",
      ].some((tag) => token.tags.has(tag))
    )
      continue;
    if (token.tags.has("Verb") && isSaying(lower)) continue;
    const proper = /^\p{Lu}/u.test(word) && !token.tags.has("Date") && token.tags.has("ProperNoun");
    const keyword = proper || token.tags.has("Acronym") ? word : lower;
    if (seen.has(keyword.toLowerCase())) continue;
    seen.add(keyword.toLowerCase());
    found.push(keyword);
  }
  return found;
}
