import type { ServedStory } from "../../src/stories/library.js";
import type { Article } from "../../src/story/article.js";
import type { LabelledQuestion } from "../../src/story/questions.js";
import { normalizeText } from "../../src/story/text.js";
import { BASELINE_CITATIONS, bm25Baseline } from "./bm25.js";

/**
 * An answer is right when one of its first 3 citations shares a sentence with a gold excerpt:
 * the question sets name the answering sentences by a short excerpt of each.
 */
export const FIRST_CITATIONS = BASELINE_CITATIONS;

/** What an answerer did with one question: the sentences it cited, or that it abstained. */
export interface Attempt {
  answered: boolean;
  /** Ids of the sentences its first citations touch, best first. */
  sentences: string[];
  /** A line saying what it did, for the list of misses. */
  note: string;
}

export interface Tally {
  answerable: number;
  answeredCorrectly: number;
  unanswerable: number;
  abstainedCorrectly: number;
  citationsPerAnswer: number;
  byKind: Map<string, { total: number; right: number }>;
  misses: { question: LabelledQuestion; note: string }[];
}

/** The ids of the sentences a passage of a paragraph touches. */
export function sentencesTouched(article: Article, paragraph: number, text: string): string[] {
  const body = article.paragraphs[paragraph - 1];
  if (!body) return [];
  const start = body.text.indexOf(normalizeText(text));
  if (start < 0) return [];
  const end = start + normalizeText(text).length;
  const touched: string[] = [];
  let offset = 0;
  for (const sentence of body.sentences) {
    const at = body.text.indexOf(sentence.text, offset);
    offset = at + sentence.text.length;
    if (at < end && offset > start) touched.push(sentence.id);
  }
  return touched;
}

/** The sentences a gold excerpt stands in, wherever it is in the body. */
function goldSentences(article: Article, gold: string): string[] {
  const paragraph = article.paragraphs.find((p) => p.text.includes(normalizeText(gold)));
  return paragraph ? sentencesTouched(article, paragraph.number, gold) : [];
}

/** Scores one answerer on a labelled question set. */
export function tally(
  article: Article,
  questions: LabelledQuestion[],
  attempt: (question: string) => Attempt,
): Tally {
  const result: Tally = {
    answerable: 0,
    answeredCorrectly: 0,
    unanswerable: 0,
    abstainedCorrectly: 0,
    citationsPerAnswer: 0,
    byKind: new Map(),
    misses: [],
  };
  let answers = 0;
  let citations = 0;
  for (const question of questions) {
    const tried = attempt(question.q);
    if (tried.answered) {
      answers++;
      citations += tried.sentences.length;
    }
    const shown = new Set(tried.sentences.slice(0, FIRST_CITATIONS));
    const right =
      question.gold === null
        ? !tried.answered
        : tried.answered &&
          question.gold.some((gold) => goldSentences(article, gold).some((id) => shown.has(id)));
    if (question.gold === null) {
      result.unanswerable++;
      if (right) result.abstainedCorrectly++;
    } else {
      result.answerable++;
      if (right) result.answeredCorrectly++;
    }
    const kind = result.byKind.get(question.kind) ?? { total: 0, right: 0 };
    kind.total++;
    if (right) kind.right++;
    result.byKind.set(question.kind, kind);
    if (!right) result.misses.push({ question, note: tried.note });
  }
  result.citationsPerAnswer = answers === 0 ? 0 : citations / answers;
  return result;
}

/** The bot's retrieval as an answerer. */
export function storybot({ story, retriever }: ServedStory): (question: string) => Attempt {
  return (question) => {
    const result = retriever.ask(question);
    const sentences = [
      ...new Set(
        result.citations.flatMap((c) => sentencesTouched(story.article, c.paragraph, c.text)),
      ),
    ];
    const note =
      result.status === "answered"
        ? `answered ${result.parts
            .map((part) =>
              part.status === "answered"
                ? `${part.source}${part.record ? `:${part.record.id}` : ""} ${part.score.toFixed(2)} ¶${part.citations.map((c) => c.paragraph).join(",¶")}`
                : `(not stated: ${part.reason})`,
            )
            .join(" + ")}`
        : `${result.status} (${result.parts.map((part) => `${part.reason} ${part.score.toFixed(2)}`).join("; ")}; nearest: ${result.suggestions[0] ?? "-"})`;
    return { answered: result.status === "answered", sentences, note };
  };
}

/** Plain BM25 over the article's sentences as an answerer: the baseline. */
export function baseline(article: Article): (question: string) => Attempt {
  const search = bm25Baseline(article);
  return (question) => {
    const sentences = search(question);
    return {
      answered: sentences.length > 0,
      sentences,
      note: sentences.length > 0 ? `cited ${sentences.join(", ")}` : "no sentence shares a word",
    };
  };
}

const percent = (part: number, whole: number) =>
  whole === 0 ? "-" : `${((100 * part) / whole).toFixed(1)}%`;
const figure = (part: number, whole: number) => `${part}/${whole} ${percent(part, whole)}`;

/** The bot's figures beside the baseline's, then (when asked) every miss of the bot. */
export function formatComparison(bot: Tally, bm25: Tally, options: { misses: boolean }): string {
  const row = (label: string, a: string, b: string) => `  ${label.padEnd(38)}${a.padEnd(22)}${b}`;
  const lines = [
    row("", "storybot", "BM25 over sentences"),
    row(
      `answered correctly (gold in first ${FIRST_CITATIONS})`,
      figure(bot.answeredCorrectly, bot.answerable),
      figure(bm25.answeredCorrectly, bm25.answerable),
    ),
    row(
      "correct abstentions",
      figure(bot.abstainedCorrectly, bot.unanswerable),
      figure(bm25.abstainedCorrectly, bm25.unanswerable),
    ),
    row(
      "citations per answer",
      bot.citationsPerAnswer.toFixed(2),
      bm25.citationsPerAnswer.toFixed(2),
    ),
    "  by kind:",
    ...[...bot.byKind].map(([kind, { total, right }]) => {
      const base = bm25.byKind.get(kind);
      return row(`  ${kind}`, figure(right, total), base ? figure(base.right, base.total) : "-");
    }),
  ];
  if (options.misses) {
    lines.push(`  misses (${bot.misses.length}):`);
    for (const miss of bot.misses) {
      lines.push(`    [${miss.question.kind}] ${miss.question.q}\n        → ${miss.note}`);
    }
  }
  return lines.join("\n");
}
