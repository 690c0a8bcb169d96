import type { Story } from "../story/story.js";
import { type Analyzer, entityKey } from "./analyzer.js";
import { stem, words } from "./normalize.js";

/** English verbs and nouns that ask what someone said. */
const SPEECH_WORDS = new Set(
  [
    "say",
    "said",
    "says",
    "tell",
    "told",
    "think",
    "thinks",
    "thought",
    "comment",
    "comments",
    "quote",
    "quoted",
    "remark",
    "remarks",
    "statement",
    "claim",
    "claimed",
    "stated",
    "words",
  ].map(stem),
);

/**
 * "What did X say?" about a person the story never quotes cannot be answered from the story,
 * however well the rest of the question matches: returns that person, or undefined.
 */
export function unquotedPersonAsked(
  question: string,
  analyzer: Analyzer,
  story: Pick<Story, "entities" | "quotes">,
): Story["entities"][number] | undefined {
  const folded = words(question);
  // "Who said …?" asks for a speaker, not for a person's words.
  if (["who", "whom", "which"].includes(folded[0] ?? "")) return undefined;
  if (!folded.some((word) => SPEECH_WORDS.has(stem(word)))) return undefined;
  const quoted = new Set(story.quotes.flatMap((quote) => [quote.speaker, quote.about]));
  const people = story.entities.filter((entity) => entity.kind === "person");
  for (const unit of analyzer.analyze(question)) {
    const person = people.find((entity) => unit.keys.includes(entityKey(entity.id)));
    if (person) return quoted.has(person.id) ? undefined : person;
  }
  return undefined;
}
