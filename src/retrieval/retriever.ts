import { foldPhrase, words } from "../language/fold.js";
import { asksForSomeonesWords, definitionSubject } from "../language/intents.js";
import { sharedGroup } from "../language/paraphrases.js";
import {
  type AnswerKind,
  asksOtherThanWho,
  countedWords,
  kindOpening,
  withoutAnswerCount,
} from "../language/question-kinds.js";
import type { Attendance, Citation, Entity, QaRecord } from "../story/schema.js";
import { quotedEntityIds, type Story } from "../story/story.js";
import { Analyzer, phraseOf, type Unit } from "./analyzer.js";
import { AGENT_KINDS, type KindsOf } from "./answer-kinds.js";
import { cleanQuestion } from "./clean.js";
import { EntityResolver } from "./entities.js";
import { isNegated, type Passage, type PassageHit, SentenceIndex } from "./evidence.js";
import {
  type Answerability,
  type Asked,
  assess,
  BARS,
  type Bar,
  type Evidence,
  passes,
  recordFits,
} from "./gate.js";
import { entityKey, groupKey } from "./keys.js";
import { locate } from "./locate.js";
import { RecordMatcher } from "./records.js";
import type { AskResult, CitedExcerpt, PartAnswer } from "./result.js";
import { splitQuestion } from "./split.js";
import { QuestionSuggester } from "./suggest.js";
import { resolveTuning, type Tuning } from "./tuning.js";
import { LONG_QUESTION_UNITS, weigh } from "./weights.js";

/** Excerpts one part of an answer shows at most, and a whole answer. */
const MAX_PART_CITATIONS = 3;
const MAX_CITATIONS = 6;
const SUGGESTIONS = 3;
/** The shared paraphrase groups that ask who takes part (data/language/paraphrases.json). */
const ABSENCE_GROUP = sharedGroup("not attend");
const ATTENDANCE_GROUPS = [sharedGroup("attend"), ABSENCE_GROUP];

/** One part of a question, read once: its words, units and what it asks for. */
interface Part extends Asked {
  text: string;
  /** The whole question is long: its filler weighs little in every query made of it. */
  long: boolean;
  folded: readonly string[];
  units: Unit[];
  named: Entity[];
}

/**
 * Everything retrieval needs for one story, built once at load, and the one way to ask it.
 *
 * A question is cleaned (mentions, emoji, words to the bot), split into its parts (at most 3),
 * and each part analysed into concept units. A part that asks what someone said is answered from
 * that speaker's quotes and reported speech; one that asks who takes part, from the attendance
 * records. Any other part is answered from the curated Q&A records where one fits, else from the
 * article's own description of what it asks about ("who is X"), else from the article's own
 * sentences. Every answer passes a gate ({@link passes}, {@link recordFits}): its excerpts must
 * hold most of what was asked, every number asked about, the kind of answer asked for and
 * nothing opposite to it. A part that fails is reported as not stated; an unrelated excerpt is
 * never offered as its answer.
 */
export class Retriever {
  readonly analyzer: Analyzer;
  readonly entities: EntityResolver;
  readonly suggester: QuestionSuggester;
  readonly tuning: Tuning;
  private readonly sentences: SentenceIndex;
  private readonly records: RecordMatcher;
  private readonly byQuestion: Map<string, QaRecord>;
  private readonly entityByKey = new Map<number, Entity>();
  private readonly speaking: Set<string>;
  private readonly attendanceKeys: Set<number>;
  private readonly absenceKey: number | undefined;

