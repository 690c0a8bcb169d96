import { existsSync } from "node:fs";
import { join } from "node:path";
import { StoryLibrary } from "../src/stories/library.js";
import { listStoryDirs } from "../src/story/load.js";
import { QUESTION_SETS, readQuestionSets } from "../src/story/questions.js";
import { baseline, formatComparison, storybot, tally } from "../test/eval/evaluate.js";

/**
 * `npm run eval [-- --story <id>]`: answer quality on every story that carries labelled
 * questions (served stories and test stories alike), each figure beside plain BM25 over the
 * article's sentences on the same questions. The dev set is printed with every miss of the bot;
 * the held-out set, which nobody tunes on, as figures only (reading its misses would make it a
 * second dev set).
 */
const ROOTS = ["data/stories", "test/fixtures/stories"];

const args = process.argv.slice(2);
const only = args.includes("--story") ? args[args.indexOf("--story") + 1] : undefined;
const dirs = ROOTS.flatMap((root) => listStoryDirs(root)).filter(
  (dir) =>
    Object.values(QUESTION_SETS).some((file) => existsSync(join(dir, file))) &&
    (only === undefined || dir.endsWith(`/${only}`)),
);
if (dirs.length === 0) {
  console.error(
    only
      ? `eval: no story "${only}" with labelled questions under ${ROOTS.join(" or ")}`
      : "eval: no story carries labelled questions",
  );
  process.exitCode = 1;
}

for (const dir of dirs) {
  const served = StoryLibrary.load([dir]).defaultStory;
  const { article } = served.story;
  const { sets, problems } = readQuestionSets(dir, article);
  if (problems.length > 0) {
    console.error(`eval: ${dir} has broken question sets; run npm run data:check`);
    process.exitCode = 1;
    continue;
  }
  for (const [name, questions] of Object.entries(sets)) {
    const heldOut = name === "holdout";
    console.log(
      `\n== ${served.story.id} · ${name} set (${questions.length} questions${heldOut ? "; never tuned on, misses not shown" : ""}) ==`,
    );
    const bot = tally(article, questions, storybot(served));
    const bm25 = tally(article, questions, baseline(article));
    console.log(formatComparison(bot, bm25, { misses: !heldOut }));
  }
}
