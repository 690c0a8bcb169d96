// What operators read: every error line says why, and no interaction token ever reaches the log.
import { describe, expect, it } from "vitest";
import { logged, startHarness, useHarness } from "./harness.js";

useHarness();

describe("GIVEN Discord refuses the bot's reply to an interaction", () => {
  it("THEN the error is logged with Discord's code and status, and never the interaction token", async () => {
    const { fake, logs } = await startHarness();
    fake.failNext({
      method: "POST",
      path: /^\/interactions\/\d+\/[^/]+\/callback$/,
      status: 400,
      body: { code: 40060, message: "Interaction has already been acknowledged." },
      times: 4,
    });
    const r = fake.interact(2, fake.commandData("who-attends", []));
    await expect.poll(() => logged(logs, "handler failed").length).toBeGreaterThan(0);
    const [failure] = logged(logs, "handler failed");
    expect(failure?.reason).toMatch(/^Discord POST 400: .*\(Discord error 40060\)$/);
    expect(JSON.stringify(logs)).not.toContain(r.token);
  });
});

describe("GIVEN a member is refused", () => {
  it("THEN the interaction's log line says why", async () => {
    const { fake, logs } = await startHarness();
    await fake.slash("gaps");
    await expect
      .poll(() => logged(logs, "interaction").at(-1))
      .toMatchObject({
        command: "gaps",
        status: "error",
        reason: "missing permission",
      });
  });
});