  constructor(
    readonly story: Story,
    /** Where sentence answer kinds come from (a start-up cache); default: computed. */
    kindsOf?: KindsOf,
  ) {
    this.tuning = resolveTuning(story.tuning);
    this.analyzer = new Analyzer(story.lexicon, story.entities, [
      story.article.headline,
      ...story.article.sentences.map((sentence) => sentence.text),
      ...story.qa.flatMap((record) => [record.question, ...record.phrasings, ...record.keywords]),
    ]);
    this.sentences = new SentenceIndex(story, this.analyzer, kindsOf);
    this.records = new RecordMatcher(story.qa, this.analyzer, this.tuning.scoring);
    this.entities = new EntityResolver(story.entities, this.tuning.speakerThreshold);
    this.suggester = new QuestionSuggester(story.qa);
    this.byQuestion = new Map(story.qa.map((record) => [foldPhrase(record.question), record]));
    for (const entity of story.entities) {
      const key = this.analyzer.keys.find(entityKey(entity.id));
      if (key !== undefined) this.entityByKey.set(key, entity);
    }
    // Who the story lets speak: quoted, or reported as saying something.
    this.speaking = new Set([
      ...quotedEntityIds(story.quotes),
      ...this.sentences.passages.flatMap((passage) => [...passage.speakers]),
    ]);
    const groupId = (name: string) => this.analyzer.keys.find(groupKey(phraseOf(name)));
    this.attendanceKeys = new Set(
      ATTENDANCE_GROUPS.map(groupId).filter((key): key is number => key !== undefined),
    );
    this.absenceKey = groupId(ABSENCE_GROUP);
    this.analyzer.keys.seal();
  }

  ask(raw: string): AskResult {
    const question = cleanQuestion(raw);
    if (question.length === 0) {
      return { status: "empty", parts: [], citations: [], suggestions: [] };
    }
    const picked = this.byQuestion.get(foldPhrase(question));
    const parts = picked
      ? [this.recordAnswer(question, picked, 1)]
      : this.readParts(question).map((part) => this.answerPart(part));
    const answered = parts.filter((part) => part.status === "answered");
    const citations = dedupe([
      ...answered.flatMap((part) => part.citations.slice(0, 1)),
      ...answered.flatMap((part) => part.citations.slice(1)),
    ]).slice(0, MAX_CITATIONS);
    return {
      status: answered.length > 0 ? "answered" : "not_found",
      parts,
      citations,
      suggestions: answered.length > 0 ? [] : this.suggestionsFor(this.read(question)),
    };
  }

  /** A question's parts; a long question's filler weighs little in each of its parts. */
  private readParts(question: string): Part[] {
    const parts = splitQuestion(question).map((text) => this.read(text));
    const units = parts.reduce((sum, part) => sum + part.units.length, 0);
    if (parts.length < 2 || units < LONG_QUESTION_UNITS) return parts;
    return parts.map((part) => ({
      ...part,
      long: true,
      query: weigh(part.units, this.sentences.weights, true),
    }));
  }

  private read(text: string): Part {
    const folded = withoutAnswerCount(words(text));
    const units = this.analyzer.analyzeWords(folded);
    return {
      text,
      folded,
      units,
      named: this.namedEntities(units),
      long: units.length >= LONG_QUESTION_UNITS,
      query: weigh(units, this.sentences.weights),
      kind: kindOpening(folded)?.kind,
      counted: this.analyzer.analyzeWords(countedWords(folded)),
      negated: isNegated(folded),
    };
  }

  private suggestionsFor(part: Part): string[] {
    return this.records
      .rank(part.units, part.kind)
      .slice(0, SUGGESTIONS)
      .map((ranked) => ranked.record.question);
  }

  private answerPart(part: Part): PartAnswer {
    if (part.units.length === 0) return notStated(part.text, "nothing to look for", 0);
    const hits = this.sentences.rank(part.query, part.kind);
    const speakers = asksForSomeonesWords(part.folded)
      ? part.named.filter((entity) => AGENT_KINDS.has(entity.kind))
      : [];
    // "Quote the UN on what its chief hopes": the one the story quotes is the speaker meant.
    const speaker = speakers.find((entity) => this.speaking.has(entity.id)) ?? speakers[0];
    if (speaker) {
      if (!this.speaking.has(speaker.id)) {
        return notStated(part.text, `${speaker.name} is not quoted`, 0);
      }
      // The speaker's own words first; a curated record or the article may still tell.
      const spoken = this.wordsOf(part, speaker);
      if (spoken.status === "answered") return spoken;
      const other = this.fromRecords(part, hits) ?? this.fromSentences(part, hits);
      return other.status === "answered" ? other : spoken;
    }
    if (this.story.attendance.length > 0 && this.asksWhoTakesPart(part)) {
      const answer = this.whoTakesPart(part);
      if (answer) return answer;
    }
    const record = this.fromRecords(part, hits);
    // "What is X?": the article's own words for X, unless a record already leads with them.
    const described = this.describe(part);
    if (described && !(record && leadsWith(record, described))) return described;
    return record ?? this.fromSentences(part, hits);
  }

