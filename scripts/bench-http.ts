// npm run bench:http — throughput and latency of the HTTP interactions endpoint (POST
// /interactions, Ed25519-signed), on loopback against the compiled bot (`node dist/src/main.js`,
// DISCORD_GATEWAY=off, an in-memory SQLite store) with the test fake as its Discord REST.
//
// What it measures, one line per figure:
//   1. signatureVerifier() alone, in this process, over VERIFY_SAMPLES distinct signed bodies;
//   2. one bot process under a closed-loop load (BENCH_CONNECTIONS keep-alive connections, each
//      sending its next request as soon as the last is answered) of signed /ask, then of
//      autocomplete, for BENCH_SECONDS after BENCH_WARMUP seconds of warm-up;
//   3. the same /ask load through two bot processes behind scripts/round-robin.ts;
//   4. /ask latency on one process while a second set of connections floods it with
//      BENCH_FLOOD badly signed requests (every one must get 401);
//   5. the node version and each bot's resident memory (from /proc).
// Every body is built and signed before any load starts, so the load generator only sends bytes.
// The load generator runs in this process and shares the machine's cores with the bot(s).
// Each load line also gives the CPU each process used while it was recorded (% of one core).
// /ask has a per-user cooldown (5 commands / 10 s): the pool's requests take MEMBERS guild
// members in turn, so a member comes back only after MEMBERS requests; every /ask has its own
// interaction id, as from Discord.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { Agent, type OutgoingHttpHeaders, request } from "node:http";
import { availableParallelism, tmpdir } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { signatureVerifier } from "../src/http/verify.js";
import { STORIES_ROOT, StoryLibrary } from "../src/stories/library.js";
import { listStoryDirs } from "../src/story/load.js";
import { httpOnlyEnv } from "../test/e2e/run.js";
import { signatureHeaders } from "../test/fake-discord/http-delivery.js";
import { FakeDiscord } from "../test/fake-discord/server.js";
import type { Json } from "../test/fake-discord/state.js";
import { memoryMb, startFlags } from "./measured-process.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const envNumber = (name: string, fallback: number): number => {
  const value = Number(process.env[name] || fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};

const SECONDS = envNumber("BENCH_SECONDS", 10);
const WARMUP_SECONDS = envNumber("BENCH_WARMUP", 2);
const CONNECTIONS = envNumber("BENCH_CONNECTIONS", 16);
const FLOOD_REQUESTS = envNumber("BENCH_FLOOD", 10_000);
const FLOOD_CONNECTIONS = envNumber("BENCH_FLOOD_CONNECTIONS", CONNECTIONS);
/**
 * Distinct signed /ask, each its own interaction id (the store refuses an id twice): enough for
 * every /ask phase at a few thousand requests per second. Past it the pool wraps around.
 */
const ASK_POOL_SIZE = envNumber("BENCH_ASK_POOL", 48_000);
/** Distinct members the pool cycles through: see COOLDOWN_* for how many a given rate needs. */
const MEMBERS = envNumber("BENCH_MEMBERS", 12_000);
const VERIFY_SAMPLES = 20_000;
/** Distinct questions the /ask pool cycles through. */
const QUESTION_VARIETY = 20;
/** Autocomplete has no cooldown: a smaller pool of distinct bodies is enough. */
const AUTOCOMPLETE_POOL_SIZE = 2_000;
const AUTOCOMPLETE_PREFIX = "whe";

/** The bot's per-user limit (src/interactions/cooldown.ts DEFAULT_COOLDOWN). */
const COOLDOWN_LIMIT = 5;
const COOLDOWN_WINDOW_S = 10;
/** The reply a member over the limit gets (200, type 4, but not an answer). */
const COOLDOWN_MARK = Buffer.from("Slow down a little");

/** The target this benchmark is compared with, per bot process. */
const TARGET_RPS = 1500;
const TARGET_P99_MS = 20;

const READY_MSG = "HTTP interactions ready";
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
/** pino's numeric levels: warn and above are reported as problems. */
const PINO_WARN = 40;
const MAX_PROBLEMS_SHOWN = 5;

const RESPONSE_CHANNEL_MESSAGE = 4;
const RESPONSE_AUTOCOMPLETE = 8;
const INTERACTION_AUTOCOMPLETE = 4;
const OPTION_STRING = 3;

// ---- requests -------------------------------------------------------------------------------

interface Signed {
  body: Buffer;
  headers: OutgoingHttpHeaders;
}

