import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config.js";
import { boot } from "../../src/interactions/boot.js";
import { FIXTURE_DIR, SEED_DIR } from "../helpers.js";

/** A logger whose JSON lines land in an array. */
function capture(): { logger: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: "info" }, sink), lines };
}

describe("starting up", () => {
  it("logs each story it loaded with its record counts, and which one is the default", async () => {
    const { logger, lines } = capture();
    const dispatcher = await boot({ STORY: undefined }, logger, [SEED_DIR, FIXTURE_DIR]);
    const loaded = lines.filter((line) => line.msg === "story loaded");
    expect(loaded.map((line) => [line.story, line.default])).toEqual([
      ["harbour-vote", true],
      ["astana-talks", false],
    ]);
    const seed = dispatcher.library.get("astana-talks")?.story;
    expect(loaded[1]).toMatchObject({
      paragraphs: seed?.article.paragraphs.length,
      records: { qa: seed?.qa.length, quotes: seed?.quotes.length },
    });
  });

  it("logs the stories and the commands it serves once it is ready", async () => {
    const { logger, lines } = capture();
    await boot({ STORY: undefined }, logger, [SEED_DIR]);
    expect(lines.find((line) => line.msg === "ready to answer")).toMatchObject({
      stories: ["astana-talks"],
      commands: expect.arrayContaining(["ask", "help", "stories"]),
    });
  });

  it("makes the story STORY names the default", async () => {
    const dispatcher = await boot({ STORY: "astana-talks" }, pino({ level: "silent" }), [
      SEED_DIR,
      FIXTURE_DIR,
    ]);
    expect(dispatcher.library.defaultStory.story.id).toBe("astana-talks");
  });

  it("refuses a STORY that does not exist, naming the stories there are", async () => {
    const starting = boot({ STORY: "no-such-story" }, pino({ level: "silent" }), [SEED_DIR]);
    await expect(starting).rejects.toThrow(ConfigError);
    await expect(
      boot({ STORY: "no-such-story" }, pino({ level: "silent" }), [SEED_DIR]),
    ).rejects.toThrow('STORY="no-such-story" is not a story; the stories are: astana-talks');
  });
});
