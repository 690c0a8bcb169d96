import { evaluate, formatReport } from "../test/eval/evaluate.js";

/**
 * `npm run eval`: the labelled dev set with every miss, then the held-out set, which nobody
 * tunes on, as a summary only (reading its misses would make it a second dev set).
 */
console.log("== dev set (test/eval/devset.json) ==");
console.log(formatReport(evaluate(), { misses: true }));
console.log("\n== held-out set (test/eval/holdout.json): never tuned on, misses not shown ==");
console.log(
  formatReport(evaluate("data/stories/astana-talks", "test/eval/holdout.json"), { misses: false }),
);