  /** The story's entities some units name, in the order they name them. */
  private namedEntities(units: Unit[]): Entity[] {
    const found: Entity[] = [];
    for (const unit of units) {
      for (const key of unit.keys) {
        const entity = this.entityByKey.get(key);
        if (entity && !found.includes(entity)) found.push(entity);
      }
    }
    return found;
  }

  /**
   * The curated record that fits the question, when one does: records carry the paraphrases
   * people use, so their own score ranks them; it must hold most of the question and contradict
   * none of it. The sentence that best answers the question, when the record does not cite it,
   * is shown beside the record's own: a record may be worded for a neighbouring fact.
   */
  private fromRecords(part: Part, hits: PassageHit[]): PartAnswer | undefined {
    const [best] = this.records.rank(part.units, part.kind);
    if (!best || best.score < this.tuning.answerThreshold) return undefined;
    const passages = this.passagesOf(best.record.citations);
    if (!recordFits(this.assess(part, evidenceOf(passages, best.known)))) return undefined;
    const answer = this.recordAnswer(part.text, best.record, best.score);
    if (answer.status !== "answered") return answer;
    const top = hits[0];
    const cited = new Set(answer.citations.map((citation) => citation.sentenceId));
    if (top && !cited.has(top.passage.sentence.id) && this.fits(part, [top.passage])) {
      const [first, ...rest] = answer.citations;
      answer.citations = [...(first ? [first] : []), excerptOf(top.passage), ...rest].slice(
        0,
        MAX_PART_CITATIONS,
      );
    }
    return answer;
  }

  /** The article's own sentences, through the whole gate. */
  private fromSentences(part: Part, hits: PassageHit[]): PartAnswer {
    const top = hits[0];
    if (!top) return notStated(part.text, "no passage shares a word", 0);
    const answerability = this.assess(part, evidenceOf([top.passage]));
    if (!passes(answerability, barOf([top.passage]))) {
      return notStated(
        part.text,
        describeFailure(answerability, part.kind),
        Math.min(1, top.score),
      );
    }
    const { citedFrom } = barOf([top.passage]);
    const cited = hits
      .filter((hit) => hit.score >= citedFrom * top.score)
      .slice(0, MAX_PART_CITATIONS);
    return {
      question: part.text,
      status: "answered",
      source: "sentences",
      title: "What the article says",
      answer: null,
      citations: cited.map((hit) => excerptOf(hit.passage)),
      record: null,
      score: Math.min(1, top.score),
      reason: null,
    };
  }

  private assess(asked: Asked, evidence: Evidence): Answerability {
    return assess(
      asked,
      evidence,
      this.sentences.weights,
      this.analyzer.keys,
      this.sentences.names,
    );
  }

  private fits(asked: Asked, passages: Passage[]): boolean {
    return passes(this.assess(asked, evidenceOf(passages)), barOf(passages));
  }

  /** A record's answer; for a record that says what the story leaves out, that it does not say. */
  private recordAnswer(question: string, record: QaRecord, score: number): PartAnswer {
    if (record.stated === false) {
      return {
        ...notStated(question, "a record says the story does not state it", score),
        answer: record.answer,
      };
    }
    return {
      question,
      status: "answered",
      source: "record",
      title: record.question,
      answer: record.answer,
      citations: this.cite(record.citations).slice(0, MAX_PART_CITATIONS + 1),
      record: { id: record.id, question: record.question },
      score,
      reason: null,
    };
  }

