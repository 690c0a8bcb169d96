// SIGTERM in a real process started through tsx (as npm start does): clean exit 0 < 5 s.
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { FakeDiscord } from "../fake-discord/server.js";
import { killTree, spawnTsx } from "./run.js";

let fake: FakeDiscord | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child) killTree(child);
  child = undefined;
  await fake?.close();
  fake = undefined;
});

/** Starts the bot process against the fake; resolves once it reports "ready". */
async function startBotProcess(
  fake: FakeDiscord,
): Promise<{ child: ChildProcess; logs: string[] }> {
  const started = spawnTsx("test/e2e/fixtures/bot-process.ts", {
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE: fake.apiBase,
    LOG_LEVEL: "info",
    E2E_UNHANDLED_REJECTION: "1",
  });
  child = started;
  const logs: string[] = [];
  started.stderr?.on("data", (chunk: Buffer) => logs.push(chunk.toString()));
  const lines = createInterface({ input: started.stdout as NodeJS.ReadableStream });
  const exited = once(started, "exit").then(() => {
    throw new Error(`the bot process exited before it was ready:\n${logs.join("")}`);
  });
  const ready = (async () => {
    for await (const line of lines) if (line.includes('"ready"')) return;
  })();
  await Promise.race([ready, exited]);
  return { child: started, logs };
}

// SIGINT takes the same handler (see adapter-units.test.ts); one process start is enough here.
describe("GIVEN the bot process receives SIGTERM", () => {
  const signal = "SIGTERM";
  it("THEN it stops taking interactions, destroys the client and exits 0 within 5 s", async () => {
    fake = await FakeDiscord.start({ logUnhandled: false });
    const { child, logs } = await startBotProcess(fake);
    // An unhandled rejection after start was logged, not fatal: the bot still answers.
    expect((await fake.slash("who-attends")).callback?.type).toBe(4);
    await expect.poll(() => logs.join("")).toContain('"msg":"unhandled promise rejection"');
    expect(fake.gateway.connected).toBe(true);

    const sent = Date.now();
    const exit = once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
    child.kill(signal);
    const [code, killedBy] = await exit;
    expect(Date.now() - sent).toBeLessThan(5000);
    expect({ code, killedBy }).toEqual({ code: 0, killedBy: null });
    if (child.stderr && !child.stderr.readableEnded) await once(child.stderr, "end");
    const output = logs.join("");
    expect(output).toContain('"msg":"shutting down"');
    expect(output).toContain('"msg":"stopped"');
    expect(output).not.toContain(fake.token);
    await expect.poll(() => fake?.gateway.connected).toBe(false);
  });
});
