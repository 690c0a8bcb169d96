// npm run bench:discord — interaction-to-reply latency through the real discord.js client on
// loopback, the bot's resident memory, and whether a burst of concurrent /ask loses any recorded
// row. Starts the test fake in this process and the bot in a child process started like
// `npm start` (tsx), so the bot's RSS is its own; its store is a fresh SQLite file.
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import SQLite from "better-sqlite3";
import { STORIES_ROOT, StoryLibrary } from "../src/stories/library.js";
import { listStoryDirs } from "../src/story/load.js";
import { killTree, spawnTsx } from "../test/e2e/run.js";
import { FakeDiscord } from "../test/fake-discord/server.js";

const ASKS = Number(process.env.BENCH_ASKS ?? 300);
const AUTOCOMPLETES = Number(process.env.BENCH_AUTOCOMPLETES ?? 300);
const WARMUP = 30;
/** /ask sent at once, all in flight together, then counted in the store after shutdown. */
const BURST = Number(process.env.BENCH_BURST ?? 1000);

type Report = { event: string; rss: number; heapUsed: number };

function percentile(sorted: number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (n: number) => `${n.toFixed(2)} ms`;
  return `p50 ${f(percentile(sorted, 50))} · p90 ${f(percentile(sorted, 90))} · p99 ${f(percentile(sorted, 99))} · max ${f(sorted.at(-1) ?? Number.NaN)} (n=${sorted.length})`;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function time(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

const { story } = StoryLibrary.load(listStoryDirs(STORIES_ROOT), {
  defaultId: process.env.STORY,
}).defaultStory;
const questions = story.qa.flatMap((record) => [record.question, ...record.phrasings]);
const fake = await FakeDiscord.start({ logUnhandled: false });
const folder = mkdtempSync(join(tmpdir(), "storybot-bench-"));
const database = join(folder, "storybot.sqlite");
const child = spawnTsx("test/e2e/fixtures/bot-process.ts", {
  DATABASE_URL: `sqlite:${database}`,
  DISCORD_TOKEN: fake.token,
  DISCORD_API_BASE: fake.apiBase,
  LOG_LEVEL: "info",
  E2E_NO_COOLDOWN: "1",
  ...(process.env.STORY ? { STORY: process.env.STORY } : {}),
});
child.stderr?.resume(); // the bot's logs: drained, as a log shipper would
const reports = createInterface({ input: child.stdout as NodeJS.ReadableStream });
const received: Report[] = [];
let ended = false;
reports.on("line", (line) => received.push(JSON.parse(line) as Report));
reports.on("close", () => {
  ended = true;
});
/** The child's next report of `event` (ready, signal). */
async function next(event: string): Promise<Report> {
  for (;;) {
    const found = received.find((report) => report.event === event);
    if (found) return found;
    if (ended) throw new Error(`bot process ended before "${event}"`);
    await Promise.race([once(reports, "line"), once(reports, "close")]);
  }
}

try {
  const ready = await next("ready");
  for (let i = 0; i < WARMUP; i++) {
    await fake.slash("ask", [{ name: "question", value: questions[i % questions.length] }]);
  }
  const asks: number[] = [];
  for (let i = 0; i < ASKS; i++) {
    const question = questions[i % questions.length] as string;
    asks.push(await time(() => fake.slash("ask", [{ name: "question", value: question }])));
  }
  const autocompletes: number[] = [];
  for (let i = 0; i < AUTOCOMPLETES; i++) {
    const typed = (questions[i % questions.length] as string).slice(0, 3 + (i % 8));
    autocompletes.push(
      await time(() => fake.autocomplete("ask", [{ name: "question", value: typed }])),
    );
  }
  const burstStarted = performance.now();
  const burst = await Promise.allSettled(
    Array.from({ length: BURST }, (_, i) =>
      // No deadline: every reply is waited for, however late; the time taken is reported.
      fake.slash(
        "ask",
        [{ name: "question", value: `${questions[i % questions.length]} (burst ${i})` }],
        { deadlineMs: 0 },
      ),
    ),
  );
  const burstMs = performance.now() - burstStarted;
  const acknowledged = burst.filter(
    (outcome) => outcome.status === "fulfilled" && outcome.value.callback?.type === 4,
  ).length;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const after = await next("signal");
  await exited;
  const rows = new SQLite(database, { readonly: true });
  const recorded = (
    rows.prepare("select count(*) as n from asks where question like '% (burst %)'").get() as {
      n: number;
    }
  ).n;
  rows.close();
  console.log(
    `storybot on loopback (fake Discord, real discord.js client), node ${process.version}`,
  );
  console.log(`/ask → reply (${questions.length} phrasings cycled): ${summary(asks)}`);
  console.log(`/ask autocomplete → choices: ${summary(autocompletes)}`);
  console.log(
    `${BURST} concurrent /ask: ${acknowledged} answered, the last after ${(burstMs / 1000).toFixed(2)} s; ${recorded} rows recorded after SIGTERM (lost: ${BURST - recorded})`,
  );
  console.log(
    `bot RSS after start: ${mb(ready.rss)} (JS heap ${mb(ready.heapUsed)}) · after the run: ${mb(after.rss)} (JS heap ${mb(after.heapUsed)})`,
  );
} finally {
  killTree(child);
  await fake.close();
  rmSync(folder, { recursive: true, force: true });
}
