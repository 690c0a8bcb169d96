import { sentenceCoverage, unreviewedDrafts } from "./check.js";
import { inspectStory, listStoryDirs } from "./load.js";
import { formatProblem } from "./problems.js";
import { readQuestionSets } from "./questions.js";
import { findQuotations } from "./quotations.js";

/**
 * `npm run data:check [story folders…]`: validates every story (default: all of data/stories)
 * and its labelled question sets, prints one line per problem, each story's sentence coverage
 * and quotations, and exits non-zero on any problem.
 */
const dirs = process.argv.length > 2 ? process.argv.slice(2) : listStoryDirs("data/stories");
let failed = false;

for (const dir of dirs) {
  const inspected = inspectStory(dir);
  const { story } = inspected;
  const questions = story ? readQuestionSets(dir, story.article) : undefined;
  const problems = [...inspected.problems, ...(questions?.problems ?? [])];
  if (!story || problems.length > 0) {
    failed = true;
    console.error(`✗ ${dir}: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
    continue;
  }
  const coverage = sentenceCoverage(story.article, story);
  const gaps = coverage.filter((sentence) => sentence.citedBy.length === 0);
  console.log(
    `✓ ${dir}: 0 problems · ${story.article.paragraphs.length} paragraphs, ${coverage.length} sentences · ` +
      `${story.entities.length} entities, ${story.quotes.length} quotes, ${story.attendance.length} attendance, ` +
      `${story.qa.length} qa, ${story.timeline.length} timeline events`,
  );
  console.log(
    `  sentence coverage by qa records: ${coverage.length - gaps.length}/${coverage.length}`,
  );
  const drafts = Object.entries(unreviewedDrafts(story));
  if (drafts.length > 0) {
    const total = drafts.reduce((sum, [, n]) => sum + n, 0);
    console.log(
      `  drafts still unreviewed: ${total} (${drafts.map(([file, n]) => `${file} ${n}`).join(", ")}); a moderator clears "draft": true on review`,
    );
  }
  const sets = Object.entries(questions?.sets ?? {});
  if (sets.length > 0) {
    console.log(
      `  labelled questions: ${sets.map(([name, set]) => `${name} ${set.length}`).join(", ")}`,
    );
  }
  const quotations = findQuotations(story.article);
  const speech = quotations.filter((quotation) => quotation.kind === "speech").length;
  console.log(
    `  quotations: ${speech} read as speech (each needs a quote record), ${quotations.length - speech} as quoted terms`,
  );
  for (const quotation of quotations) {
    console.log(
      `  ¶${String(quotation.paragraph).padEnd(3)} ${quotation.kind.padEnd(7)}“${quotation.words.slice(0, 60)}” (${quotation.reason})`,
    );
  }
  if (gaps.length > 0) {
    console.log("  sentences no qa record cites:");
    console.log("  ¶   sentence  text");
    for (const gap of gaps) {
      console.log(
        `  ${String(gap.paragraph).padEnd(3)} ${gap.id.padEnd(9)} ${gap.text.slice(0, 80)}`,
      );
    }
  }
}

process.exitCode = failed ? 1 : 0;