function signed(privateKey: FakeDiscord["signingKey"]["privateKey"], payload: Json): Signed {
  const body = Buffer.from(JSON.stringify(payload));
  return {
    body,
    headers: {
      "content-type": "application/json",
      "content-length": body.length,
      ...signatureHeaders(privateKey, body),
    },
  };
}

/** The same request with the first byte of its signature changed: well-formed, but not valid. */
function badlySigned(good: Signed): Signed {
  const signature = String(good.headers["x-signature-ed25519"]);
  const flipped = `${signature[0] === "0" ? "1" : "0"}${signature.slice(1)}`;
  return { body: good.body, headers: { ...good.headers, "x-signature-ed25519": flipped } };
}

function sampleQuestions(): string[] {
  const { story } = StoryLibrary.load(listStoryDirs(STORIES_ROOT), {
    defaultId: process.env.STORY || undefined,
  }).defaultStory;
  const all = story.qa.flatMap((record) => [record.question, ...record.phrasings]);
  const step = Math.max(1, Math.floor(all.length / QUESTION_VARIETY));
  return all.filter((_, index) => index % step === 0).slice(0, QUESTION_VARIETY);
}

interface Pools {
  asks: Signed[];
  autocompletes: Signed[];
  /** The ask payloads, for the verify micro-benchmark. */
  askBodies: Buffer[];
  /** How long building and signing took. */
  ms: number;
}

function buildPools(fake: FakeDiscord): Pools {
  const started = performance.now();
  const questions = sampleQuestions();
  const asks: Signed[] = [];
  const autocompletes: Signed[] = [];
  const firstMember = 800_000_000_000_000_000n;
  for (let index = 0; index < MEMBERS; index++) fake.addMember(String(firstMember + BigInt(index)));
  for (let index = 0; index < ASK_POOL_SIZE; index++) {
    const userId = String(firstMember + BigInt(index % MEMBERS));
    const question = questions[index % questions.length] as string;
    const payload = fake.interactionPayload("ask", [{ name: "question", value: question }], {
      userId,
    });
    asks.push(signed(fake.signingKey.privateKey, payload));
    if (index < AUTOCOMPLETE_POOL_SIZE) {
      const data = payload.data as Json;
      const options = [
        { name: "question", type: OPTION_STRING, value: AUTOCOMPLETE_PREFIX, focused: true },
      ];
      const autocomplete = {
        ...payload,
        type: INTERACTION_AUTOCOMPLETE,
        data: { ...data, options },
      };
      autocompletes.push(signed(fake.signingKey.privateKey, autocomplete));
    }
  }
  const askBodies = asks.map((ask) => ask.body);
  return { asks, autocompletes, askBodies, ms: performance.now() - started };
}

/** Hands out requests in order; `cycle` wraps around, otherwise it runs out. */
class RequestSource {
  private next = 0;

  /** Requests handed out again after a wrap (a repeated interaction id, for /ask). */
  get repeated(): number {
    return Math.max(0, this.next - this.requests.length);
  }

  constructor(
    private readonly requests: Signed[],
    private readonly cycle: boolean,
  ) {}

  take(): Signed | undefined {
    if (!this.cycle && this.next >= this.requests.length) return undefined;
    const taken = this.requests[this.next % this.requests.length];
    this.next++;
    return taken;
  }
}

// ---- statistics -----------------------------------------------------------------------------

function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const us = (value: number) => `${value.toFixed(1)} µs`;

/** What one load saw: latencies of the recorded requests and how they were answered. */
class Tally {
  readonly latencies: number[] = [];
  readonly statuses = new Map<number, number>();
  cooldowns = 0;
  wrongType = 0;
  errors = 0;
  firstAt = Number.NaN;
  lastAt = Number.NaN;

  constructor(private readonly expectedType: number | undefined) {}

  add(startedAt: number, endedAt: number, status: number, body: Buffer): void {
    if (Number.isNaN(this.firstAt)) this.firstAt = startedAt;
    this.lastAt = endedAt;
    this.latencies.push(endedAt - startedAt);
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    if (status === 0) this.errors++;
    if (status !== 200 || this.expectedType === undefined) return;
    if (body.includes(COOLDOWN_MARK)) this.cooldowns++;
    else if (!body.subarray(0, 12).toString().startsWith(`{"type":${this.expectedType}`))
      this.wrongType++;
  }

  get count(): number {
    return this.latencies.length;
  }

  get nonOk(): number {
    return this.count - (this.statuses.get(200) ?? 0);
  }

