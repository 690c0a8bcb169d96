import { performance } from "node:perf_hooks";
import { Retriever } from "../src/retrieval/retriever.js";
import { loadStory } from "../src/story/load.js";
import type { Story } from "../src/story/story.js";
import { scaleStory } from "../test/bench/scale-story.js";

/**
 * `npm run bench`: per-query latency of question matching, speaker resolution and
 * autocomplete, and index build time, for the seed story and a synthetic story 50 times its
 * size. Indexes are built once; queries only read them.
 */
const QUESTIONS = [
  "yo is the US going to the astana thing??",
  "who's mediating the truce",
  "geneva date?",
  "Will Iran attend?",
  "How many people died in Wadi Barada?",
  "what did lavrof say to reporters in moscow about the americans being invited to the talks",
  "why wont ahrar al sham go",
  "when do the talks start",
];
const NAMES = [
  "asad",
  "lavrof",
  "gutteres",
  "dujaric",
  "Bashar",
  "syrian president",
  "UN spokesman",
  "SOHR",
];
const TYPED = ["", "w", "whe", "when do", "ahrar", "geneva", "cease", "who is the"];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

function measure(inputs: string[], run: (input: string) => unknown): { p50: number; p99: number } {
  // Warm up so that the JIT has compiled the lookup before it is timed.
  for (let round = 0; round < 20; round++) for (const input of inputs) run(input);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const input of inputs) {
      const started = performance.now();
      run(input);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

function bench(label: string, story: Story): string[] {
  const started = performance.now();
  const retriever = new Retriever(story);
  const build = performance.now() - started;
  const rows = [
    ["question matching", measure(QUESTIONS, (q) => retriever.ask(q))],
    ["speaker resolution", measure(NAMES, (name) => retriever.entities.resolve(name))],
    ["autocomplete (/ask)", measure(TYPED, (typed) => retriever.suggester.suggest(typed, 25))],
  ] as const;
  const ms = (value: number) => `${value.toFixed(3)} ms`.padStart(10);
  return [
    `${label}: ${story.qa.length} qa records, ${story.entities.length} entities, ${story.article.sentences.length} sentences; index build ${build.toFixed(1)} ms`,
    `  ${"lookup".padEnd(22)}${"p50".padStart(10)}${"p99".padStart(10)}`,
    ...rows.map(([name, { p50, p99 }]) => `  ${name.padEnd(22)}${ms(p50)}${ms(p99)}`),
  ];
}

const seed = loadStory("data/stories/astana-talks");
console.log(
  [...bench("seed story", seed), "", ...bench("synthetic story ×50", scaleStory(seed, 50))].join(
    "\n",
  ),
);
