// /gaps, /use-story and /forget-me as pure handlers: who may run them, and what they ask the
// store to do (the service carries that out; see test/interactions/service.test.ts).
import { InteractionContextType, PermissionFlagsBits as P } from "discord.js";
import { describe, expect, it } from "vitest";
import { commands, customIds, isEphemeral, run, seed } from "./support.js";

const registration = (name: string) => commands.get(name)?.data.toJSON();

describe("/gaps", () => {
  it("is offered by default only to members with Manage Messages, and only in servers", () => {
    expect(registration("gaps")?.default_member_permissions).toBe(String(P.ManageMessages));
    expect(registration("gaps")?.contexts).toEqual([InteractionContextType.Guild]);
  });

  it("asks the store for the chosen story over the last 30 days unless told otherwise", () => {
    expect(run(seed, "gaps", {}, { memberPermissions: P.ManageMessages }).effect).toEqual({
      type: "report-gaps",
      story: seed.story.id,
      days: 30,
      page: 0,
    });
    expect(run(seed, "gaps", { days: 7 }).effect).toMatchObject({ days: 7 });
  });

  it("refuses days outside 1–3650 with a clear line", () => {
    const result = run(seed, "gaps", { days: 0 });
    expect(result).toMatchObject({ status: "error", reason: "bad option" });
  });

  it("checks the member's real permissions, since servers can change who sees the command", () => {
    const result = run(seed, "gaps", {}, { memberPermissions: P.SendMessages });
    expect(result).toMatchObject({ status: "error", reason: "missing permission" });
    expect(result.effect).toBeUndefined();
  });
});

describe("/use-story", () => {
  it("is offered by default only to members with Manage Channels, and only in servers", () => {
    expect(registration("use-story")?.default_member_permissions).toBe(String(P.ManageChannels));
    expect(registration("use-story")?.contexts).toEqual([InteractionContextType.Guild]);
  });

  it("asks the store to remember the story for this channel and tells the channel", () => {
    const result = run(seed, "use-story", {}, { memberPermissions: P.ManageChannels });
    expect(result.effect).toEqual({
      type: "set-channel-story",
      story: seed.story.id,
      title: seed.story.meta.title,
    });
    expect(isEphemeral(result.reply)).toBe(false);
  });
});

describe("/forget-me", () => {
  it("is open to every member and asks for confirmation with one button, ephemerally", () => {
    expect(registration("forget-me")?.default_member_permissions).toBeUndefined();
    const result = run(seed, "forget-me");
    expect(result.effect).toBeUndefined();
    expect(isEphemeral(result.reply)).toBe(true);
    expect(customIds(result.reply)).toEqual(["forget-me:confirm"]);
  });
});
