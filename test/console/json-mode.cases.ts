import { describe, expect, it } from "vitest";
import type { MessagePayload } from "../../src/replies/payload.js";
import { messagePayloadSchema } from "../../src/replies/payload.js";
import { expectVerbatim, fixture, isEphemeral, seed } from "../commands/support.js";
import { records, runConsoleOn } from "./run-console.js";

interface JsonRecord {
  input: string;
  command: string | null;
  story?: string;
  status: "answered" | "not_found" | "error";
  citations: { paragraph: number; text: string }[];
  reply: MessagePayload;
  effect?: { type: string; message: MessagePayload; marker: string };
}

async function answer(lines: string[]): Promise<JsonRecord[]> {
  const { stdout } = await runConsoleOn(`${lines.join("\n")}\n`);
  return records(stdout) as unknown as JsonRecord[];
}

describe("the console in --json mode", () => {
  it("prints exactly one JSON line per non-blank input line, in order", async () => {
    const lines = ["/quote assad", "/ask who attends?", "/help", "/timeline", "/source 3"];
    const { stdout } = await runConsoleOn(`${lines.join("\n")}\n`);
    expect(stdout.endsWith("\n")).toBe(true);
    expect(records(stdout).map((record) => record.input)).toEqual(lines);
  });

  it("skips blank and white-space-only lines", async () => {
    const { stdout } = await runConsoleOn("\n/help\n\n   \n\t\n/timeline\n\n");
    expect(records(stdout).map((record) => record.input)).toEqual(["/help", "/timeline"]);
  });

  it("answers a last line that has no line break", async () => {
    const { stdout } = await runConsoleOn("/help\n/summary");
    expect(records(stdout).map((record) => record.input)).toEqual(["/help", "/summary"]);
  });

  it("reads Windows line endings like Unix ones", async () => {
    const { stdout } = await runConsoleOn("/help\r\n\r\n/quote assad\r\n");
    expect(records(stdout).map((record) => record.input)).toEqual(["/help", "/quote assad"]);
  });

  it("writes nothing else on stdout: no banner, no prompt, no logs", async () => {
    const { stdout, logs } = await runConsoleOn("/help\n/nope\nhello\n/ask\n");
    const lines = stdout.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(logs).toContain('"msg":"answered"');
  });

  it("prints no banner or prompt on stderr either", async () => {
    const { stderr } = await runConsoleOn("/help\n");
    expect(stderr).toBe("");
  });

  it("gives each line its input, command, story, status, citations and the reply", async () => {
    const [record] = await answer(["/quote assad"]);
    expect(Object.keys(record ?? {}).sort()).toEqual(
      ["citations", "command", "input", "reply", "status", "story"].sort(),
    );
    expect(record).toMatchObject({ input: "/quote assad", command: "quote", status: "answered" });
  });

  it("carries the reply exactly as it goes to Discord, with allowed_mentions and custom_id", async () => {
    const [record] = await answer(["/quote assad"]);
    expect(record?.reply.allowed_mentions).toEqual({ parse: [] });
    expect(messagePayloadSchema.safeParse(record?.reply).success).toBe(true);
    expect(JSON.stringify(record?.reply)).toContain(`"custom_id":"paragraph:${seed.story.id}:21"`);
  });

  it("lists the excerpts the reply shows, verbatim, with their body ¶", async () => {
    const [record] = await answer(["/quote assad"]);
    expect(record?.citations.map((c) => c.paragraph)).toEqual([21, 22]);
    expectVerbatim(seed, record?.citations ?? []);
  });

  it("lists no citations when the story does not say", async () => {
    const [record] = await answer(["/ask Will Iran attend?"]);
    expect(record).toMatchObject({ command: "ask", status: "not_found", citations: [] });
  });

  it("carries what Discord must do for /pin-summary", async () => {
    const [record] = await answer(["/pin-summary length:full"]);
    expect(record?.status).toBe("answered");
    expect(record?.effect?.type).toBe("post-and-pin");
    expect(messagePayloadSchema.safeParse(record?.effect?.message).success).toBe(true);
  });

  it.each([
    ["an unknown command", "/weather", "weather", "There is no /weather command"],
    ["an empty question", "/ask question:", "ask", "cannot be empty"],
    ["a missing question", "/ask", "ask", "required"],
    ["a bad option value", "/source paragraph:abc", "source", "whole number"],
    ["a bad length", "/summary length:huge", "summary", "short or full"],
    ["a line without a slash", "who attends?", null, "Type a slash command"],
  ])(
    "answers %s with status error and a helpful ephemeral message",
    async (_, line, command, says) => {
      const [record] = await answer([line]);
      expect(record).toMatchObject({ input: line, command, status: "error", citations: [] });
      expect(record?.reply.content).toContain(says);
      expect(record && isEphemeral(record.reply)).toBe(true);
    },
  );

  it("goes on after errors and answers the lines that follow", async () => {
    const result = await answer(["/weather", "/ask question:", "/source paragraph:abc", "/help"]);
    expect(result.map((record) => record.status)).toEqual(["error", "error", "error", "answered"]);
  });

  it("answers from the story named with story:, and says which story answered", async () => {
    const { stdout } = await runConsoleOn(`/quote marsh story:${fixture.story.id}\n`);
    const [record] = records(stdout) as unknown as JsonRecord[];
    expect(record?.story).toBe(fixture.story.id);
    expect(record?.citations).toEqual([
      { paragraph: 2, text: "This bridge will join the two halves of our town" },
    ]);
  });

  it("answers from the default story when no story: is given", async () => {
    const { stdout } = await runConsoleOn("/quote assad\n");
    const [record] = records(stdout) as unknown as JsonRecord[];
    expect(record?.story).toBe(seed.story.id);
    expect(record?.status).toBe("answered");
  });

  it("names no story for a command that reads none", async () => {
    const { stdout } = await runConsoleOn("/help\n/nope\n");
    expect(records(stdout).map((record) => "story" in record)).toEqual([false, false]);
  });

  it("answers an unknown story: with an error that lists the stories", async () => {
    const { stdout } = await runConsoleOn("/ask question:when? story:no-such-story\n");
    const [record] = records(stdout) as unknown as JsonRecord[];
    expect(record?.status).toBe("error");
    expect(record && "story" in record).toBe(false);
    expect(record?.reply.content).toContain(seed.story.id);
    expect(record?.reply.content).toContain(fixture.story.id);
  });

  it("keeps one line per input whatever the input holds", async () => {
    const hostile = ["/ask \u2028a\u2029b\u0085c", '/quote "}\\n{', "/ask @everyone **x**", "/😀"];
    const { stdout } = await runConsoleOn(`${hostile.join("\n")}\n`);
    expect(records(stdout).map((record) => record.input)).toEqual(hostile);
  });

  // Product bug: the unknown-command error echoes the typed name raw (runCommand and parseLine
  // build "There is no /<name> command" without inert()), so the reply text carries a live
  // @everyone (pings are still suppressed by allowed_mentions).
  it("does not echo a mention raw in the unknown-command error", async () => {
    const [record] = await answer(["/@everyone"]);
    expect(record?.reply.content).not.toContain("@everyone");
  });
});
