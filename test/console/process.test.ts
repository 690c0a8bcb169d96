/**
 * The console as outside tools run it: a real process, stdin piped, stdout read as JSON lines.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SEED_DIR, storyIdOf } from "../helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SEED_ID = storyIdOf(SEED_DIR);

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runProcess(command: string, args: string[], input: string): Promise<Exit> {
  return new Promise((resolve, reject) => {
    // The seed is named the default, whatever other stories data/stories holds.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LOG_LEVEL: "debug",
      DISCORD_TOKEN: "",
      STORY: SEED_ID,
      // Side by side, the two processes must not share (and lock) the project's store.
      DATABASE_URL: "sqlite::memory:",
    };
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const LINES = [
  "/quote assad",
  "",
  "/ask question: when is geneva?",
  "/nope",
  "   ",
  "/who-attends",
];
const INPUT = `${LINES.join("\n")}\n`;
const NON_BLANK = LINES.filter((line) => line.trim().length > 0);

// The two processes run side by side: each takes a few seconds to start.
describe.concurrent("the console as a real process", () => {
  it("prints only JSON lines, one per non-blank input line, and exits 0", async () => {
    const { code, stdout, stderr } = await runProcess(
      "npx",
      ["tsx", "src/main.ts", "--console", "--json"],
      INPUT,
    );
    expect(code, stderr).toBe(0);
    const lines = stdout.split("\n");
    expect(lines.pop()).toBe("");
    const records = lines.map((line) => JSON.parse(line) as { input: string; status: string });
    expect(records.map((record) => record.input)).toEqual(NON_BLANK);
    expect(records.map((record) => record.status)).toEqual([
      "answered",
      "answered",
      "error",
      "answered",
    ]);
    // Logs (debug level here) go to stderr, never to stdout.
    expect(stderr).toContain("story loaded");
  });

  // npm prints its own "> storybot@0.1.0 console" banner on stdout unless told to be silent:
  // the README documents the silent form for tools that read the JSON.
  it("prints only JSON lines through `npm run --silent console -- --json` too", async () => {
    const { code, stdout } = await runProcess(
      "npm",
      ["run", "--silent", "console", "--", "--json"],
      INPUT,
    );
    expect(code).toBe(0);
    const lines = stdout.split("\n").filter((line) => line.length > 0);
    expect(lines).toHaveLength(NON_BLANK.length);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  // npm's own errors must reach the user: nothing in the project silences them.
  it("lets npm say so when a script does not exist", async () => {
    const { code, stderr } = await runProcess("npm", ["run", "no-such-script"], "");
    expect(code).toBe(1);
    expect(stderr).toContain("Missing script");
  });
});
