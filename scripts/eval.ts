import { evaluate, formatReport } from "../test/eval/evaluate.js";

const report = evaluate();
console.log(formatReport(report, { misses: true }));
