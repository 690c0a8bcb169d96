import { NEGATIONS } from "../language/antonyms.js";
import { foldText, stem, words } from "../language/fold.js";
import type { AnswerKind } from "../language/question-kinds.js";
import type { Sentence } from "../story/article.js";
import type { Story } from "../story/story.js";
import type { Analyzer, Unit } from "./analyzer.js";
import { answerKindsIn, countedIn, type KindsOf } from "./answer-kinds.js";
import { entityKey } from "./keys.js";
import { locate } from "./locate.js";
import { pronounSpeaks, speakersIn } from "./speakers.js";
import { holds, KeyWeights, type Query } from "./weights.js";

/** A body sentence as evidence: its keys, the keys around it, the kinds of answer it holds. */
export interface Passage {
  sentence: Sentence;
  order: number;
  keys: Set<number>;
  /** Keys of its paragraph's other sentences: who "he" and "it" are. */
  context: Set<number>;
  kinds: Set<AnswerKind>;
  /** The keys of what its numbers count ("20,000 people": people). */
  counted: Set<number>;
  /** The entities it reports as speaking. */
  speakers: Set<string>;
  /** It says "not", "never", "no"… */
  negated: boolean;
  /** It refers back with a pronoun ("he said", "its fighters"): its context names who. */
  refers: boolean;
  /** A reviewed (not drafted) Q&A record cites it: its curators wrote down what it answers. */
  curated: boolean;
}

export interface PassageHit {
  passage: Passage;
  /** Share of the question's weight the sentence holds itself, 0..1. */
  direct: number;
  /** Share held only around it, in its paragraph or the headline, 0..1. */
  around: number;
  score: number;
}

/** Verbs that may stand between "or" and "not": "may or may not", "will or will not". */
const MODALS: ReadonlySet<string> = new Set([
  "may",
  "might",
  "can",
  "could",
  "will",
  "would",
  "should",
  "do",
  "does",
  "did",
]);

/**
 * Whether folded words say "not", "never", "no"…; "whether or not", "may or may not" leave
 * the question open and negate nothing.
 */
export function isNegated(folded: readonly string[]): boolean {
  return folded.some(
    (word, index) =>
      NEGATIONS.has(word) &&
      folded[index - 1] !== "or" &&
      !(folded[index - 2] === "or" && MODALS.has(folded[index - 1] as string)),
  );
}

/** A capitalised word after another word: a name, not the start of a sentence. */
const NAME_INSIDE = /(?<=[\p{L}\p{N},;:)]\s+)(\p{Lu}[\p{Ll}\p{Lu}-]+)/gu;
/** A word written in lower case. */
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}-]*/gu;
const PRONOUN = /\b(?:he|she|they|it|his|her|their|its|him|them)\b/iu;
/** The kinds of answer a pronoun stands for. */
const REFERRED_KINDS: AnswerKind[] = ["agent", "place"];

/** What the surrounding paragraph counts for, against the sentence itself. */
export const CONTEXT_CREDIT = 0.35;
/** What holding the kind of answer asked for adds to a sentence's score. */
export const KIND_BONUS = 0.15;
/** What a sentence that lacks a name the question uses keeps of its score: it is about another. */
export const NAME_MISSING_FACTOR = 0.6;
/** Sentences scored in full for a question: those sharing the most weight with it. */
const MAX_SCORED = 40;

/**
 * The article's own sentences as candidate answers, each indexed once by its concept keys: a
 * question scores only the sentences that share a key with it (an inverted index), by the share
 * of its weight each holds, what its paragraph adds (a pronoun's referent, the story's subject),
 * and whether it holds the kind of answer asked for.
 */
export class SentenceIndex {
  readonly passages: Passage[];
  readonly weights: KeyWeights;
  /** Stems the article writes with a capital inside a sentence: its names. */
  readonly names: Set<number>;
  private readonly byKey = new Map<number, Passage[]>();

