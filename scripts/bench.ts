import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import pino from "pino";
import { Retriever } from "../src/retrieval/retriever.js";
import { locateStore, openStore } from "../src/store/open.js";
import { RECORD_BATCH_MS } from "../src/store/store.js";
import { loadStory } from "../src/story/load.js";
import { readQuestionSets } from "../src/story/questions.js";
import type { Story } from "../src/story/story.js";
import { scaleStory } from "../test/bench/scale-story.js";
import { startFigures } from "./start-figures.js";

/**
 * `npm run bench`: per-query latency of question matching, speaker resolution and
 * autocomplete, index build time and the heap the indexes hold, for the seed story and a
 * synthetic story 50 times its size. Indexes are built once; queries only read them. Questions
 * are the fixed ones below and the seed's labelled dev set, so that the spread of real
 * questions (long, chatty, misspelt, unanswerable) is what gets timed. Last, what recording one
 * /ask costs in the default store (a SQLite file), the write the bot makes after each answer,
 * and the start-up time and resident memory of whole bot processes (scripts/start-figures.ts).
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
/** Calls made before timing, so that the JIT has optimised the path: steady state is timed. */
const WARM_UP_CALLS = 8000;
/** Collects garbage when node runs with --expose-gc (npm run bench does): a clean start per row. */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

/** Writes made before timing the store, and writes timed. */
const RECORD_WARM_UP = 500;
const RECORD_TIMED = 2500;
/** Interactions answered together, as a busy server sees them. */
const RECORD_BURST = 25;

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

function summarise(times: number[]): { p50: number; p99: number } {
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

function measure(
  inputs: string[],
  run: (input: string) => unknown,
  rounds = ROUNDS,
): { p50: number; p99: number } {
  for (let call = 0; call < WARM_UP_CALLS; call++) run(inputs[call % inputs.length] as string);
  collect();
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const started = performance.now();
      run(input);
      times.push(performance.now() - started);
    }
  }
  return summarise(times);
}

/** One /ask recorded in a fresh SQLite file, as the bot does after answering, timed alone. */
async function recordingCost(questions: string[]): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), "storybot-bench-"));
  const file = join(folder, "storybot.sqlite");
  const store = await openStore(locateStore(`sqlite:${file}`), {
    retentionDays: 90,
    logger: pino({ level: "silent" }),
  });
  const record = (n: number) =>
    store.recordAsk({
      id: `bench-${n}`,
      story: "astana-talks",
      question: questions[n % questions.length] as string,
      status: n % 4 === 0 ? "not_found" : "answered",
      answerIds: ["qa-1", "s-3"],
      score: 0.5,
      latency_ms: 0.05,
      guild_id: "100000000000000001",
      channel_id: "100000000000000002",
      userId: `${200000000000000000n + BigInt(n % 50)}`,
    });
  try {
    await Promise.all(Array.from({ length: RECORD_WARM_UP }, (_, n) => record(n)));
    collect();
    // As under load: interactions a burst at a time, each recording after its reply.
    const times: number[] = [];
    const cpu = process.cpuUsage();
    for (let n = RECORD_WARM_UP; n < RECORD_WARM_UP + RECORD_TIMED; n += RECORD_BURST) {
      await Promise.all(
        Array.from({ length: RECORD_BURST }, async (_, offset) => {
          const started = performance.now();
          await record(n + offset);
          times.push(performance.now() - started);
        }),
      );
    }
    const { user, system } = process.cpuUsage(cpu);
    const cpuMs = (user + system) / 1000 / RECORD_TIMED;
    const { p50, p99 } = summarise(times);
    return `recording one /ask (SQLite file, WAL; ${RECORD_TIMED} in bursts of ${RECORD_BURST}, after ${RECORD_WARM_UP}): CPU ${cpuMs.toFixed(3)} ms per /ask; recorded → written p50 ${p50.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms (a batch waits up to ${RECORD_BATCH_MS} ms for company; all after the reply)`;
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The dev set is timed over fewer rounds: it holds hundreds of questions already. */
const DEV_SET_ROUND_SHARE = 0.1;

function bench(label: string, story: Story, devSet: string[]): string[] {
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const retriever = new Retriever(story);
  const build = performance.now() - started;
  collect();
  const held = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const rows = [
    ["question matching", measure(QUESTIONS, (q) => retriever.ask(q))],
    [
      `dev set (${devSet.length} questions)`,
      measure(devSet, (q) => retriever.ask(q), Math.ceil(ROUNDS * DEV_SET_ROUND_SHARE)),
    ],
    ["speaker resolution", measure(NAMES, (name) => retriever.entities.resolve(name))],
    ["autocomplete (/ask)", measure(TYPED, (typed) => retriever.suggester.suggest(typed, 25))],
  ] as const;
  const ms = (value: number) => `${value.toFixed(3)} ms`.padStart(10);
  return [
    `${label}: ${story.qa.length} qa records, ${story.entities.length} entities, ${story.article.sentences.length} sentences; index build ${build.toFixed(1)} ms, heap held ${held.toFixed(1)} MiB`,
    `  ${"lookup".padEnd(26)}${"p50".padStart(10)}${"p99".padStart(10)}`,
    ...rows.map(([name, { p50, p99 }]) => `  ${name.padEnd(26)}${ms(p50)}${ms(p99)}`),
  ];
}

const SEED_DIR = "data/stories/astana-talks";
const seed = loadStory(SEED_DIR);
const devSet = (readQuestionSets(SEED_DIR, seed.article).sets.dev ?? []).map(
  (question) => question.q,
);
console.log(
  [
    ...bench("seed story", seed, devSet),
    "",
    ...bench("synthetic story ×50", scaleStory(seed, 50), devSet),
    "",
    await recordingCost(devSet),
    "",
    ...(await startFigures()),
  ].join("\n"),
);
