// SIGTERM in a real process started as npm start runs it: clean exit 0 < 5 s.
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { botProcessTests, terminate } from "./bot-processes.js";

const { startFake, startBot } = botProcessTests();

// SIGINT takes the same handler (see adapter-units.test.ts); one process start is enough here.
describe("GIVEN the bot process receives SIGTERM", () => {
  const signal = "SIGTERM";
  it("THEN it stops taking interactions, destroys the client and exits 0 within 5 s", async () => {
    const fake = await startFake();
    const { child, logs } = await startBot(fake, { E2E_UNHANDLED_REJECTION: "1" });
    // An unhandled rejection after start was logged, not fatal: the bot still answers.
    expect((await fake.slash("who-attends")).callback?.type).toBe(4);
    await expect.poll(() => logs.join("")).toContain('"msg":"unhandled promise rejection"');
    expect(fake.gateway.connected).toBe(true);

    const sent = Date.now();
    expect(await terminate(child)).toEqual({ code: 0, killedBy: null });
    expect(Date.now() - sent).toBeLessThan(5000);
    if (child.stderr && !child.stderr.readableEnded) await once(child.stderr, "end");
    const output = logs.join("");
    expect(output).toContain('"msg":"shutting down"');
    expect(output).toContain('"msg":"stopped"');
    expect(output).not.toContain(fake.token);
    await expect.poll(() => fake.gateway.connected).toBe(false);
  });
});

describe("GIVEN Discord closes the gateway for good (4004: the token was reset)", () => {
  it("THEN the bot logs an error saying why and exits non-zero for its supervisor", async () => {
    const fake = await startFake();
    const { child, logs } = await startBot(fake);
    const exit = once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
    fake.gateway.drop({ code: 4004, reason: "Authentication failed." });
    const [code] = await exit;
    expect(code).toBe(1);
    const output = logs.join("");
    expect(output).toMatch(/"level":50[^\n]*"code":4004[^\n]*"reason":"authentication failed/);
    expect(output).not.toContain(fake.token);
  });
});
