// The fake Discord and the bot processes one end-to-end test starts, torn down after each test
// however it ended.
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { afterEach } from "vitest";
import { FakeDiscord } from "../fake-discord/server.js";
import { killTree, startBotProcess, startNpmStart } from "./run.js";

type FakeOptions = Parameters<typeof FakeDiscord.start>[0];

/** Registers the teardown; call once at the top of a test file. */
export function botProcessTests() {
  let fake: FakeDiscord | undefined;
  const children = new Set<ChildProcess>();
  afterEach(async () => {
    for (const child of children) killTree(child);
    children.clear();
    await fake?.close();
    fake = undefined;
  });
  return {
    async startFake(options: FakeOptions = {}): Promise<FakeDiscord> {
      fake = await FakeDiscord.start({ logUnhandled: false, ...options });
      return fake;
    },
    async startBot(
      on: FakeDiscord,
      env: Record<string, string> = {},
    ): ReturnType<typeof startBotProcess> {
      const started = await startBotProcess(on, env);
      children.add(started.child);
      return started;
    },
    /** `npm start` itself, ready once a log line says `readyMsg`. */
    async startNpm(
      env: Record<string, string>,
      readyMsg: string,
    ): ReturnType<typeof startNpmStart> {
      const started = await startNpmStart(env, readyMsg);
      children.add(started.child);
      return started;
    },
  };
}

/** Sends SIGTERM; resolves with the exit code and the signal that killed it, if one did. */
export async function terminate(
  child: ChildProcess,
): Promise<{ code: number | null; killedBy: NodeJS.Signals | null }> {
  const exit = once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
  child.kill("SIGTERM");
  const [code, killedBy] = await exit;
  return { code, killedBy };
}