  get rate(): number {
    return this.count / ((this.lastAt - this.firstAt) / 1000);
  }

  summary(): { rate: number; p50: number; p99: number; max: number } {
    const sorted = Float64Array.from(this.latencies).sort();
    return {
      rate: this.rate,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? Number.NaN,
    };
  }

  /** "12345 req/s · p50 … · p99 … · max … · non-200 0 (n=…)" plus any oddities. */
  line(): string {
    const { rate, p50, p99, max } = this.summary();
    const odd = [
      this.cooldowns ? `cooldown replies ${this.cooldowns}` : "",
      this.wrongType ? `unexpected bodies ${this.wrongType}` : "",
      this.errors ? `socket errors ${this.errors}` : "",
    ].filter(Boolean);
    return `${rate.toFixed(0)} req/s · p50 ${ms(p50)} · p99 ${ms(p99)} · max ${ms(max)} · non-200 ${this.nonOk} (n=${this.count}; ${this.statusList()}${odd.length ? `; ${odd.join(", ")}` : ""})`;
  }

  /** "200×123 401×4" (status 0: the connection failed). */
  statusList(): string {
    return [...this.statuses].map(([status, n]) => `${status}×${n}`).join(" ");
  }

  verdict(): string {
    const { rate, p99 } = this.summary();
    const ok = rate >= TARGET_RPS && p99 <= TARGET_P99_MS && this.nonOk === 0 && !this.cooldowns;
    return ok ? "meets target" : "MISSES target";
  }
}

// ---- CPU ------------------------------------------------------------------------------------

/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these ticks. */
const CLOCK_TICKS_PER_S = 100;
/** utime and stime, counted from the field after the process name's closing parenthesis. */
const UTIME_FIELD = 11;
const STIME_FIELD = 12;

/** CPU seconds (user + system, all threads) a process has used so far; NaN off Linux. */
function cpuSecondsOf(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[UTIME_FIELD]) + Number(fields[STIME_FIELD])) / CLOCK_TICKS_PER_S;
  } catch {
    return Number.NaN;
  }
}

/** CPU used by named processes between `start()` and `line()`, as % of one core. */
class CpuMeter {
  private before: number[] = [];
  private startedAt = Number.NaN;

  constructor(private readonly processes: [name: string, pid: number | undefined][]) {}

  start(): void {
    this.startedAt = performance.now();
    this.before = this.processes.map(([, pid]) => cpuSecondsOf(pid));
  }

  line(): string {
    const seconds = (performance.now() - this.startedAt) / 1000;
    const shares = this.processes.map(([name, pid], index) => {
      const used = cpuSecondsOf(pid) - (this.before[index] ?? Number.NaN);
      return `${name} ${((100 * used) / seconds).toFixed(0)}%`;
    });
    return `CPU (% of one core): ${shares.join(" · ")}`;
  }
}

// ---- load generator -------------------------------------------------------------------------

interface Answer {
  status: number;
  body: Buffer;
}

function post(agent: Agent, target: URL, signedRequest: Signed): Promise<Answer> {
  return new Promise((resolve) => {
    const outgoing = request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: "POST",
        headers: signedRequest.headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }),
        );
        response.on("error", () => resolve({ status: 0, body: Buffer.alloc(0) }));
      },
    );
    outgoing.on("error", () => resolve({ status: 0, body: Buffer.alloc(0) }));
    outgoing.end(signedRequest.body);
  });
}

interface LoopOptions {
  target: URL;
  source: RequestSource;
  connections: number;
  tally: Tally;
  /** Whether a request started now is counted. */
  recording: () => boolean;
  /** Whether the connections should stop. */
  done: () => boolean;
}

/** `connections` keep-alive connections, each sending the next request when answered. */
async function closedLoop(options: LoopOptions): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const connection = async () => {
    while (!options.done()) {
      const next = options.source.take();
      if (!next) return;
      const counted = options.recording();
      const startedAt = performance.now();
      const answer = await post(agent, options.target, next);
      if (counted) options.tally.add(startedAt, performance.now(), answer.status, answer.body);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, connection));
  agent.destroy();
}

/** BENCH_WARMUP seconds unrecorded, then BENCH_SECONDS recorded (and metered). */
async function timedLoad(
  target: URL,
  source: RequestSource,
  expectedType: number,
  meter: CpuMeter,
) {
  const tally = new Tally(expectedType);
  const recordFrom = performance.now() + WARMUP_SECONDS * 1000;
  setTimeout(() => meter.start(), WARMUP_SECONDS * 1000);
  const stopAt = recordFrom + SECONDS * 1000;
  await closedLoop({
    target,
    source,
    connections: CONNECTIONS,
    tally,
    recording: () => performance.now() >= recordFrom,
    done: () => performance.now() >= stopAt,
  });
  return tally;
}

