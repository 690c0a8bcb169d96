import type { QaRecord } from "../story/schema.js";
import type { Story } from "../story/story.js";
import { Analyzer } from "./analyzer.js";
import { EntityResolver } from "./entities.js";
import { locate } from "./locate.js";
import { foldText } from "./normalize.js";
import { questionType } from "./question-type.js";
import { QuestionMatcher } from "./questions.js";
import type { AskResult, CitedExcerpt } from "./result.js";
import { unquotedSpeakerCheck } from "./speech.js";
import { QuestionSuggester } from "./suggest.js";
import { resolveTuning, type Tuning } from "./tuning.js";
import { coverage } from "./weights.js";

const MAX_CITATIONS = 4;
const SUGGESTIONS = 3;

/** Everything retrieval needs for one story, built once at load. */
export class Retriever {
  readonly analyzer: Analyzer;
  readonly entities: EntityResolver;
  readonly suggester: QuestionSuggester;
  private readonly tuning: Tuning;
  private readonly questions: QuestionMatcher;
  private readonly unquotedSpeaker: ReturnType<typeof unquotedSpeakerCheck>;
  /** Curated questions by their folded text: a question picked from autocomplete answers itself. */
  private readonly byQuestion: Map<string, QaRecord>;
  private readonly sentenceKeys: {
    sentence: Story["article"]["sentences"][number];
    keys: Set<string>;
  }[];

  constructor(readonly story: Story) {
    this.analyzer = new Analyzer(story.lexicon, story.entities, [
      ...story.article.sentences.map((sentence) => sentence.text),
      ...story.qa.flatMap((record) => [record.question, ...record.phrasings, ...record.keywords]),
    ]);
    this.unquotedSpeaker = unquotedSpeakerCheck(story);
    this.tuning = resolveTuning(story.tuning);
    this.questions = new QuestionMatcher(story.qa, this.analyzer, this.tuning.scoring);
    this.entities = new EntityResolver(story.entities, this.tuning.speakerThreshold);
    this.suggester = new QuestionSuggester(story.qa);
    this.byQuestion = new Map(story.qa.map((record) => [foldText(record.question).trim(), record]));
    this.sentenceKeys = story.article.sentences.map((sentence) => ({
      sentence,
      keys: this.analyzer.keysOf(sentence.text),
    }));
  }

  ask(question: string): AskResult {
    const picked = this.byQuestion.get(foldText(question).trim());
    if (picked) return this.answer([{ record: picked, score: 1 }], 1);
    const units = this.analyzer.analyze(question);
    const ranked = this.questions.rank(units, questionType(question));
    const combination = this.questions.combine(units, ranked);
    const best = ranked[0];
    const suggestions = ranked.slice(0, SUGGESTIONS).map((entry) => entry.record.question);
    const { answerThreshold, combinedThreshold, passageThreshold } = this.tuning;
    const unquoted = this.unquotedSpeaker(question, units);

    const single = best !== undefined && best.score >= answerThreshold;
    const several = combination.records.length > 1 && combination.coverage >= combinedThreshold;
    if (!unquoted && (single || several)) {
      const chosen = several ? combination.records : combination.records.slice(0, 1);
      return this.answer(chosen, Math.max(best?.score ?? 0, several ? combination.coverage : 0));
    }

    const query = this.questions.weigh(units);
    const passage = this.sentenceKeys
      .map(({ sentence, keys }) => ({ sentence, score: coverage(query, keys) }))
      .sort((a, b) => b.score - a.score)[0];
    const close =
      !unquoted && units.length > 1 && passage !== undefined && passage.score >= passageThreshold;
    return {
      status: "not_found",
      records: [],
      citations: [],
      passages: close
        ? this.cite([{ paragraph: passage.sentence.paragraph, text: passage.sentence.text }])
        : [],
      score: best?.score ?? 0,
      suggestions,
    };
  }

  private answer(chosen: { record: QaRecord; score: number }[], score: number): AskResult {
    return {
      status: "answered",
      records: chosen.map(({ record, score }) => ({
        id: record.id,
        question: record.question,
        answer: record.answer,
        score,
      })),
      // Each chosen record's first citation comes first, so that no answer goes unproven.
      citations: this.cite([
        ...chosen.map(({ record }) => record.citations[0]).filter((c) => c !== undefined),
        ...chosen.flatMap(({ record }) => record.citations.slice(1)),
      ]),
      passages: [],
      score,
      suggestions: [],
    };
  }

  private cite(citations: Story["qa"][number]["citations"]): CitedExcerpt[] {
    const seen = new Set<string>();
    const located: CitedExcerpt[] = [];
    for (const citation of citations) {
      const excerpt = locate(this.story.article, citation);
      const key = `${excerpt.paragraph}:${excerpt.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      located.push(excerpt);
    }
    return located.slice(0, MAX_CITATIONS);
  }
}
