import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { boot } from "../src/boot.js";

describe("starting up", () => {
  it("logs the story it loaded, its record counts and the commands it serves", async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const context = await boot(undefined, pino({ level: "info" }, sink));
    expect(context.story.qa.length).toBeGreaterThan(0);
    expect(lines.find((line) => line.msg === "story loaded")).toMatchObject({
      story: context.story.meta.id,
      paragraphs: context.story.article.paragraphs.length,
      records: { qa: context.story.qa.length, quotes: context.story.quotes.length },
      commands: expect.arrayContaining(["ask", "help"]),
    });
  });

  it("refuses a STORY that does not exist, naming the stories there are", async () => {
    await expect(boot("no-such-story", pino({ level: "silent" }))).rejects.toThrow(
      /STORY=no-such-story is not a story; expected one of: astana-talks/,
    );
  });
});
