import { quotedEntityIds, type Story } from "../story/story.js";
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
 * story, however well the rest of the question matches. Built once per story; returns that
 * speaker for such a question, or undefined.
 */
export function unquotedSpeakerCheck(story: Pick<Story, "entities" | "quotes">) {
  const quoted = quotedEntityIds(story.quotes);
  const speakers = story.entities
    .filter((entity) => SPEAKER_KINDS.has(entity.kind))
    .map((entity) => ({ entity, key: entityKey(entity.id) }));
  return (question: string, units: Unit[]): Story["entities"][number] | undefined => {
    const folded = words(question);
    // Only "What did X say…" asks for X's words; "Who said…" asks for a speaker, and "Did any X
    // say…" for a fact.
    if (folded[0] !== "what") return undefined;
    if (!folded.some((word) => SPEECH_WORDS.has(stem(word)))) return undefined;
    for (const unit of units) {
      const speaker = speakers.find(({ key }) => unit.keys.includes(key));
      if (speaker) return quoted.has(speaker.entity.id) ? undefined : speaker.entity;
    }
    return undefined;
  };
}
