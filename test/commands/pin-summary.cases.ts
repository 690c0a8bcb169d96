import { PermissionFlagsBits } from "discord.js";
import { describe, expect, it } from "vitest";
import type { Invoker } from "../../src/interactions/contract.js";
import { messagePayloadSchema } from "../../src/replies/payload.js";
import { embedOf, expectVerbatim, isEphemeral, pinEffect, run, STORIES, seed } from "./support.js";

const P = PermissionFlagsBits;
/** What the bot needs in the channel to post and pin. */
const BOT_NEEDS = P.ViewChannel | P.SendMessages | P.EmbedLinks | P.ReadMessageHistory;
const BOT_OK = BOT_NEEDS | P.PinMessages;
const MODERATOR: Invoker = {
  memberPermissions: P.PinMessages | P.SendMessages,
  appPermissions: BOT_OK,
};

describe.each(STORIES)("/pin-summary on the %s", (_, context) => {
  it("asks Discord to post the summary in the channel and pin it", () => {
    const result = run(context, "pin-summary", {}, MODERATOR);
    expect(result.status).toBe("answered");
    expect(result.effect?.type).toBe("post-and-pin");
  });

  it("posts the same summary /summary shows, without buttons", () => {
    const effect = pinEffect(run(context, "pin-summary", {}, MODERATOR));
    const summary = run(context, "summary").reply;
    expect(effect?.message.embeds).toEqual(summary.embeds);
    expect(effect?.message.components).toBeUndefined();
  });

  it("posts the full summary with length:full", () => {
    const effect = pinEffect(run(context, "pin-summary", { length: "full" }, MODERATOR));
    expect(effect?.message.embeds).toEqual(
      run(context, "summary", { length: "full" }).reply.embeds,
    );
  });

  it("posts a message everyone in the channel sees and that pings nobody", () => {
    const message = pinEffect(run(context, "pin-summary", {}, MODERATOR))?.message;
    expect(message && isEphemeral(message)).toBe(false);
    expect(message?.allowed_mentions).toEqual({ parse: [] });
    expect(messagePayloadSchema.safeParse(message).success).toBe(true);
  });

  it("marks the pin as the bot's summary pin so that a newer one replaces it", () => {
    const effect = pinEffect(run(context, "pin-summary", {}, MODERATOR));
    expect(effect?.marker).toBe("storybot:summary");
  });

  it("acknowledges only to the moderator who asked", () => {
    const reply = run(context, "pin-summary", {}, MODERATOR).reply;
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply).title).toBe("Posting and pinning the short summary");
  });

  it("reports the summary's excerpts as its citations, verbatim", () => {
    const result = run(context, "pin-summary", {}, MODERATOR);
    expect(result.citations).toEqual(context.story.summary.short.flatMap((b) => b.citations));
    expectVerbatim(context, result.citations);
  });

  it("refuses a member without Pin Messages: ephemeral, an error, nothing posted", () => {
    const result = run(
      context,
      "pin-summary",
      {},
      { memberPermissions: P.SendMessages | P.ViewChannel, appPermissions: BOT_OK },
    );
    expect(result.status).toBe("error");
    expect(isEphemeral(result.reply)).toBe(true);
    expect(result.effect).toBeUndefined();
    expect(result.reply.content).toContain("You need the Pin Messages permission");
  });

  it("lets an administrator pin without an explicit Pin Messages", () => {
    const result = run(
      context,
      "pin-summary",
      {},
      { memberPermissions: P.Administrator, appPermissions: BOT_OK },
    );
    expect(result.effect?.type).toBe("post-and-pin");
  });

  it.each([
    ["View Channel", P.ViewChannel],
    ["Send Messages", P.SendMessages],
    ["Embed Links", P.EmbedLinks],
    ["Read Message History", P.ReadMessageHistory],
    ["Pin Messages", P.PinMessages],
  ])("refuses when the bot lacks %s, naming it", (readable, bit) => {
    const result = run(
      context,
      "pin-summary",
      {},
      { memberPermissions: P.PinMessages, appPermissions: BOT_OK & ~bit },
    );
    expect(result.status).toBe("error");
    expect(isEphemeral(result.reply)).toBe(true);
    expect(result.effect).toBeUndefined();
    expect(result.reply.content).toContain(readable);
  });

  it("names every permission the bot lacks at once", () => {
    const result = run(
      context,
      "pin-summary",
      {},
      { memberPermissions: P.PinMessages, appPermissions: P.ViewChannel },
    );
    expect(result.reply.content).toContain(
      "Send Messages, Embed Links, Read Message History, Pin Messages",
    );
  });

  it("posts and pins in the console, where there is no invoker", () => {
    expect(run(context, "pin-summary").effect?.type).toBe("post-and-pin");
  });

  it("refuses an unknown length with an ephemeral error and posts nothing", () => {
    const result = run(context, "pin-summary", { length: "everything" }, MODERATOR);
    expect(result.status).toBe("error");
    expect(isEphemeral(result.reply)).toBe(true);
    expect(result.effect).toBeUndefined();
  });
});

describe("/pin-summary as registered with Discord", () => {
  it("is for moderators by default: Pin Messages", () => {
    const json = seed.commands.get("pin-summary")?.data.toJSON();
    expect(json?.default_member_permissions).toBe(String(P.PinMessages));
  });
});
