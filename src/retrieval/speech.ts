import type { Story } from "../story/story.js";
import { entityKey, type Unit } from "./analyzer.js";
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

/** Speakers are people and groups; organisations "say" things through their statements. */
const SPEAKER_KINDS = new Set(["person", "group"]);

/**
 * "What did X say?" about a person or group the story never quotes cannot be answered from the
 * story, however well the rest of the question matches: returns that speaker, or undefined.
 */
export function unquotedSpeakerAsked(
  question: string,
  units: Unit[],
  story: Pick<Story, "entities" | "quotes">,
): Story["entities"][number] | undefined {
  const folded = words(question);
  // Only "What did X say…" asks for X's words; "Who said…" asks for a speaker, and "Did any X
  // say…" for a fact.
  if (folded[0] !== "what") return undefined;
  if (!folded.some((word) => SPEECH_WORDS.has(stem(word)))) return undefined;
  const quoted = new Set(story.quotes.flatMap((quote) => [quote.speaker, quote.about]));
  const speakers = story.entities.filter((entity) => SPEAKER_KINDS.has(entity.kind));
  for (const unit of units) {
    const speaker = speakers.find((entity) => unit.keys.includes(entityKey(entity.id)));
    if (speaker) return quoted.has(speaker.id) ? undefined : speaker;
  }
  return undefined;
}
