// The Discord adapter's pure parts, without a server: cooldown, pin marker, options, signals.
import { ApplicationCommandOptionType } from "discord.js";
import { describe, expect, it, vi } from "vitest";
import { editOptions, replyOptions } from "../../src/discord/payload.js";
import { Cooldown } from "../../src/interactions/cooldown.js";
import { rawOptions } from "../../src/interactions/options.js";
import { finalize } from "../../src/replies/build.js";
import { messagePayloadSchema } from "../../src/replies/payload.js";
import { carriesMarker, markPayload } from "../../src/rest/marker.js";
import { handleShutdownSignals } from "../../src/shutdown.js";
import { memoryLogger } from "./harness.js";

describe("Cooldown", () => {
  it("GIVEN 5 commands in 10 s THEN the 6th is refused until the oldest leaves the window", () => {
    let now = 1_000_000;
    const cooldown = new Cooldown({ limit: 5, windowMs: 10_000 }, () => now);
    for (let i = 0; i < 5; i++) {
      expect(cooldown.take("a")).toEqual({ allowed: true });
      now += 1000;
    }
    expect(cooldown.take("a")).toEqual({ allowed: false, retryAt: 1_010_000 });
    expect(cooldown.take("b")).toEqual({ allowed: true });
    now = 1_009_999;
    expect(cooldown.take("a")).toEqual({ allowed: false, retryAt: 1_010_000 });
    now = 1_010_000;
    expect(cooldown.take("a")).toEqual({ allowed: true });
    expect(cooldown.take("a")).toEqual({ allowed: false, retryAt: 1_011_000 });
  });

  it("GIVEN users who went quiet THEN they are forgotten", () => {
    let now = 0;
    const cooldown = new Cooldown({ limit: 5, windowMs: 10_000 }, () => now);
    for (let i = 0; i < 100; i++) cooldown.take(`user-${i}`);
    now = 20_001;
    cooldown.take("late");
    expect(cooldown.size).toBe(1);
  });
});

describe("the summary pin marker", () => {
  const marker = "storybot:summary";
  const payload = finalize({ embeds: [{ title: "Summary", footer: { text: "The story" } }] });

  it("GIVEN a message with an embed THEN the marker ends its footer and the payload stays valid", () => {
    const marked = markPayload(payload, marker);
    expect(marked.embeds?.[0]?.footer?.text).toBe("The story · storybot:summary");
    expect(messagePayloadSchema.safeParse(marked).success).toBe(true);
  });

  it("GIVEN a footer at Discord's limit THEN the footer is cut, never the marker", () => {
    const long = finalize({ embeds: [{ title: "S", footer: { text: "x".repeat(2048) } }] });
    const text = markPayload(long, marker).embeds?.[0]?.footer?.text ?? "";
    expect(text.length).toBeLessThanOrEqual(2048);
    expect(text.endsWith(marker)).toBe(true);
  });

  it("GIVEN pins THEN only the bot's own messages carrying the marker count", () => {
    const footer = { text: "The story · storybot:summary" };
    expect(
      carriesMarker({ author: { id: "bot" }, content: "", embeds: [{ footer }] }, marker, "bot"),
    ).toBe(true);
    expect(
      carriesMarker(
        { author: { id: "someone" }, content: "", embeds: [{ footer }] },
        marker,
        "bot",
      ),
    ).toBe(false);
    expect(
      carriesMarker(
        { author: { id: "bot" }, content: "", embeds: [{ footer: null }] },
        marker,
        "bot",
      ),
    ).toBe(false);
    const plain = markPayload(finalize({ content: "hello" }), marker);
    expect(
      carriesMarker(
        { author: { id: "bot" }, content: plain.content ?? "", embeds: [] },
        marker,
        "bot",
      ),
    ).toBe(true);
  });
});

describe("payload mapping", () => {
  it("GIVEN our payload THEN discord.js options carry it unchanged, with no pings, and edits carry no flags", () => {
    const payload = finalize({ content: "hi", embeds: [{ title: "T" }], flags: 64 });
    expect(replyOptions(payload)).toEqual({
      content: "hi",
      embeds: [{ title: "T" }],
      allowedMentions: { parse: [] },
      flags: 64,
    });
    expect(editOptions(payload)).toEqual({
      content: "hi",
      embeds: [{ title: "T" }],
      allowedMentions: { parse: [] },
    });
  });
});

describe("rawOptions", () => {
  it("GIVEN options (also under a sub-command) THEN values by name", () => {
    expect(
      rawOptions([
        { name: "question", type: ApplicationCommandOptionType.String, value: "when?" },
        {
          name: "sub",
          type: ApplicationCommandOptionType.Subcommand,
          options: [{ name: "n", type: ApplicationCommandOptionType.Integer, value: 3 }],
        },
      ]),
    ).toEqual({ question: "when?", n: 3 });
  });
});

describe("handleShutdownSignals", () => {
  const signal = "SIGUSR2" as const;

  it("GIVEN a signal THEN it stops the bot and exits 0; the handlers can be removed", async () => {
    const { logger, logs } = memoryLogger();
    const exit = vi.fn();
    const stop = vi.fn(async () => {});
    const remove = handleShutdownSignals({ stop }, { logger, signals: [signal], exit });
    process.emit(signal, signal);
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
    expect(stop).toHaveBeenCalledTimes(1);
    expect(logs.map((line) => line.msg)).toEqual(["shutting down", "stopped"]);
    remove();
    expect(process.listenerCount(signal)).toBe(0);
  });

  it("GIVEN stopping hangs THEN it exits 0 at the deadline anyway; a second signal exits at once", async () => {
    const { logger } = memoryLogger();
    const exit = vi.fn();
    const stop = () => new Promise<void>(() => {});
    const remove = handleShutdownSignals(
      { stop },
      { logger, signals: [signal], exit, deadlineMs: 50 },
    );
    process.emit(signal, signal);
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
    process.emit(signal, signal);
    expect(exit).toHaveBeenCalledTimes(2);
    remove();
  });
});
