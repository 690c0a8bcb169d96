// SIGTERM in a real process started as npm start runs it: clean exit 0 < 5 s.
import { once } from "node:events";
import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { signatureHeaders } from "../fake-discord/http-delivery.js";
import type { FakeDiscord } from "../fake-discord/server.js";
import { botProcessTests, terminate } from "./bot-processes.js";
import { httpOnlyEnv } from "./run.js";

const { startFake, startBot, startNpm } = botProcessTests();

// SIGINT takes the same handler (see test/shutdown.test.ts); one process start is enough here.
describe("GIVEN the bot process receives SIGTERM", () => {
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

const IN_FLIGHT = 50;
/** How long the fake takes to accept each answer: long enough for all to be in flight at once. */
const SLOW_CALLBACK_MS = 1000;
const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;
const QUESTION = "When do the talks start?";

/** Members enough that no one hits the per-user cooldown. */
function members(fake: FakeDiscord): string[] {
  return Array.from({ length: IN_FLIGHT }, (_, i) => {
    const id = `14000000000000${String(i).padStart(4, "0")}`;
    fake.addMember(id);
    return id;
  });
}

const answered = (logs: string[]) =>
  logs.filter(
    (line) => line.includes('"msg":"interaction"') && line.includes('"status":"answered"'),
  ).length;

describe(`GIVEN npm start serves the gateway and SIGTERM arrives with ${IN_FLIGHT} interactions in flight`, () => {
  it("THEN all of them are answered and it exits 0 within 5 s", async () => {
    const fake = await startFake();
    const users = members(fake);
    const { child, logs } = await startNpm(
      { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase },
      "ready",
    );
    fake.failNext({ method: "POST", path: CALLBACK, delayMs: SLOW_CALLBACK_MS, times: IN_FLIGHT });
    const asked = users.map((userId) =>
      fake.slash("ask", [{ name: "question", value: QUESTION }], { userId }),
    );
    // Every answer has reached Discord, none accepted yet: all are in flight.
    await expect
      .poll(() => fake.requestsTo("POST", CALLBACK).length, { timeout: 5000 })
      .toBe(IN_FLIGHT);
    const sent = Date.now();
    expect(await terminate(child)).toEqual({ code: 0, killedBy: null });
    expect(Date.now() - sent).toBeLessThan(5000);
    const handles = await Promise.all(asked);
    expect(handles.filter((handle) => handle.callback?.type === 4)).toHaveLength(IN_FLIGHT);
    expect(answered(logs)).toBe(IN_FLIGHT);
    expect(logs.join("\n")).toContain('"msg":"stopped"');
  });
});

describe(`GIVEN npm start serves HTTP only and SIGTERM arrives with ${IN_FLIGHT} requests in flight`, () => {
  it("THEN every request already begun is answered, and it exits 0 within 5 s", async () => {
    const fake = await startFake();
    const users = members(fake);
    const { child, logs, ready } = await startNpm(httpOnlyEnv(fake), "HTTP interactions ready");
    const endpoint = new URL(String(ready.url));
    // Each request is begun (headers and half its body sent) before the signal, finished after.
    const requests = users.map((userId) => {
      const payload = JSON.stringify(
        fake.interactionPayload("ask", [{ name: "question", value: QUESTION }], { userId }),
      );
      const body = Buffer.from(payload);
      const request = httpRequest(endpoint, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": body.length,
          ...signatureHeaders(fake.signingKey.privateKey, body),
        },
      });
      const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
        request.on("response", (incoming) => {
          let text = "";
          incoming.on("data", (chunk: Buffer) => {
            text += chunk.toString();
          });
          incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0, body: text }));
        });
        request.on("error", reject);
      });
      request.write(body.subarray(0, body.length >> 1));
      return { request, rest: body.subarray(body.length >> 1), response };
    });
    // Let the bot's server take the connections and the halves of the bodies.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const sent = Date.now();
    const exited = terminate(child);
    await expect.poll(() => logs.join("\n")).toContain('"msg":"shutting down"');
    for (const { request, rest } of requests) request.end(rest);
    const responses = await Promise.all(requests.map(({ response }) => response));
    expect(responses.filter((r) => r.status === 200 && JSON.parse(r.body).type === 4)).toHaveLength(
      IN_FLIGHT,
    );
    expect(await exited).toEqual({ code: 0, killedBy: null });
    expect(Date.now() - sent).toBeLessThan(5000);
    expect(answered(logs)).toBe(IN_FLIGHT);
  });
});
