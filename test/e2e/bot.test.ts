// The bot end to end: the real discord.js client (startDiscordBot) against the fake Discord.
import { SlashCommandBuilder } from "discord.js";
import { describe, expect, it, vi } from "vitest";
import type { Command } from "../../src/interactions/contract.js";
import { FAILURE_TEXT } from "../../src/interactions/router.js";
import type { MessagePayload } from "../../src/replies/payload.js";
import { FAKE_IDS, type InteractionHandle } from "../fake-discord/server.js";
import { logged, sharedDispatcher, startHarness, useHarness } from "./harness.js";

useHarness();

/** What discord.js adds to every message body besides our payload (Discord's own defaults). */
const DISCORD_JS_DEFAULTS = { tts: false, enforce_nonce: false };

/** The accepted callback's data, checked to be exactly `payload` plus discord.js's defaults. */
function expectWireEquals(handle: InteractionHandle, payload: MessagePayload): void {
  expect(handle.callback?.type).toBe(4);
  expect(handle.callback?.data).toEqual({ ...DISCORD_JS_DEFAULTS, ...payload });
}

describe("GIVEN the bot logged in to a Discord-compatible server", () => {
  it("THEN it is ready with the Guilds intent only and logs the stories and commands it serves", async () => {
    const { fake, bot, logs } = await startHarness();
    expect(bot.client.isReady()).toBe(true);
    expect(bot.client.user.id).toBe(FAKE_IDS.bot);
    expect(bot.client.options.intents.bitfield).toBe(1);
    expect(fake.identifyCount).toBe(1);
    expect(logged(logs, "ready")[0]).toMatchObject({
      guilds: 1,
      stories: [bot.service.dispatcher.library.defaultStory.story.id],
      commands: expect.arrayContaining(["ask", "who-attends", "quote", "pin-summary"]),
      ms: expect.any(Number),
    });
  });

  it("THEN /who-attends is answered with an embed, exactly our payload, pinging nobody", async () => {
    const { fake, bot, logs } = await startHarness();
    const r = await fake.slash("who-attends");
    const expected = bot.service.dispatcher.run(
      "who-attends",
      {},
      { channelId: FAKE_IDS.channel },
    ).reply;
    expectWireEquals(r, expected);
    expect(r.callback?.data?.allowed_mentions).toEqual({ parse: [] });
    expect((await r.reply()).embeds).toHaveLength(1);
    expect(r.ephemeral).toBe(false);
    // The log line follows the reply.
    await vi.waitFor(() =>
      expect(logged(logs, "interaction").at(-1)).toMatchObject({
        interaction: r.id,
        kind: "command",
        command: "who-attends",
        status: "answered",
        ms: expect.any(Number),
      }),
    );
  });

  it("THEN /ask is answered with cited excerpts and Show ¶ buttons that open the paragraph ephemerally", async () => {
    const { fake, bot } = await startHarness();
    const question = "when do the talks start?";
    const r = await fake.slash("ask", [{ name: "question", value: question }]);
    const expected = bot.service.dispatcher.run("ask", { question }, { askId: r.id });
    expect(expected.status).toBe("answered");
    expect(expected.citations.length).toBeGreaterThan(0);
    expectWireEquals(r, expected.reply);
    const reply = await r.reply();
    expect(JSON.stringify(reply.embeds)).toMatch(/\(¶\d+\)/);

    const rows = (reply.components ?? []) as { components: { custom_id: string }[] }[];
    const customId = rows[0]?.components[0]?.custom_id ?? "";
    expect(customId).toMatch(/^paragraph:[a-z0-9-]+:\d+$/);
    const click = await fake.button(customId, reply.id);
    expectWireEquals(click, bot.service.dispatcher.button(customId).reply);
    expect(click.ephemeral).toBe(true);
    const paragraph = Number(customId.split(":").at(-1));
    expect((await click.reply()).embeds[0]).toMatchObject({ title: `Paragraph ${paragraph}` });
  });

  it("THEN /quote autocomplete for “asa” offers Bashar al-Assad first, answered from memory", async () => {
    const { fake } = await startHarness();
    const started = performance.now();
    const choices = await fake.autocomplete("quote", [{ name: "speaker", value: "asa" }]);
    expect(performance.now() - started).toBeLessThan(2500); // Discord allows 3 s
    expect(choices[0]?.name).toBe("Bashar al-Assad");
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it("THEN an out-of-date button gets a clear ephemeral answer", async () => {
    const { fake, bot } = await startHarness();
    const story = bot.service.dispatcher.library.defaultStory.story.id;
    const click = await fake.button(`paragraph:${story}:999`);
    expect(click.callback?.data).toMatchObject({
      flags: 64,
      content: expect.stringMatching(/out of date/),
    });
  });
});

describe("GIVEN a handler that throws", () => {
  const boom: Command = {
    data: new SlashCommandBuilder().setName("boom").setDescription("Always throws"),
    execute() {
      throw new Error("kaboom");
    },
    autocomplete() {
      throw new Error("kaboom too");
    },
  };

  it("THEN the user gets an ephemeral “something went wrong”, the error is logged with the interaction id, and the next interaction is answered", async () => {
    const commands = new Map((await sharedDispatcher()).commands);
    commands.set("boom", boom);
    const { fake, logs } = await startHarness({ start: { commands } });
    const r = await fake.slash("boom");
    expect(r.callback?.data).toMatchObject({
      flags: 64,
      content: expect.stringContaining(FAILURE_TEXT),
      allowed_mentions: { parse: [] },
    });
    expect(String(r.callback?.data?.content)).toContain(r.id);
    expect(logged(logs, "handler failed")[0]).toMatchObject({
      interaction: r.id,
      command: "boom",
      err: { message: "kaboom" },
    });
    expect(await fake.autocomplete("boom", [{ name: "x", value: "y" }])).toEqual([]);
    const next = await fake.slash("who-attends");
    expect(next.callback?.type).toBe(4);
    expect(next.ephemeral).toBe(false);
  });
});

describe("GIVEN the gateway drops the connection", () => {
  it("THEN the client resumes and answers again, also an interaction sent while it was away", async () => {
    const { fake, logs } = await startHarness();
    expect(await fake.dropConnection()).toBe("resumed");
    expect((await fake.slash("who-attends")).callback?.type).toBe(4);

    const back = fake.waitForSessionReady();
    fake.gateway.drop({ abrupt: true });
    const missed = fake.slash("who-attends");
    expect(await back).toBe("resumed");
    expect((await missed).callback?.type).toBe(4);
    expect(fake.identifyCount).toBe(1);
    expect(logged(logs, "gateway resumed").length).toBeGreaterThanOrEqual(1);
  });
});

describe("GIVEN one person firing commands quickly", () => {
  it("THEN the 6th command within 10 s is refused ephemerally with when to retry; autocomplete is not counted; others are unaffected", async () => {
    const { fake, logs } = await startHarness();
    for (let i = 0; i < 8; i++) {
      await fake.autocomplete("ask", [{ name: "question", value: "who".slice(0, 1 + (i % 3)) }]);
    }
    for (let i = 0; i < 5; i++) {
      const r = await fake.slash("who-attends");
      expect(r.ephemeral, `command ${i + 1}`).toBe(false);
    }
    const sixth = await fake.slash("who-attends");
    expect(sixth.callback?.data).toMatchObject({ flags: 64 });
    const content = String(sixth.callback?.data?.content);
    const retryAt = Number(/<t:(\d+):R>/.exec(content)?.[1]) * 1000;
    expect(retryAt).toBeGreaterThan(Date.now());
    expect(retryAt).toBeLessThanOrEqual(Date.now() + 11_000);
    await vi.waitFor(() =>
      expect(logged(logs, "interaction").at(-1)).toMatchObject({
        interaction: sixth.id,
        status: "cooldown",
      }),
    );
    // Autocomplete still works while the user waits; another member is not limited.
    expect(await fake.autocomplete("quote", [{ name: "speaker", value: "asa" }])).not.toEqual([]);
    const other = await fake.slash("who-attends", [], { userId: FAKE_IDS.owner });
    expect(other.ephemeral).toBe(false);
  });
});
