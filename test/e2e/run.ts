// Runs a TypeScript entry (a script or the bot) in a child process with tsx's loader.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/**
 * tsx as a loader inside the one node process (`node --import tsx`), not its CLI: the CLI is a
 * second process that relays a signal and kills the bot 60 ms later, mid-shutdown.
 */
const TSX_LOADER = new URL("../../node_modules/tsx/dist/loader.mjs", import.meta.url).href;

/**
 * Spawns `node --import tsx <entry>` with only the given variables (plus PATH/HOME), in a temporary working
 * directory so that a developer's own `.env` never leaks into the test. The store is in memory
 * unless the test names one: never the project's own var/storybot.sqlite.
 */
export function spawnTsx(entry: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["--import", TSX_LOADER, join(ROOT, entry)], {
    cwd: tmpdir(),
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? tmpdir(),
      DATABASE_URL: "sqlite::memory:",
      ...env,
    },
    // stdin stays open while this process lives: the bot fixture stops when it closes.
    stdio: ["pipe", "pipe", "pipe"],
    // Its own process group, so that `killTree` also reaches whatever it starts.
    detached: true,
  });
}

/** Kills a process started by `spawnTsx` and everything it started. */
export function killTree(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** Runs to completion; resolves with the exit code and the output. */
export function runTsx(
  entry: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnTsx(entry, env);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Starts the bot process (test/e2e/fixtures/bot-process.ts, what `npm start` does in Discord
 * mode) against a fake Discord; resolves once it reports "ready". `logs` collects its stderr.
 */
export async function startBotProcess(
  fake: { token: string; apiBase: string },
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; logs: string[] }> {
  const started = spawnTsx("test/e2e/fixtures/bot-process.ts", {
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE: fake.apiBase,
    LOG_LEVEL: "info",
    ...env,
  });
  const logs: string[] = [];
  started.stderr?.on("data", (chunk: Buffer) => logs.push(chunk.toString()));
  const lines = createInterface({ input: started.stdout as NodeJS.ReadableStream });
  const exited = once(started, "exit").then(() => {
    throw new Error(`the bot process exited before it was ready:\n${logs.join("")}`);
  });
  const ready = (async () => {
    for await (const line of lines) if (line.includes('"ready"')) return;
  })();
  try {
    await Promise.race([ready, exited]);
  } catch (error) {
    killTree(started);
    throw error;
  }
  return { child: started, logs };
}

/** Variables a developer's own .env might set that would change what `npm start` serves. */
const NEUTRAL_ENV = {
  STORY: "",
  DISCORD_PUBLIC_KEY: "",
  INTERACTIONS_PORT: "",
  METRICS_PORT: "",
  DISCORD_GATEWAY: "",
  DISCORD_CLIENT_ID: "",
  DISCORD_GUILD_ID: "",
};

/**
 * Runs `npm start` itself in the project (its build step, then the compiled bot under node, as
 * a user runs it) with `env` over neutral values; resolves once a log line carries `readyMsg`.
 */
export async function startNpmStart(
  env: Record<string, string>,
  readyMsg: string,
): Promise<{ child: ChildProcess; logs: string[]; ready: Record<string, unknown> }> {
  const child = spawn("npm", ["start", "--silent"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? tmpdir(),
      DATABASE_URL: "sqlite::memory:",
      LOG_LEVEL: "info",
      ...NEUTRAL_ENV,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const logs: string[] = [];
  child.stdout?.resume();
  const lines = createInterface({ input: child.stderr as NodeJS.ReadableStream });
  const exited = once(child, "exit").then(() => {
    throw new Error(`npm start exited before it was ready:\n${logs.join("\n")}`);
  });
  let resolveReady: (line: Record<string, unknown>) => void = () => {};
  const ready = new Promise<Record<string, unknown>>((resolve) => {
    resolveReady = resolve;
  });
  lines.on("line", (line) => {
    logs.push(line);
    if (line.includes(`"msg":"${readyMsg}"`)) resolveReady(JSON.parse(line));
  });
  try {
    return { child, logs, ready: await Promise.race([ready, exited]) };
  } catch (error) {
    killTree(child);
    throw error;
  }
}

/** The variables that make the bot serve HTTP interactions only, against a fake Discord. */
export function httpOnlyEnv(fake: {
  token: string;
  apiBase: string;
  signingKey: { publicKeyHex: string };
}): Record<string, string> {
  return {
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE: fake.apiBase,
    DISCORD_PUBLIC_KEY: fake.signingKey.publicKeyHex,
    INTERACTIONS_PORT: "0",
    INTERACTIONS_HOST: "127.0.0.1",
    DISCORD_GATEWAY: "off",
  };
}
