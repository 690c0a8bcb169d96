// Runs a TypeScript entry (a script or the bot) in a child process through tsx, as npm does.
import { type ChildProcess, spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX_CLI = fileURLToPath(new URL("../../node_modules/tsx/dist/cli.mjs", import.meta.url));

/**
 * Spawns `tsx <entry>` with only the given variables (plus PATH/HOME), in a temporary working
 * directory so that a developer's own `.env` never leaks into the test. The store is in memory
 * unless the test names one: never the project's own var/storybot.sqlite.
 */
export function spawnTsx(entry: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [TSX_CLI, join(ROOT, entry)], {
    cwd: tmpdir(),
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? tmpdir(),
      DATABASE_URL: "sqlite::memory:",
      ...env,
    },
    // stdin stays open while this process lives: the bot fixture stops when it closes.
    stdio: ["pipe", "pipe", "pipe"],
    // Its own process group, so that `killTree` also reaches the node process tsx starts.
    detached: true,
  });
}

/** Kills a process started by `spawnTsx` and everything it started (tsx's own child included). */
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
