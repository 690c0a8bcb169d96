// /pin-summary end to end: post, pin, replace the bot's previous summary pin, and every refusal.
import { PermissionFlagsBits } from "discord.js";
import { describe, expect, it } from "vitest";
import { SUMMARY_PIN_MARKER } from "../../commands/pin-summary.js";
import { FAILURE_TEXT } from "../../src/interactions/router.js";
import {
  type ApiMessage,
  DEFAULT_BOT_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  FAKE_IDS,
  type FakeDiscord,
  type InteractionHandle,
} from "../fake-discord/server.js";
import { startHarness, useHarness } from "./harness.js";

useHarness();

const MODERATOR = { userPermissions: PermissionFlagsBits.PinMessages };
const postRoute = /^\/channels\/\d+\/messages$/;
const pinRoute = /^\/channels\/\d+\/messages\/pins\/\d+$/;

/** The bot's summary messages in the channel (what /pin-summary posted and kept). */
function summariesIn(fake: FakeDiscord): ApiMessage[] {
  return fake
    .messagesIn()
    .filter(
      (m) =>
        m.author.id === FAKE_IDS.bot && (m.embeds as { title?: string }[])[0]?.title !== undefined,
    );
}

/** The ephemeral answer after the defer: the edited @original. */
async function answer(r: InteractionHandle): Promise<string> {
  expect(r.callback).toEqual({ type: 5, data: { flags: 64 } });
  const reply = await r.reply();
  expect(r.ephemeral).toBe(true);
  return reply.content;
}

describe("GIVEN a moderator runs /pin-summary", () => {
  it("THEN the summary is posted without pings, pinned, the bot's previous summary pin removed (also after a restart), and the moderator gets a link", async () => {
    const h = await startHarness({ fake: MODERATOR });
    const { fake } = h;
    // Pins the bot must leave alone: a member's message, and an unrelated message of the bot.
    const [memberPin] = fake.seedPins(FAKE_IDS.channel, 1);
    const [botPin] = fake.seedPins(FAKE_IDS.channel, 1, { authorId: FAKE_IDS.bot });

    const first = await fake.slash("pin-summary");
    const firstText = await answer(first);
    const [posted] = summariesIn(fake);
    expect(posted).toBeDefined();
    expect(firstText).toContain(
      `https://discord.com/channels/${FAKE_IDS.guild}/${FAKE_IDS.channel}/${posted?.id}`,
    );
    const post = fake.requestsTo("POST", postRoute).at(-1);
    expect(post?.body).toMatchObject({ allowed_mentions: { parse: [] } });
    expect(posted?.embeds[0]).toMatchObject({
      title: expect.stringMatching(/^Summary/),
      footer: { text: expect.stringMatching(new RegExp(`${SUMMARY_PIN_MARKER}$`)) },
    });
    expect(fake.pinsOf().map((p) => p.message.id)).toEqual([posted?.id, botPin?.id, memberPin?.id]);

    // A restart forgets everything: the previous pin is found through the channel's pins.
    await h.restart();
    const second = await fake.slash("pin-summary", [{ name: "length", value: "full" }]);
    const secondText = await answer(second);
    expect(secondText).toMatch(/replaces the previous summary pin/);
    const pins = fake.pinsOf().map((p) => p.message.id);
    expect(pins).not.toContain(posted?.id);
    expect(pins).toHaveLength(3);
    expect(pins).toEqual(expect.arrayContaining([botPin?.id, memberPin?.id]));
    expect(fake.requestsTo("DELETE", pinRoute).map((r) => r.path)).toEqual([
      `/channels/${FAKE_IDS.channel}/messages/pins/${posted?.id}`,
    ]);
  });

  it("THEN at the pin limit it says so clearly, pins nothing and leaves no stray message", async () => {
    const { fake } = await startHarness({ fake: MODERATOR });
    fake.seedPins(FAKE_IDS.channel, 250);
    const text = await answer(await fake.slash("pin-summary"));
    expect(text).toMatch(/250 pinned messages/);
    expect(fake.pinsOf()).toHaveLength(250);
    expect(summariesIn(fake)).toEqual([]);
  });

  it("THEN at the pin limit with an older summary pinned, the older one makes room", async () => {
    const { fake } = await startHarness({ fake: MODERATOR });
    fake.seedPins(FAKE_IDS.channel, 249);
    await answer(await fake.slash("pin-summary"));
    expect(fake.pinsOf()).toHaveLength(250);
    const [older] = summariesIn(fake);
    const text = await answer(await fake.slash("pin-summary"));
    expect(text).toMatch(/Posted and pinned.*replaces the previous summary pin/);
    expect(fake.pinsOf()).toHaveLength(250);
    expect(fake.pinsOf().map((p) => p.message.id)).not.toContain(older?.id);
  });

  it("THEN at the pin limit, if making room fails part-way, the summaries unpinned are pinned again", async () => {
    const { fake } = await startHarness({ fake: MODERATOR });
    fake.seedPins(FAKE_IDS.channel, 248);
    await answer(await fake.slash("pin-summary"));
    // The second run cannot unpin the first: two summaries stay pinned, 250 pins in all.
    fake.failNext({
      method: "DELETE",
      path: pinRoute,
      status: 403,
      body: { code: 50013, message: "Missing Permissions" },
    });
    await answer(await fake.slash("pin-summary"));
    const [first, second] = summariesIn(fake).sort((a, b) =>
      BigInt(a.id) < BigInt(b.id) ? -1 : 1,
    );
    expect(fake.pinsOf()).toHaveLength(250);
    // The third must make room: unpinning the second works, unpinning the first does not.
    fake.failNext({
      method: "DELETE",
      path: `/channels/${FAKE_IDS.channel}/messages/pins/${first?.id}`,
      status: 403,
      body: { code: 50013, message: "Missing Permissions" },
    });
    await answer(await fake.slash("pin-summary"));
    const pinned = fake.pinsOf().map((p) => p.message.id);
    expect(pinned).toHaveLength(250);
    expect(pinned).toContain(first?.id);
    expect(pinned).toContain(second?.id);
  });

  it("THEN a message that vanished before the pin (10008) is explained", async () => {
    const { fake } = await startHarness({ fake: MODERATOR });
    fake.failNext({
      method: "PUT",
      path: pinRoute,
      status: 404,
      body: { code: 10008, message: "Unknown Message" },
    });
    expect(await answer(await fake.slash("pin-summary"))).toMatch(/vanished/);
    expect(fake.pinsOf()).toEqual([]);
  });

  it("THEN Discord failing (5xx) is explained and nothing is posted", async () => {
    const { fake } = await startHarness({ fake: MODERATOR });
    fake.failNext({ method: "POST", path: postRoute, status: 502, times: 2 });
    expect(await answer(await fake.slash("pin-summary"))).toMatch(/Discord is having trouble/);
    expect(summariesIn(fake)).toEqual([]);
    expect(fake.pinsOf()).toEqual([]);
  });

  it("THEN an unexpected Discord answer after the defer becomes “something went wrong” in the edited reply", async () => {
    const { fake } = await startHarness({ fake: MODERATOR });
    fake.failNext({
      method: "POST",
      path: postRoute,
      status: 400,
      body: { code: 50035, message: "Invalid Form Body" },
    });
    const r = await fake.slash("pin-summary");
    expect(await answer(r)).toContain(FAILURE_TEXT);
    expect((await fake.slash("who-attends")).callback?.type).toBe(4);
  });
});

