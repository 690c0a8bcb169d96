// The HTTP interactions endpoint, end to end: the fake Discord signs real requests with a
// generated Ed25519 key pair and posts them; the bot answers in the response and calls back
// through REST (@discordjs/rest) for edits and pins.
import { once } from "node:events";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../src/http/server.js";
import { buttonsOf } from "../e2e/harness.js";
import {
  generateSigningKey,
  postInteraction,
  signatureHeaders,
} from "../fake-discord/http-delivery.js";
import { FAKE_IDS } from "../fake-discord/server.js";
import { startHttpHarness, useHttpHarness } from "./harness.js";

useHttpHarness();

const MODERATOR = { userId: FAKE_IDS.owner };

/** Posts raw bytes with whatever headers a test gives, as a prober of the endpoint would. */
async function post(endpoint: string, body: string, headers: Record<string, string>) {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  return { status: response.status, text: await response.text() };
}

describe("GIVEN Discord checks the endpoint with a PING", () => {
  it("THEN a correctly signed PING is answered PONG", async () => {
    const { fake, endpoint } = await startHttpHarness();
    const answer = await postInteraction(endpoint, fake.signingKey.privateKey, {
      id: "1300000000000000001",
      application_id: FAKE_IDS.bot,
      type: 1,
      token: "ping-token",
      version: 1,
    });
    expect(answer).toEqual({ status: 200, body: { type: 1 } });
  });
});

describe("GIVEN requests that are not Discord's", () => {
  const ping = JSON.stringify({
    id: "1",
    application_id: FAKE_IDS.bot,
    type: 1,
    token: "t",
    version: 1,
  });

  it("THEN a bad signature gets 401", async () => {
    const { fake, endpoint } = await startHttpHarness();
    const headers = signatureHeaders(fake.signingKey.privateKey, ping);
    const signature = headers["x-signature-ed25519"];
    const flipped = (Number.parseInt(signature.slice(0, 2), 16) ^ 1).toString(16).padStart(2, "0");
    const forged = `${flipped}${signature.slice(2)}`;
    expect((await post(endpoint, ping, { ...headers, "x-signature-ed25519": forged })).status).toBe(
      401,
    );
  });

  it("THEN a body changed after signing gets 401", async () => {
    const { fake, endpoint } = await startHttpHarness();
    const headers = signatureHeaders(fake.signingKey.privateKey, ping);
    expect((await post(endpoint, ping.replace('"t"', '"u"'), headers)).status).toBe(401);
  });

  it("THEN a missing signature header gets 401", async () => {
    const { fake, endpoint } = await startHttpHarness();
    const { "x-signature-timestamp": timestamp } = signatureHeaders(
      fake.signingKey.privateKey,
      ping,
    );
    expect((await post(endpoint, ping, { "x-signature-timestamp": timestamp })).status).toBe(401);
    expect((await post(endpoint, ping, {})).status).toBe(401);
  });

  it("THEN a request signed with another application's key gets 401", async () => {
    const { endpoint } = await startHttpHarness();
    const other = generateSigningKey();
    expect((await post(endpoint, ping, signatureHeaders(other.privateKey, ping))).status).toBe(401);
  });

  it("THEN a body over the size limit gets 413 without being read", async () => {
    const { fake, endpoint } = await startHttpHarness();
    const huge = JSON.stringify({ type: 1, padding: "x".repeat(MAX_BODY_BYTES) });
    const answer = await post(endpoint, huge, signatureHeaders(fake.signingKey.privateKey, huge));
    expect(answer.status).toBe(413);
  });

  it("THEN a correctly signed request replayed ten minutes later gets 401", async () => {
    const { fake, endpoint } = await startHttpHarness();
    const then = String(Math.floor(Date.now() / 1000) - 600);
    const headers = signatureHeaders(fake.signingKey.privateKey, ping, then);
    expect((await post(endpoint, ping, headers)).status).toBe(401);
  });

  it("THEN the same signed interaction posted a second time gets 401, and is answered once", async () => {
    const { fake, endpoint } = await startHttpHarness();
    const payload = fake.interactionPayload("ask", [
      { name: "question", value: "When do the talks start?" },
    ]);
    const first = await postInteraction(endpoint, fake.signingKey.privateKey, payload);
    const again = await postInteraction(endpoint, fake.signingKey.privateKey, payload);
    expect(first.status).toBe(200);
    expect(again.status).toBe(401);
  });

  it("THEN a body streamed past the limit (no length given) gets 413, not a reset", async () => {
    const { fake, endpoint } = await startHttpHarness();
    const huge = JSON.stringify({ type: 1, padding: "x".repeat(MAX_BODY_BYTES) });
    const chunks = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(huge));
        controller.close();
      },
    });
    const response = await fetch(endpoint, {
      method: "POST",
      headers: signatureHeaders(fake.signingKey.privateKey, huge),
      body: chunks,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it("THEN a request whose body never finishes arriving is cut off", async () => {
    const { fake, server } = await startHttpHarness({ requestTimeoutMs: 300 });
    const { port } = new URL(server.url);
    const signed = signatureHeaders(fake.signingKey.privateKey, "{}");
    const socket = connect(Number(port), "127.0.0.1");
    let answer = "";
    socket.on("data", (chunk: Buffer) => {
      answer += chunk.toString();
    });
    socket.write(
      [
        "POST /interactions HTTP/1.1",
        "host: bot",
        "content-type: application/json",
        "content-length: 100",
        `x-signature-ed25519: ${signed["x-signature-ed25519"]}`,
        `x-signature-timestamp: ${signed["x-signature-timestamp"]}`,
        "",
        '{"type":',
      ].join("\r\n"),
    );
    const started = Date.now();
    await once(socket, "close");
    expect(Date.now() - started).toBeLessThan(2000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it("THEN each refusal is counted in /metrics, and /healthz says ok", async () => {
    const { server, endpoint } = await startHttpHarness();
    await post(endpoint, ping, {});
    await post(endpoint, ping, signatureHeaders(generateSigningKey().privateKey, ping));
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/^storybot_signature_failures_total 2$/m);
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: "ok" });
  });

  it("THEN anything but POST /interactions is refused plainly", async () => {
    const { server, endpoint } = await startHttpHarness();
    expect((await fetch(endpoint)).status).toBe(405);
    expect((await fetch(`${server.url}/elsewhere`)).status).toBe(404);
  });
});

