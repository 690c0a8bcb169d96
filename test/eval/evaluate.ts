import { readFileSync } from "node:fs";
import { z } from "zod";
import { Retriever } from "../../src/retrieval/retriever.js";
import { loadStory } from "../../src/story/load.js";
import { normalizeText } from "../../src/story/text.js";

const caseSchema = z.object({
  q: z.string(),
  gold: z.array(z.string()).nullable(),
  kind: z.string(),
});
type EvalCase = z.infer<typeof caseSchema>;

export interface Miss {
  case: EvalCase;
  got: string;
}

export interface EvalReport {
  answerable: number;
  answeredCorrectly: number;
  unanswerable: number;
  abstainedCorrectly: number;
  citationsPerAnswer: number;
  byKind: Map<string, { total: number; right: number }>;
  misses: Miss[];
}

/**
 * An answer is right when one of its first 3 citations comes from a sentence that holds a gold
 * excerpt: the dev set names the answering sentences by a short excerpt of each.
 */
const FIRST_CITATIONS = 3;

/** Runs the labelled dev set through retrieval for the seed story. */
export function evaluate(
  storyDir = "data/stories/astana-talks",
  devsetPath = "test/eval/devset.json",
): EvalReport {
  const story = loadStory(storyDir);
  const retriever = new Retriever(story);
  /** The id of the body sentence that holds a gold excerpt. */
  const goldSentence = (gold: string) =>
    story.article.sentences.find((sentence) => sentence.text.includes(normalizeText(gold)))?.id;
  const cases = z.array(caseSchema).parse(JSON.parse(readFileSync(devsetPath, "utf8")));
  const report: EvalReport = {
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
  for (const item of cases) {
    const result = retriever.ask(item.q);
    if (result.status === "answered") {
      answers++;
      citations += result.citations.length;
    }
    const shown = new Set(result.citations.slice(0, FIRST_CITATIONS).map((c) => c.sentenceId));
    const right =
      item.gold === null
        ? result.status === "not_found"
        : result.status === "answered" &&
          item.gold.some((gold) => shown.has(goldSentence(gold) ?? ""));
    if (item.gold === null) {
      report.unanswerable++;
      if (right) report.abstainedCorrectly++;
    } else {
      report.answerable++;
      if (right) report.answeredCorrectly++;
    }
    const kind = report.byKind.get(item.kind) ?? { total: 0, right: 0 };
    kind.total++;
    if (right) kind.right++;
    report.byKind.set(item.kind, kind);
    if (!right) {
      const got =
        result.status === "not_found"
          ? `not_found (score ${result.score.toFixed(2)}; nearest: ${result.suggestions[0] ?? "-"})`
          : `answered ${result.score.toFixed(2)} ${result.records.map((r) => r.id).join("+") || ""} ¶${result.citations.map((c) => c.paragraph).join(",¶")}`;
      report.misses.push({ case: item, got });
    }
  }
  report.citationsPerAnswer = answers === 0 ? 0 : citations / answers;
  return report;
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

export function formatReport(report: EvalReport, options: { misses: boolean }): string {
  const lines = [
    `answered correctly (a gold sentence among the first ${FIRST_CITATIONS} citations): ${report.answeredCorrectly}/${report.answerable} = ${percent(report.answeredCorrectly, report.answerable)}`,
    `correct abstentions (not_found on out-of-scope questions): ${report.abstainedCorrectly}/${report.unanswerable} = ${percent(report.abstainedCorrectly, report.unanswerable)}`,
    `mean citations per answer: ${report.citationsPerAnswer.toFixed(2)}`,
    "by kind:",
    ...[...report.byKind].map(
      ([kind, { total, right }]) => `  ${kind.padEnd(10)} ${right}/${total}`,
    ),
  ];
  if (options.misses) {
    lines.push(`misses (${report.misses.length}):`);
    for (const miss of report.misses) {
      lines.push(`  [${miss.case.kind}] ${miss.case.q}\n      → ${miss.got}`);
    }
  }
  return lines.join("\n");
}
