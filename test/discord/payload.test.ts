// Our payloads as discord.js options: unchanged, no pings, no flags on edits.
import { describe, expect, it } from "vitest";
import { editOptions, replyOptions } from "../../src/discord/payload.js";
import { finalize } from "../../src/replies/build.js";

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
