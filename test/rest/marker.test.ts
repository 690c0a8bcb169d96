// How the bot knows its own summary pin: the marker in the footer of its own message.
import { describe, expect, it } from "vitest";
import { finalize } from "../../src/replies/build.js";
import { messagePayloadSchema } from "../../src/replies/payload.js";
import { carriesMarker, markPayload } from "../../src/rest/marker.js";

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