/** Good /ask load for as long as FLOOD_REQUESTS badly signed requests take to send. */
async function floodLoad(target: URL, source: RequestSource, bad: Signed[]) {
  const good = new Tally(RESPONSE_CHANNEL_MESSAGE);
  const flood = new Tally(undefined);
  let flooding = true;
  const goodLoad = closedLoop({
    target,
    source,
    connections: CONNECTIONS,
    tally: good,
    recording: () => flooding,
    done: () => !flooding,
  });
  await closedLoop({
    target,
    source: new RequestSource(bad, false),
    connections: FLOOD_CONNECTIONS,
    tally: flood,
    recording: () => true,
    done: () => false,
  });
  flooding = false;
  await goodLoad;
  return { good, flood };
}

// ---- processes ------------------------------------------------------------------------------

interface Bot {
  child: ChildProcess;
  url: URL;
  /** Log lines at warn or above, and anything on stderr that is not a log line. */
  problems: string[];
}

function baseEnv(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? tmpdir(),
  };
}

function watchLine(line: string, problems: string[]): void {
  try {
    const entry = JSON.parse(line) as { level?: number };
    if ((entry.level ?? 0) >= PINO_WARN) problems.push(line);
  } catch {
    if (line.trim()) problems.push(line);
  }
}

/** Resolves with the first stdout/stderr line `pick` accepts, or rejects on exit or timeout. */
function firstLine<T>(
  name: string,
  child: ChildProcess,
  stream: NodeJS.ReadableStream,
  pick: (line: string) => T | undefined,
  onLine: (line: string) => void = () => {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const seen: string[] = [];
    const failed = (why: string) =>
      reject(
        new Error(`${name} ${why}; its last lines:\n${seen.slice(-MAX_PROBLEMS_SHOWN).join("\n")}`),
      );
    const timer = setTimeout(() => failed("was not ready in time"), READY_TIMEOUT_MS);
    const lines = createInterface({ input: stream });
    let found = false;
    lines.on("line", (line) => {
      onLine(line);
      if (!found) seen.push(line);
      if (found) return;
      const picked = pick(line);
      if (picked === undefined) return;
      found = true;
      clearTimeout(timer);
      resolve(picked);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (!found) failed(`exited (${code}) before it was ready`);
    });
  });
}