  /** "What did X say (about Y)?": X's quotes and reported speech that hold Y. */
  private wordsOf(part: Part, speaker: Entity): PartAnswer {
    const quoted = this.story.quotes.filter(
      (quote) => quote.speaker === speaker.id || quote.about === speaker.id,
    );
    const passages = [
      ...new Set([
        ...this.passagesOf(quoted.map((quote) => quote.attribution)),
        ...this.sentences.passages.filter((passage) => passage.speakers.has(speaker.id)),
      ]),
    ];
    // What the words must be about: the question without the speaker and the verbs of saying.
    const topic: Asked = {
      ...part,
      kind: undefined,
      query: weigh(
        part.units.filter(
          (unit) => !this.namedEntities([unit]).includes(speaker) && !unit.light && !isSpeech(unit),
        ),
        this.sentences.weights,
        part.long,
      ),
    };
    const ranked =
      topic.query.units.length === 0
        ? passages
        : passages
            .map((passage) => ({
              passage,
              answerability: this.assess(topic, evidenceOf([passage])),
            }))
            .filter(({ answerability, passage }) => passes(answerability, barOf([passage])))
            .sort(
              (a, b) =>
                b.answerability.direct - a.answerability.direct ||
                a.passage.order - b.passage.order,
            )
            .map(({ passage }) => passage);
    if (ranked.length === 0) {
      return notStated(part.text, `${speaker.name} is quoted, but not about that`, 0.5);
    }
    return {
      question: part.text,
      status: "answered",
      source: "quotes",
      title: `What ${speaker.name} said`,
      answer: null,
      citations: ranked.slice(0, MAX_PART_CITATIONS).map((passage) => excerptOf(passage)),
      record: null,
      score: 1,
      reason: null,
    };
  }

  private asksWhoTakesPart(part: Part): boolean {
    // "Who is going?", "is the U.S. going?"; not "how did the talks go?", "what will come of it?"
    const asksWho =
      part.kind === "agent" || (part.kind === undefined && !asksOtherThanWho(part.folded));
    return (
      asksWho && part.units.some((unit) => unit.primary.some((key) => this.attendanceKeys.has(key)))
    );
  }

  /** "Who is going?", "Is X attending?", "Who is staying away?": the attendance records. */
  private whoTakesPart(part: Part): PartAnswer | undefined {
    const { attendance } = this.story;
    const parties = part.named.filter((entity) =>
      attendance.some((entry) => entry.party === entity.id),
    );
    // A party the story names elsewhere, or a country it never names: it says nothing of them.
    const namesOthers = part.units.some(
      (unit) =>
        unit.name &&
        this.namedEntities([unit]).every((entity) => AGENT_KINDS.has(entity.kind)) &&
        !this.namedEntities([unit]).some((entity) => parties.includes(entity)),
    );
    if (namesOthers && parties.length === 0) return undefined;
    const absence = part.units.some(
      (unit) => this.absenceKey !== undefined && unit.keys.includes(this.absenceKey),
    );
    const entries: Attendance[] =
      parties.length > 0
        ? attendance.filter((entry) => parties.some((party) => party.id === entry.party))
        : attendance.filter((entry) => (entry.status === "not_attending") === absence);
    if (entries.length === 0) return undefined;
    const passages = this.passagesOf(entries.flatMap((entry) => entry.citations));
    // Everything else the question asks ("…the talks in Paris?") must stand in what is cited.
    const rest: Asked = {
      ...part,
      kind: undefined,
      query: weigh(
        part.units.filter(
          (unit) =>
            !unit.keys.some((key) => this.attendanceKeys.has(key)) &&
            !parties.some((party) => this.namedEntities([unit]).includes(party)),
        ),
        this.sentences.weights,
        part.long,
      ),
    };
    if (rest.query.units.length > 0 && !this.fits(rest, passages)) return undefined;
    return {
      question: part.text,
      status: "answered",
      source: "attendance",
      title: parties.length === 1 ? `Does ${parties[0]?.name} take part?` : "Who takes part",
      answer: entries.map((entry) => entry.note).join(" "),
      citations: this.cite(entries.flatMap((entry) => entry.citations)).slice(
        0,
        MAX_PART_CITATIONS + 1,
      ),
      record: null,
      score: 1,
      reason: null,
    };
  }