  constructor(story: Story, analyzer: Analyzer, kindsOf: KindsOf = answerKindsIn) {
    const own = story.article.sentences.map((sentence) => analyzer.keysOf(sentence.text));
    const curated = new Set(
      story.qa
        .filter((record) => !record.draft)
        .flatMap((record) =>
          record.citations.map((citation) => locate(story.article, citation).sentenceId),
        ),
    );
    this.passages = story.article.sentences.map((sentence, order) => {
      const keys = own[order] as Set<number>;
      const context = new Set<number>();
      story.article.sentences.forEach((other, index) => {
        if (index !== order && other.paragraph === sentence.paragraph) {
          for (const key of own[index] as Set<number>) context.add(key);
        }
      });
      const mentioned = story.entities.filter((entity) => {
        const key = analyzer.keys.find(entityKey(entity.id));
        return key !== undefined && keys.has(key);
      });
      return {
        sentence,
        order,
        keys,
        context,
        kinds: kindsOf(sentence.text, mentioned),
        counted: new Set(countedIn(sentence.text).flatMap((words) => [...analyzer.keysOf(words)])),
        speakers: speakersIn(sentence.text, mentioned),
        negated: isNegated(words(sentence.text)),
        refers: PRONOUN.test(sentence.text),
        curated: curated.has(sentence.id),
      };
    });
    // "He said…", "its fighters": who and where come from the sentence before.
    this.passages.forEach((passage, index) => {
      const before = this.passages[index - 1];
      if (!before || !passage.refers) return;
      for (const kind of REFERRED_KINDS) if (before.kinds.has(kind)) passage.kinds.add(kind);
    });
    // "He said…" reports the last speaker named in the sentence or two before.
    this.passages.forEach((passage, index) => {
      if (passage.speakers.size > 0 || !pronounSpeaks(passage.sentence.text)) return;
      const before = this.passages.slice(Math.max(0, index - 2), index).reverse();
      const last = before.find((earlier) => earlier.speakers.size > 0);
      for (const id of last?.speakers ?? []) passage.speakers.add(id);
    });
    this.weights = new KeyWeights(this.passages.length, own);
    // A word the article also writes in lower case is a common word in a title ("the First
    // Crusade", "the Church"), not a name.
    const common = new Set(
      story.article.sentences.flatMap((sentence) =>
        [...sentence.text.matchAll(LOWER_CASE_WORD)].map((match) => stem(match[0])),
      ),
    );
    this.names = new Set(
      story.article.sentences.flatMap((sentence) =>
        [...sentence.text.matchAll(NAME_INSIDE)]
          .map((match) => stem(foldText(match[1] as string)))
          .filter((name) => !common.has(name))
          .map((name) => analyzer.keys.id(name)),
      ),
    );
    for (const passage of this.passages) {
      for (const key of passage.keys) {
        const list = this.byKey.get(key) ?? [];
        list.push(passage);
        this.byKey.set(key, list);
      }
    }
  }

  /** Whether a unit names someone or something: an entity, a country, a name the article uses. */
  isName(unit: Unit): boolean {
    return unit.entity || unit.name || unit.keys.some((key) => this.names.has(key));
  }

  /** The sentences that hold any key of the question, best first. */
  rank(query: Query, kind: AnswerKind | undefined): PassageHit[] {
    if (query.total === 0) return [];
    const shared = new Map<Passage, number>();
    query.units.forEach((unit, index) => {
      const seen = new Set<Passage>();
      for (const key of unit.keys) {
        for (const passage of this.byKey.get(key) ?? []) {
          if (seen.has(passage)) continue;
          seen.add(passage);
          shared.set(passage, (shared.get(passage) ?? 0) + (query.weights[index] ?? 0));
        }
      }
    });
    const candidates =
      shared.size > MAX_SCORED
        ? [...shared].sort(([a, x], [b, y]) => y - x || a.order - b.order).slice(0, MAX_SCORED)
        : [...shared];
    return candidates
      .map(([passage, weight]) => {
        let around = 0;
        let lacksName = false;
        query.units.forEach((unit, index) => {
          if (holds(passage.keys, unit)) return;
          if (holds(passage.context, unit)) around += query.weights[index] ?? 0;
          if (this.isName(unit)) lacksName = true;
        });
        const direct = weight / query.total;
        const aroundShare = around / query.total;
        const fits = kind !== undefined && passage.kinds.has(kind);
        const score = direct + CONTEXT_CREDIT * aroundShare + (fits ? KIND_BONUS : 0);
        return {
          passage,
          direct,
          around: aroundShare,
          score: lacksName ? score * NAME_MISSING_FACTOR : score,
        };
      })
      .sort((a, b) => b.score - a.score || a.passage.order - b.passage.order);
  }
}