describe("GIVEN members use the bot through the HTTP endpoint", () => {
  it("THEN /ask is answered in the response with cited excerpts and its buttons", async () => {
    const { fake } = await startHttpHarness();
    const r = await fake.slash("ask", [{ name: "question", value: "When do the talks start?" }]);
    expect(r.httpStatus).toBe(200);
    expect(r.callback?.type).toBe(4);
    const text = JSON.stringify((await r.reply()).embeds);
    expect(text).toContain("¶5");
    const buttons = await buttonsOf(r);
    expect(buttons.some((id) => id.startsWith("paragraph:"))).toBe(true);
    expect(buttons.filter((id) => id.startsWith("vote:"))).toHaveLength(2);
  });

  it("THEN every command answers, none with “something went wrong”", async () => {
    const { fake } = await startHttpHarness({ cooldown: false });
    const runs: [string, { name: string; value: string | number }[], object?][] = [
      ["help", []],
      ["stories", []],
      ["summary", []],
      ["timeline", []],
      ["who-attends", []],
      ["quote", [{ name: "speaker", value: "Lavrov" }]],
      ["source", [{ name: "paragraph", value: 2 }]],
      ["ask", [{ name: "question", value: "Who is invited?" }]],
      ["gaps", [], MODERATOR],
      ["use-story", [{ name: "story", value: "astana-talks" }], MODERATOR],
      ["forget-me", []],
    ];
    for (const [name, options, invoke] of runs) {
      const r = await fake.slash(name, options, invoke);
      expect(r.callback?.type, name).toBe(4);
      expect(JSON.stringify(await r.reply()), name).not.toContain("Something went wrong");
    }
  });

  it("THEN /metrics counts the interaction by kind, command and status, with its latency", async () => {
    const { fake, server } = await startHttpHarness();
    await fake.slash("ask", [{ name: "question", value: "When do the talks start?" }]);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toContain(
      'storybot_interactions_total{kind="command",command="ask",status="answered"} 1',
    );
    expect(metrics).toMatch(/^storybot_interaction_duration_seconds_count\{kind="command"\} 1$/m);
  });

  it("THEN autocomplete is answered with choices (type 8)", async () => {
    const { fake } = await startHttpHarness();
    const choices = await fake.autocomplete("quote", [{ name: "speaker", value: "asa" }]);
    expect(choices[0]?.name).toBe("Bashar al-Assad");
  });

  it("THEN a vote button gets an ephemeral acknowledgement and Show ¶N shows the paragraph", async () => {
    const { fake } = await startHttpHarness();
    const r = await fake.slash("ask", [{ name: "question", value: "When do the talks start?" }]);
    const buttons = await buttonsOf(r);
    const reply = await r.reply();
    const up = buttons.find((id) => id.endsWith(":up")) ?? "";
    const vote = await fake.button(up, reply.id);
    expect(vote.callback?.type).toBe(4);
    expect(vote.ephemeral).toBe(true);
    const paragraph = buttons.find((id) => id.startsWith("paragraph:")) ?? "";
    const shown = await fake.button(paragraph, reply.id);
    expect(JSON.stringify(await shown.reply())).toContain("¶");
  });

  it("THEN a /gaps page button updates the message in place (type 7)", async () => {
    const { fake, service } = await startHttpHarness({ cooldown: false });
    for (let i = 0; i < 10; i++) {
      await fake.slash("ask", [
        { name: "question", value: `Is there a rule number ${i} for the hall?` },
      ]);
    }
    await service.flush();
    const gaps = await fake.slash("gaps", [], MODERATOR);
    const next = (await buttonsOf(gaps)).find((id) => id.startsWith("gaps:") && id.endsWith(":1"));
    const page = await fake.button(next ?? "", (await gaps.reply()).id, MODERATOR);
    expect(page.callback?.type).toBe(7);
  });

  it("THEN stopping answers what is in flight and closes kept-alive connections without waiting out the grace", async () => {
    const { fake, server } = await startHttpHarness();
    // Discord is slow to take the summary: the pin flow is still running after the defer.
    fake.failNext({ method: "POST", path: /^\/channels\/\d+\/messages$/, delayMs: 300 });
    const r = await fake.slash("pin-summary", [], MODERATOR);
    expect(r.callback?.type).toBe(5);
    const started = Date.now();
    await server.close(3000);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(JSON.stringify(r.edits)).toContain("Posted and pinned the summary");
  });

  it("THEN /pin-summary is deferred, posted and pinned through REST, and the reply edited with the link", async () => {
    const { fake } = await startHttpHarness();
    const r = await fake.slash("pin-summary", [], MODERATOR);
    expect(r.callback?.type).toBe(5);
    await r.waitFor((handle) => handle.edits.length > 0, 5000);
    expect(JSON.stringify(r.edits[0])).toContain("Posted and pinned the summary");
    expect(fake.pinsOf().length).toBe(1);
  });
});