describe("GIVEN a member without Pin Messages runs /pin-summary", () => {
  it("THEN it is refused ephemerally and nothing is posted or pinned", async () => {
    const { fake } = await startHarness();
    const r = await fake.slash("pin-summary", [], {
      memberPermissions: DEFAULT_EVERYONE_PERMISSIONS,
    });
    expect(r.callback?.type).toBe(4);
    expect(r.callback?.data).toMatchObject({
      flags: 64,
      content: expect.stringMatching(/Pin Messages/),
    });
    expect(fake.requestsTo("POST", postRoute)).toEqual([]);
    expect(fake.pinsOf()).toEqual([]);
  });
});

describe("GIVEN the bot lacks Pin Messages in the channel", () => {
  const withoutPin = {
    ...MODERATOR,
    botPermissions: DEFAULT_BOT_PERMISSIONS & ~PermissionFlagsBits.PinMessages,
  };

  it("THEN the interaction's app permissions already say so: a clear message naming Pin Messages, nothing posted", async () => {
    const { fake } = await startHarness({ fake: withoutPin });
    const r = await fake.slash("pin-summary");
    expect(r.callback?.data).toMatchObject({
      flags: 64,
      content: expect.stringMatching(/missing Pin Messages/),
    });
    expect(fake.requestsTo("POST", postRoute)).toEqual([]);
  });

  it("THEN if Discord refuses the pin anyway (50013), the message names Pin Messages and the posted summary is removed", async () => {
    const { fake } = await startHarness({ fake: withoutPin });
    // The interaction claims the permission; the channel itself refuses the pin.
    const r = await fake.slash("pin-summary", [], { appPermissions: DEFAULT_BOT_PERMISSIONS });
    expect(await answer(r)).toMatch(/missing the Pin Messages permission/);
    expect(fake.requestsTo("PUT", pinRoute).map((q) => q.status)).toEqual([403]);
    expect(summariesIn(fake)).toEqual([]);
    expect(fake.pinsOf()).toEqual([]);
  });
});