/** `npm start`'s compiled bot, HTTP interactions only, on a free port. */
async function startBot(fake: FakeDiscord): Promise<Bot> {
  // e.g. BENCH_BOT_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the bots.
  const nodeArgs = (process.env.BENCH_BOT_NODE_ARGS ?? "").split(" ").filter(Boolean);
  // The flags npm start gives node, so that the bot is measured as it runs.
  const child = spawn(process.execPath, [...startFlags(), ...nodeArgs, "dist/src/main.js"], {
    cwd: ROOT,
    env: {
      ...baseEnv(),
      DATABASE_URL: "sqlite::memory:",
      LOG_LEVEL: "info",
      STORY: process.env.STORY ?? "",
      METRICS_PORT: "",
      DISCORD_CLIENT_ID: "",
      DISCORD_GUILD_ID: "",
      ...httpOnlyEnv(fake),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.resume();
  const problems: string[] = [];
  const url = await firstLine(
    "the bot",
    child,
    child.stderr as NodeJS.ReadableStream,
    (line) => {
      if (!line.includes(`"msg":"${READY_MSG}"`)) return undefined;
      return new URL(String((JSON.parse(line) as { url: string }).url));
    },
    (line) => watchLine(line, problems),
  );
  return { child, url, problems };
}

/** scripts/round-robin.ts in its own process, in front of `upstreams`. */
async function startProxy(upstreams: URL[]): Promise<{ child: ChildProcess; url: URL }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/round-robin.ts", ...upstreams.map((url) => url.origin)],
    { cwd: ROOT, env: baseEnv(), stdio: ["ignore", "pipe", "inherit"] },
  );
  const origin = await firstLine(
    "the proxy",
    child,
    child.stdout as NodeJS.ReadableStream,
    (line) => (line.startsWith("{") ? (JSON.parse(line) as { url: string }).url : undefined),
  );
  return { child, url: new URL("/interactions", origin) };
}

/** SIGTERM, then SIGKILL if it has not exited in STOP_TIMEOUT_MS; resolves with the exit code. */
async function stop(child: ChildProcess): Promise<string> {
  if (child.exitCode !== null) return `already exited (${child.exitCode})`;
  const exited = once(child, "exit") as Promise<[number | null, string | null]>;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  const [code, signal] = await exited;
  clearTimeout(timer);
  return signal ? `killed by ${signal}` : `exit ${code}`;
}

/** VmRSS and VmHWM (peak) of a process, from /proc (Linux only). */
function memoryOf(pid: number | undefined): string {
  try {
    const mb = (field: "VmRSS" | "VmHWM") => `${memoryMb(pid as number, field).toFixed(1)} MB`;
    return `RSS ${mb("VmRSS")} (peak ${mb("VmHWM")})`;
  } catch {
    return "RSS unavailable";
  }
}

// ---- the benchmark --------------------------------------------------------------------------

/** Signs VERIFY_SAMPLES distinct (body, timestamp) pairs, then times the bot's verifier on each. */
function benchVerify(signingKey: FakeDiscord["signingKey"], { askBodies }: Pools): string {
  const firstTimestamp = Math.floor(Date.now() / 1000);
  const samples = Array.from({ length: VERIFY_SAMPLES }, (_, index) => {
    const body = askBodies[index % askBodies.length] as Buffer;
    const headers = signatureHeaders(signingKey.privateKey, body, String(firstTimestamp + index));
    return {
      body,
      signature: headers["x-signature-ed25519"],
      timestamp: headers["x-signature-timestamp"],
    };
  });
  const verify = signatureVerifier(signingKey.publicKeyHex);
  const times = new Float64Array(VERIFY_SAMPLES);
  let valid = 0;
  const started = performance.now();
  for (const [index, { body, signature, timestamp }] of samples.entries()) {
    const before = performance.now();
    if (verify(signature, timestamp, body)) valid++;
    times[index] = (performance.now() - before) * 1000;
  }
  const meanUs = ((performance.now() - started) * 1000) / VERIFY_SAMPLES;
  times.sort();
  const size = Math.round(samples.reduce((sum, { body }) => sum + body.length, 0) / VERIFY_SAMPLES);
  return `mean ${us(meanUs)}/verify (≈${Math.round(1e6 / meanUs)}/s on one core) · p50 ${us(percentile(times, 50))} · p99 ${us(percentile(times, 99))} · ${valid}/${VERIFY_SAMPLES} valid · bodies ≈${size} B`;
}

/**
 * The total /ask rate up to which no member is refused: cycled in order, a member comes back
 * every MEMBERS / rate seconds, and is refused when COOLDOWN_LIMIT + 1 of those fall in a window.
 */
const cooldownCeiling = () => Math.floor((MEMBERS * COOLDOWN_LIMIT) / COOLDOWN_WINDOW_S);

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

const BENCH_PROCESS: [string, number] = ["bench (load generator)", process.pid];

/** 2. One process: /ask, then autocomplete. Returns the /ask tally (the flood's baseline). */
async function benchOneProcess(bot: Bot, asks: RequestSource, pools: Pools): Promise<Tally> {
  const meter = new CpuMeter([["bot", bot.child.pid], BENCH_PROCESS]);
  const single = await timedLoad(bot.url, asks, RESPONSE_CHANNEL_MESSAGE, meter);
  say(`2a. one process, /ask: ${single.line()} → ${single.verdict()}`);
  say(`    ${meter.line()}`);
  const autocompletes = new RequestSource(pools.autocompletes, true);
  const auto = await timedLoad(bot.url, autocompletes, RESPONSE_AUTOCOMPLETE, meter);
  say(`2b. one process, autocomplete: ${auto.line()}`);
  say(`    ${meter.line()}`);
  return single;
}

/** 3. Two processes behind scripts/round-robin.ts (in its own process). */
async function benchTwoProcesses(bots: [Bot, Bot], asks: RequestSource, single: Tally) {
  const proxy = await startProxy(bots.map((bot) => bot.url));
  try {
    const meter = new CpuMeter([
      ["bot 1", bots[0].child.pid],
      ["bot 2", bots[1].child.pid],
      ["proxy", proxy.child.pid],
      BENCH_PROCESS,
    ]);
    const balanced = await timedLoad(proxy.url, asks, RESPONSE_CHANNEL_MESSAGE, meter);
    const ratio = (balanced.rate / single.rate).toFixed(2);
    say(`3. two processes behind round-robin, /ask: ${balanced.line()} (${ratio}× one process)`);
    say(`   ${meter.line()}`);
    say(
      "   the proxy is this script's own node:http round-robin (scripts/round-robin.ts): one more process and event loop on the same cores, so it costs throughput",
    );
    say(`   proxy ${memoryOf(proxy.child.pid)}`);
  } finally {
    await stop(proxy.child);
  }
}

/** 4. Good /ask on one process while FLOOD_REQUESTS badly signed requests arrive. */
async function benchFlood(bot: Bot, asks: RequestSource, pools: Pools, single: Tally) {
  const bad = Array.from({ length: FLOOD_REQUESTS }, (_, index) =>
    badlySigned(pools.asks[index % pools.asks.length] as Signed),
  );
  const meter = new CpuMeter([["bot", bot.child.pid], BENCH_PROCESS]);
  meter.start();
  const { good, flood } = await floodLoad(bot.url, asks, bad);
  const rejected = flood.statuses.get(401) === FLOOD_REQUESTS;
  const floodSummary = flood.summary();
  say(
    `4a. flood: ${FLOOD_REQUESTS} badly signed over ${FLOOD_CONNECTIONS} more connections at ${flood.rate.toFixed(0)} req/s, ${rejected ? "all got 401" : `NOT all 401: ${flood.statusList()}`} (their p50 ${ms(floodSummary.p50)}, p99 ${ms(floodSummary.p99)})`,
  );
  say(`4b. good /ask during the flood: ${good.line()}`);
  const without = single.summary();
  const during = good.summary();
  say(
    `4c. good /ask p50/p99 without flood (2a) ${ms(without.p50)} / ${ms(without.p99)} vs during ${ms(during.p50)} / ${ms(during.p99)}; rate ${without.rate.toFixed(0)} → ${during.rate.toFixed(0)} req/s`,
  );
  say(`    ${meter.line()}`);
}

/** 5. Memory of each bot, their shutdown, and what they logged at warn or above. */
async function reportBots(bots: Bot[]): Promise<void> {
  for (const [index, bot] of bots.entries()) {
    const memory = memoryOf(bot.child.pid);
    say(
      `5. bot ${index + 1} (pid ${bot.child.pid}): ${memory} · SIGTERM → ${await stop(bot.child)}`,
    );
  }
  const problems = bots.flatMap((bot) => bot.problems);
  say(`bot log lines at warn or above: ${problems.length}`);
  for (const line of problems.slice(0, MAX_PROBLEMS_SHOWN)) say(`   ${line.slice(0, 300)}`);
}

async function main(): Promise<void> {
  say(
    `bench:http · node ${process.version} · ${availableParallelism()} cores · ${CONNECTIONS} connections · ${SECONDS} s measured after ${WARMUP_SECONDS} s warm-up · target ≥${TARGET_RPS} /ask/s per process with p99 ≤${TARGET_P99_MS} ms`,
  );
  say("note: the load generator runs in this node process and shares the cores with the bot(s).");
  const fake = await FakeDiscord.start({ logUnhandled: false });
  const bots: Bot[] = [];
  const killAll = () => {
    for (const bot of bots) if (bot.child.exitCode === null) bot.child.kill("SIGKILL");
  };
  process.once("exit", killAll);
  try {
    const pools = buildPools(fake);
    say(
      `pools: ${pools.asks.length} signed /ask (${MEMBERS} members in turn, ${QUESTION_VARIETY} questions; no cooldown refusals up to ≈${cooldownCeiling()} req/s in all), ${pools.autocompletes.length} autocomplete; built and signed in ${(pools.ms / 1000).toFixed(1)} s`,
    );
    say(`1. verify alone (signatureVerifier, in-process): ${benchVerify(fake.signingKey, pools)}`);

    await build();
    const first = await startBot(fake);
    bots.push(first);
    const asks = new RequestSource(pools.asks, true);
    const single = await benchOneProcess(first, asks, pools);
    const second = await startBot(fake);
    bots.push(second);
    await benchTwoProcesses([first, second], asks, single);
    await benchFlood(first, asks, pools, single);
    if (asks.repeated > 0)
      say(`note: the /ask pool wrapped: ${asks.repeated} interaction ids were sent twice`);
    await reportBots(bots);
  } finally {
    killAll();
    await fake.close();
  }
}

/** `npm start`'s build step (a no-op when dist/ is up to date). */
async function build(): Promise<void> {
  const child = spawn(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "inherit" });
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`scripts/build.mjs failed (${code})`);
}

await main();
