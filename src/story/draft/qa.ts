import type { Sentence } from "../article.js";
import type { Entity, QaRecord, Quote } from "../schema.js";
import { findDates } from "./dates.js";
import { type EntityMention, surnames } from "./entities.js";
import { keywordsOf } from "./keywords.js";
import type { ReadParagraph } from "./mentions.js";
import { nlp } from "./nlp.js";
import { type AnswerKind, type NameInSentence, questionsFrom } from "./questions.js";
import { slug, uniqueId } from "./slug.js";

export interface DraftedQa {
  qa: QaRecord[];
  /** Sentences with no fact to ask about, by id. */
  skipped: { id: string; text: string }[];
  /** Each record's answer kind, by record id: what the report counts. */
  kinds: Record<string, AnswerKind>;
  undecided: string[];
}

/** How many of the lead sentences' records are the story's top questions. */
const TOP_SENTENCES = 3;

/** A sentence holds a fact when it has a verb and a few words: not a byline, not a label. */
function holdsFact(text: string): boolean {
  return text.split(/\s+/u).length >= 4 && nlp(text).verbs().length > 0 && !/\?\s*$/u.test(text);
}

/** The names a sentence mentions, with each entity's short form. */
function namesIn(
  sentence: Sentence,
  entities: Map<string, Entity>,
  mentions: EntityMention[],
  read: ReadParagraph,
) {
  const names: NameInSentence[] = [];
  for (const mention of mentions.filter((m) => m.sentence === sentence.id)) {
    const entity = entities.get(mention.entity);
    if (!entity) continue;
    const written = read.paragraph.text.slice(mention.titleStart, mention.end);
    const short = entity.kind === "person" ? shortName(entity) : mention.text;
    names.push({ written, name: mention.text, short, kind: entity.kind });
  }
  return names;
}

/** The casual phrasing: lower case, names as people say them, no question mark. */
function casual(question: string, names: NameInSentence[]): string {
  let text = question;
  for (const name of names) {
    const escaped = name.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    text = text.replace(new RegExp(`(?<![\\p{L}-])${escaped}(?![\\p{L}])`, "gu"), name.short);
  }
  return text
    .replace(/[?.!,]/gu, "")
    .toLowerCase()
    .trim();
}

/** The keyword-only phrasing: the names, the date and the main words, as someone types them. */
function keywordPhrasing(keywords: string[]): string {
  return keywords.slice(0, 4).join(" ").toLowerCase();
}

/**
 * One question-and-answer record per sentence that states a fact: the sentence cited whole
 * and standing as the answer, a question built from its parts, and phrasings: the other
 * questions it answers, a keyword-only one and a casual one.
 */
export function draftQa(
  read: ReadParagraph[],
  entities: Entity[],
  mentions: EntityMention[],
  quotes: Quote[],
): DraftedQa {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const qa: QaRecord[] = [];
  const skipped: { id: string; text: string }[] = [];
  const kinds: Record<string, AnswerKind> = {};
  const undecided: string[] = [];
  const ids = new Set<string>();
  let sentenceIndex = 0;
  for (const entry of read) {
    for (const { sentence } of entry.sentences) {
      sentenceIndex += 1;
      if (!holdsFact(sentence.text)) {
        skipped.push({ id: sentence.id, text: sentence.text });
        continue;
      }
      const names = namesIn(sentence, byId, mentions, entry);
      // Words in quotation marks that open a sentence are someone's, not the article's facts.
      const opensWithQuote = /^[“"]/u.test(sentence.text);
      const generated = opensWithQuote ? [] : questionsFrom(sentence.text, names);
      // A sentence that opens with someone's words is about what they said.
      const quote = quotes.find(
        (q) =>
          q.attribution.paragraph === sentence.paragraph &&
          sentence.text.includes(q.words.text) &&
          /^[“"]/u.test(sentence.text),
      );
      if (quote) {
        const speaker = byId.get(quote.speaker);
        const short = speaker ? shortName(speaker) : undefined;
        const inQuote = names.filter((name) => quote.words.text.includes(name.name));
        const topic =
          inQuote.sort((a, b) => countOf(mentions, b) - countOf(mentions, a))[0]?.name ??
          lastNounPhrase(quote.words.text);
        const article =
          topic && quote.words.text.toLowerCase().includes(`the ${topic.toLowerCase()}`)
            ? "the "
            : "";
        if (short) {
          generated.unshift({
            kind: "what",
            question: topic
              ? `What did ${short} say about ${article}${topic}?`
              : `What did ${short} say?`,
          });
        }
      }
      const keywords = [
        ...new Set(
          [
            ...names.map((name) => name.short.toLowerCase()),
            ...findDates(sentence.text).map((date) => date.asWritten.toLowerCase()),
            ...keywordsOf(sentence.text).map((word) => word.toLowerCase()),
          ].filter((word) => word.length > 1),
        ),
      ].slice(0, 6);
      if (keywords.length === 0) {
        skipped.push({ id: sentence.id, text: sentence.text });
        continue;
      }
      if (generated.length === 0) {
        const about = names[0]?.name ?? keywords[0];
        generated.push({ kind: "what", question: `What does the article say about ${about}?` });
        undecided.push(
          `qa for ${sentence.id}: no question could be built from the sentence; asked about "${about}"`,
        );
      }
      const [first, ...others] = generated as [(typeof generated)[number], ...typeof generated];
      const phrasings = [
        ...others.map((q) => q.question),
        keywordPhrasing(keywords),
        casual(first.question, names),
        casual(others[0]?.question ?? "", names),
        `${first.kind} ${keywords.slice(0, 3).join(" ")}`,
        keywords.join(" "),
      ];
      const unique = [
        ...new Set(phrasings.filter((p) => p.trim().length > 0 && p !== first.question)),
      ].slice(0, 6);
      const id = uniqueId(
        slug(
          `${first.kind === "how many" ? "how-many" : first.kind} ${keywords.slice(0, 3).join(" ")}`,
          5,
        ),
        ids,
      );
      kinds[id] = first.kind;
      qa.push({
        id,
        question: first.question,
        phrasings: unique,
        keywords,
        answer: sentence.text,
        citations: [{ paragraph: sentence.paragraph, text: sentence.text }],
        ...(sentenceIndex <= TOP_SENTENCES ? { top: true } : {}),
        draft: true,
      });
    }
  }
  return { qa, skipped, kinds, undecided };
}

/** How people name a person in a question: "Petrova", "de Santis", "Hakim", "Abu Karim". */
function shortName(entity: Entity): string {
  if (entity.kind !== "person") return entity.name;
  const forms = surnames(entity.name);
  const last = forms[forms.length - 1];
  if (last && /^(?:al|el)-/iu.test(forms[forms.length - 2] ?? "")) return last;
  return forms[0] ?? entity.name;
}

function countOf(mentions: EntityMention[], name: NameInSentence): number {
  return mentions.filter((mention) => mention.text === name.name).length;
}

/** The last noun phrase of a text, as compromise reads it: "a ceasefire". */
function lastNounPhrase(text: string): string | undefined {
  const nouns = nlp(text).nouns().out("array") as string[];
  const last = nouns[nouns.length - 1];
  return last?.replace(/[,.;:]+$/u, "");
}
