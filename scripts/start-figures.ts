// Start-up time and resident memory of the bot as whole processes, started as npm start runs it
// (node with package.json's flags on the compiled build): the first console answer, the HTTP
// endpoint ready, the gateway ready after login (to the test fake). RSS is read from /proc half
// a second after each is ready. Used by npm run bench.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { httpOnlyEnv } from "../test/e2e/run.js";
import { FakeDiscord } from "../test/fake-discord/server.js";
import { memoryMb, startFlags } from "./measured-process.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Starts per figure; the median is reported. */
const STARTS = 3;
/** How long after "ready" the resident memory is read: what it settles to, not a peak. */
const SETTLE_MS = 500;

interface Start {
  ms: number;
  rssMb: number;
}

/** Starts the bot, waits for the line `ready` picks out, reads its memory, stops it. */
async function timeStart(
  env: Record<string, string>,
  ready: (line: string) => boolean,
  args: string[] = [],
  input?: string,
): Promise<Start> {
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [...startFlags(), "dist/src/main.js", ...args],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        DATABASE_URL: "sqlite::memory:",
        STORY: "",
        METRICS_PORT: "",
        ...env,
      },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  const exited = once(child, "exit");
  if (input !== undefined) child.stdin?.write(input);
  const lines = [child.stdout, child.stderr].map((stream) =>
    createInterface({ input: stream as NodeJS.ReadableStream }),
  );
  const ms = await new Promise<number>((resolve, reject) => {
    for (const reader of lines) {
      reader.on("line", (line) => {
        if (ready(line)) resolve(performance.now() - started);
      });
    }
    void exited.then(() => reject(new Error("the bot exited before it was ready")));
  });
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const rssMb = memoryMb(child.pid as number);
  child.stdin?.end();
  child.kill("SIGTERM");
  await exited;
  return { ms, rssMb };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

async function figure(label: string, start: () => Promise<Start>): Promise<string> {
  const starts: Start[] = [];
  for (let run = 0; run < STARTS; run++) starts.push(await start());
  return `  ${label.padEnd(34)}${`${(median(starts.map((s) => s.ms)) / 1000).toFixed(2)} s`.padStart(8)}${`${median(starts.map((s) => s.rssMb)).toFixed(0)} MB`.padStart(9)}`;
}

/** The three start-up figures, one line each (median of STARTS starts). */
export async function startFigures(): Promise<string[]> {
  const build = spawn(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "ignore" });
  await once(build, "exit");
  const fake = await FakeDiscord.start({ logUnhandled: false });
  const discord = { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, LOG_LEVEL: "info" };
  try {
    return [
      `start-up, as npm start runs it (node ${startFlags().join(" ")} dist/src/main.js; median of ${STARTS})`,
      `  ${"".padEnd(34)}${"time".padStart(8)}${"RSS".padStart(9)}`,
      await figure("console: first answer", () =>
        timeStart(
          { LOG_LEVEL: "warn" },
          (line) => line.startsWith('{"input"'),
          ["--console", "--json"],
          "/ask question:when do the talks start?\n",
        ),
      ),
      await figure("HTTP interactions only: ready", () =>
        timeStart({ ...httpOnlyEnv(fake), LOG_LEVEL: "info" }, (line) =>
          line.includes('"msg":"HTTP interactions ready"'),
        ),
      ),
      await figure("gateway: ready after login", () =>
        timeStart({ ...discord, DISCORD_PUBLIC_KEY: "", INTERACTIONS_PORT: "" }, (line) =>
          line.includes('"msg":"ready"'),
        ),
      ),
    ];
  } finally {
    await fake.close();
  }
}