  /** "Who is X?", "What is X?": the article's own description of X, where it gives one. */
  private describe(part: Part): PartAnswer | undefined {
    const subject = definitionSubject(part.folded);
    if (subject === undefined) return undefined;
    const entity = this.entities.exact(subject);
    if (!entity?.description) return undefined;
    return {
      question: part.text,
      status: "answered",
      source: "description",
      title: `Who or what ${entity.name} is`,
      answer: null,
      citations: this.cite([entity.description]),
      record: null,
      score: 1,
      reason: null,
    };
  }

  /** The sentences some citations stand in, in article order. */
  private passagesOf(citations: Citation[]): Passage[] {
    const ids = new Set(
      citations.map((citation) => locate(this.story.article, citation).sentenceId),
    );
    return this.sentences.passages.filter((passage) => ids.has(passage.sentence.id));
  }

  private cite(citations: Citation[]): CitedExcerpt[] {
    return dedupe(citations.map((citation) => locate(this.story.article, citation)));
  }
}

function isSpeech(unit: Unit): boolean {
  return asksForSomeonesWords(["what", ...unit.text.split(" ")]);
}

/** The bar evidence clears: the curated one if a reviewed record covers any of it. */
function barOf(passages: Passage[]): Bar {
  return passages.some((passage) => passage.curated) ? BARS.curated : BARS.open;
}

function evidenceOf(passages: Passage[], extra?: ReadonlySet<number>): Evidence {
  const kinds = new Set<AnswerKind>();
  for (const passage of passages) for (const kind of passage.kinds) kinds.add(kind);
  return {
    keys: [...(extra ? [extra] : []), ...passages.map((passage) => passage.keys)],
    context: passages.map((passage) => passage.context),
    kinds,
    counted: new Set(passages.flatMap((passage) => [...passage.counted])),
    negated: passages.some((passage) => passage.negated),
    refers: passages.some((passage) => passage.refers),
  };
}

/** Whether an answer's first excerpt stands in the sentence another's first excerpt does. */
function leadsWith(answer: PartAnswer, other: PartAnswer): boolean {
  return answer.citations[0]?.sentenceId === other.citations[0]?.sentenceId;
}

function excerptOf(passage: Passage): CitedExcerpt {
  return {
    paragraph: passage.sentence.paragraph,
    sentenceId: passage.sentence.id,
    text: passage.sentence.text,
  };
}

function notStated(question: string, reason: string, score: number): PartAnswer {
  return {
    question,
    status: "not_found",
    source: null,
    title: "The story doesn't say",
    answer: null,
    citations: [],
    record: null,
    score,
    reason,
  };
}

function describeFailure(answerability: Answerability, kind: AnswerKind | undefined): string {
  if (answerability.numberMissing) {
    return `the story gives no such number (${answerability.missing.join(", ")})`;
  }
  if (answerability.kindMissing) return `no ${kind} in the passage`;
  if (answerability.countMissing)
    return `the story gives no count of ${answerability.countMissing}`;
  if (answerability.negationMissing) return "the passage does not say that it did not";
  if (answerability.contrast) return `the passage says the opposite of "${answerability.contrast}"`;
  if (answerability.nameMissing) return `the passage is not about ${answerability.nameMissing}`;
  if (answerability.missing.length > 0) {
    return `the passage does not mention ${answerability.missing.join(", ")}`;
  }
  return "too little of the question is covered";
}

/** Each sentence cited once: a record's excerpt of it and the whole sentence are one citation. */
function dedupe(excerpts: CitedExcerpt[]): CitedExcerpt[] {
  const seen = new Set<string>();
  return excerpts.filter((excerpt) => {
    if (seen.has(excerpt.sentenceId)) return false;
    seen.add(excerpt.sentenceId);
    return true;
  });
}
