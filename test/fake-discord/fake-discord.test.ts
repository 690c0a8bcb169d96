// Proves the fake Discord server against a real discord.js Client.
import { once } from "node:events";
import {
  ButtonStyle,
  ChannelType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  HTTPError,
  type Interaction,
  MessageFlags,
  PermissionFlagsBits,
  REST,
  Routes,
  type TextChannel,
} from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import {
  DEFAULT_BOT_PERMISSIONS,
  FAKE_IDS,
  FakeDiscord,
  type FakeDiscordOptions,
} from "./server.js";

let fake: FakeDiscord | undefined;
let client: Client | undefined;
/** Errors thrown by interaction handlers (including failed `expect`s inside them). */
let handlerErrors: unknown[] = [];

afterEach(async () => {
  await client?.destroy();
  client = undefined;
  await fake?.close();
  fake = undefined;
  const errors = handlerErrors;
  handlerErrors = [];
  expect(errors).toEqual([]);
});

/** Starts a fake and a logged-in client; `onInteraction` becomes the interactionCreate listener. */
async function setup(
  onInteraction?: (interaction: Interaction) => Promise<unknown>,
  options: FakeDiscordOptions = {},
): Promise<{ fake: FakeDiscord; client: Client; channel: TextChannel }> {
  fake = await FakeDiscord.start({ logUnhandled: false, ...options });
  client = new Client(
    fake.clientOptions({
      intents: [GatewayIntentBits.Guilds],
      // Re-identifying within 5 s would otherwise wait 5-6.5 s in @discordjs/ws's throttler.
      ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
    }),
  );
  if (onInteraction) {
    client.on(Events.InteractionCreate, (interaction) => {
      onInteraction(interaction).catch((error: unknown) => {
        handlerErrors.push(error);
      });
    });
  }
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
  const channel = client.channels.cache.get(FAKE_IDS.channel);
  if (channel?.type !== ChannelType.GuildText) throw new Error("channel not cached");
  return { fake, client, channel };
}

describe("fake-discord with a real discord.js Client", () => {
  it("logs in: READY + GUILD_CREATE give a cached guild, channel, roles and bot member", async () => {
    const { fake, client, channel } = await setup();
    expect(client.user?.id).toBe(FAKE_IDS.bot);
    expect(client.application?.id).toBe(FAKE_IDS.bot);
    const guild = client.guilds.cache.get(FAKE_IDS.guild);
    expect(guild?.available).toBe(true);
    expect(guild?.name).toBe("Fake Guild");
    expect(guild?.roles.everyone.id).toBe(FAKE_IDS.guild);
    const me = guild?.members.me;
    expect(me?.roles.cache.has(FAKE_IDS.botRole)).toBe(true);
    expect(me?.permissionsIn(channel).has(PermissionFlagsBits.PinMessages)).toBe(true);
    expect(fake.identifyCount).toBe(1);
    expect(fake.requestsTo("GET", "/gateway/bot")).toHaveLength(1);
    expect(fake.requests[0]?.auth).toBe(`Bot ${fake.token}`);
  });

  it("captures reply() to a slash command, with options", async () => {
    const { fake } = await setup(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const text = interaction.options.getString("text") ?? "pong";
      const times = interaction.options.getInteger("times") ?? 1;
      expect(interaction.memberPermissions?.has(PermissionFlagsBits.ViewChannel)).toBe(true);
      expect(interaction.appPermissions.has(PermissionFlagsBits.PinMessages)).toBe(true);
      expect(interaction.channel?.id).toBe(FAKE_IDS.channel);
      await interaction.reply({ content: text.repeat(times) });
    });
    const ping = await fake.slash("ping");
    expect(ping.callback).toEqual({ type: 4, data: expect.objectContaining({ content: "pong" }) });
    expect((await ping.reply()).content).toBe("pong");
    expect(ping.ephemeral).toBe(false);
    expect(fake.messagesIn().at(-1)?.content).toBe("pong");

    const echo = await fake.slash("echo", [
      { name: "text", value: "ab" },
      { name: "times", value: 3 },
    ]);
    expect(echo.callback?.data?.content).toBe("ababab");
    expect(echo.payload.data).toMatchObject({
      options: [
        { name: "text", type: 3, value: "ab" },
        { name: "times", type: 4, value: 3 },
      ],
    });
  });

  it("captures autocomplete respond()", async () => {
    const { fake } = await setup(async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const focused = interaction.options.getFocused(true);
      await interaction.respond([
        { name: `${focused.name}:${focused.value}`, value: "a" },
        { name: "second", value: "b" },
      ]);
    });
    const choices = await fake.autocomplete("ask", [{ name: "question", value: "wh" }]);
    expect(choices).toEqual([
      { name: "question:wh", value: "a" },
      { name: "second", value: "b" },
    ]);
  });

  it("captures deferReply() + editReply() + followUp(), ephemeral", async () => {
    const { fake } = await setup(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await new Promise((r) => setTimeout(r, 50));
      const edited = await interaction.editReply({ content: "done" });
      expect(edited.content).toBe("done");
      await interaction.followUp({ content: "more", flags: MessageFlags.Ephemeral });
    });
    const r = await fake.slash("slow");
    expect(r.callback).toEqual({ type: 5, data: { flags: 64 } });
    expect(r.deferred).toBe(true);
    const reply = await r.reply();
    expect(reply.content).toBe("done");
    expect(r.ephemeral).toBe(true);
    await r.waitFor((h) => h.followUps.length === 1);
    expect(r.edits).toEqual([expect.objectContaining({ content: "done" })]);
    expect(r.followUps[0]).toMatchObject({ content: "more", flags: 64 });
    // Ephemeral replies are not channel messages.
    expect(fake.messagesIn()).toHaveLength(0);
  });

  it("reply with withResponse gets the callback resource; a second reply fails with 40060", async () => {
    let second: unknown;
    const { fake } = await setup(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const response = await interaction.reply({ content: "first", withResponse: true });
      expect(response.resource?.message?.content).toBe("first");
      // discord.js refuses a second reply() itself (InteractionAlreadyReplied), so go raw.
      second = await interaction.client.rest
        .post(Routes.interactionCallback(interaction.id, interaction.token), {
          body: { type: 4, data: { content: "again" } },
          auth: false,
        })
        .catch((e: unknown) => e);
    });
    const r = await fake.slash("twice");
    await r.waitFor((h) => h.rejected.length === 1);
    expect(r.callbacks).toHaveLength(2);
    expect(r.rejected[0]).toMatchObject({ status: 400, body: { code: 40060 } });
    await expect.poll(() => second).toBeInstanceOf(DiscordAPIError);
    expect((second as DiscordAPIError).code).toBe(40060);
  });

  it("rejects over-limit replies with 50035 and reports a missing acknowledgement", async () => {
    const errors: unknown[] = [];
    const { fake } = await setup(
      async (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        await interaction
          .reply({ content: "x".repeat(2001) })
          .catch((e: unknown) => errors.push(e));
      },
      { interactionDeadlineMs: 300 },
    );
    await expect(fake.slash("long")).rejects.toThrow(/did not acknowledge.*50035/);
    expect(errors[0]).toBeInstanceOf(DiscordAPIError);
    expect((errors[0] as DiscordAPIError).code).toBe(50035);
  });

  it("sends, pins, lists pins and deletes", async () => {
    const { fake, channel } = await setup();
    const message = await channel.send({ content: "pin me" });
    expect(message.author.id).toBe(FAKE_IDS.bot);
    await message.pin();
    const pins = await channel.messages.fetchPins();
    expect(pins.items.map((p) => p.message.id)).toEqual([message.id]);
    expect(pins.items[0]?.message.pinned).toBe(true);
    expect(pins.hasMore).toBe(false);
    expect(fake.pinsOf(FAKE_IDS.channel)[0]?.message.content).toBe("pin me");

    const res = await fetch(`${fake.apiBase}/v10/channels/${FAKE_IDS.channel}/messages/pins`, {
      headers: { authorization: `Bot ${fake.token}` },
    });
    const body = (await res.json()) as { items: Array<{ pinned_at: string }>; has_more: boolean };
    expect(body.items).toHaveLength(1);
    expect(Date.parse(body.items[0]?.pinned_at ?? "")).toBeGreaterThan(0);
    // Discord posts a "pinned a message" system message.
    expect(fake.messagesIn().at(-1)).toMatchObject({
      type: 6,
      message_reference: { message_id: message.id },
    });

    await message.unpin();
    expect(fake.pinsOf()).toHaveLength(0);
    await expect(channel.messages.pin("1")).rejects.toMatchObject({ code: 10008, status: 404 });
    await message.delete();
    expect(fake.message(message.id)).toBeUndefined();
    await expect(message.delete()).rejects.toMatchObject({ code: 10008, status: 404 });
  });

  it("rejects the 251st pin with DiscordAPIError 30003", async () => {
    const { fake, channel } = await setup();
    fake.seedPins(FAKE_IDS.channel, 250);
    const page = await channel.messages.fetchPins();
    expect(page.items).toHaveLength(50);
    expect(page.hasMore).toBe(true);
    const message = await channel.send("one too many");
    const error = await message.pin().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ code: 30003, status: 400 });
    expect(fake.pinsOf()).toHaveLength(250);
  });

  it("answers 50013 when the bot lacks PinMessages, and the client sees it", async () => {
    const { fake, channel } = await setup(
      async (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        const canPin = interaction.appPermissions.has(PermissionFlagsBits.PinMessages);
        await interaction.reply({ content: canPin ? "can pin" : "cannot pin" });
      },
      { botPermissions: DEFAULT_BOT_PERMISSIONS & ~PermissionFlagsBits.PinMessages },
    );
    const me = channel.guild.members.me;
    expect(me?.permissionsIn(channel).has(PermissionFlagsBits.PinMessages)).toBe(false);
    const message = await channel.send("hello");
    await expect(message.pin()).rejects.toMatchObject({ code: 50013, status: 403 });
    expect((await fake.slash("check")).callback?.data?.content).toBe("cannot pin");
  });

  it("honours channel overwrites given at construction", async () => {
    const { channel } = await setup(undefined, {
      channelOverwrites: [
        { id: FAKE_IDS.botRole, type: 0, allow: 0n, deny: PermissionFlagsBits.SendMessages },
      ],
    });
    expect(channel.permissionsFor(FAKE_IDS.bot)?.has(PermissionFlagsBits.SendMessages)).toBe(false);
    await expect(channel.send("x")).rejects.toMatchObject({ code: 50013 });
  });

  it("resumes after dropConnection and replays what it missed", async () => {
    const { fake } = await setup(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: "still here" });
    });
    expect(await fake.dropConnection()).toBe("resumed");
    expect(fake.resumeCount).toBe(1);
    expect(fake.identifyCount).toBe(1);
    expect((await fake.slash("ping")).callback?.data?.content).toBe("still here");

    // An interaction sent while the socket is down is replayed on RESUME.
    const back = fake.waitForSessionReady();
    fake.gateway.drop({ abrupt: true });
    const missed = fake.slash("ping");
    expect(await back).toBe("resumed");
    expect((await missed).callback?.data?.content).toBe("still here");
    expect(fake.resumeCount).toBe(2);
  });

  it("re-identifies after a normal close or an invalid session", async () => {
    const { fake } = await setup(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: "ok" });
    });
    expect(await fake.dropConnection({ code: 1000 })).toBe("identified");
    expect(fake.identifyCount).toBe(2);
    const back = fake.waitForSessionReady();
    fake.invalidateSession(false);
    expect(await back).toBe("identified");
    expect((await fake.slash("ping")).callback?.data?.content).toBe("ok");
  });

  it("deploys commands (bulk overwrite) and validates them", async () => {
    const { fake, client } = await setup(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply({ content: `id ${interaction.commandId}` });
      }
    });
    const [global] = (
      await client.application?.commands.set([{ name: "ask", description: "Ask a question" }])
    )?.values() ?? [undefined];
    const guild = client.guilds.cache.get(FAKE_IDS.guild);
    await guild?.commands.set([{ name: "story", description: "Story commands" }]);
    expect(fake.commands().map((c) => c.name)).toEqual(["ask"]);
    expect(fake.commands(true).map((c) => c.name)).toEqual(["story"]);
    expect((await fake.slash("ask")).callback?.data?.content).toBe(`id ${global?.id}`);
    // Same name keeps its id on re-deploy.
    const again = await client.application?.commands.set([{ name: "ask", description: "Ask" }]);
    expect(again?.first()?.id).toBe(global?.id);
    await expect(
      client.application?.commands.set([{ name: "Bad Name", description: "x" }]),
    ).rejects.toMatchObject({ code: 50035, status: 400 });
  });

  it("clicks a button on a bot message and captures update()", async () => {
    const { fake, channel } = await setup(async (interaction) => {
      if (interaction.isButton()) {
        await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
      }
    });
    const message = await channel.send({
      content: "choose",
      components: [
        {
          type: 1,
          components: [{ type: 2, style: ButtonStyle.Primary, label: "Go", custom_id: "go" }],
        },
      ],
    });
    const r = await fake.button("go", message.id);
    expect(r.callback?.type).toBe(7);
    expect((await r.reply()).content).toBe("clicked go");
    expect(fake.message(message.id)?.content).toBe("clicked go");
    await expect(fake.button("nope", message.id)).rejects.toThrow(/no component/);
    // Without a message id a bot message with that button is made up.
    expect((await fake.button("free")).callback?.type).toBe(7);
  });

  it("records requests, 404s unknown routes and injects failures", async () => {
    const { fake, client, channel } = await setup();
    await expect(client.rest.get("/nope/123")).rejects.toMatchObject({ status: 404, code: 0 });
    expect(fake.unhandled.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /nope/123"]);

    const message = await channel.send("hi");
    fake.failNext({
      method: "PUT",
      path: `/channels/${FAKE_IDS.channel}/messages/pins/${message.id}`,
      status: 404,
      body: { code: 10008, message: "Unknown Message" },
    });
    await expect(message.pin()).rejects.toMatchObject({ code: 10008 });
    expect(fake.pinsOf()).toEqual([]);
    await message.pin();
    expect(fake.pinsOf()[0]?.message.id).toBe(message.id);

    fake.failNext({ method: "POST", path: /\/messages$/, status: 502, times: 2 });
    await expect(channel.send("down")).rejects.toBeInstanceOf(HTTPError);
    expect(fake.requestsTo("POST", /\/messages$/).map((r) => r.status)).toEqual([200, 502, 502]);
    expect(fake.requestsTo("POST", /\/messages$/)[0]?.body).toMatchObject({ content: "hi" });
  });

  it("answers heartbeats, so a short heartbeat interval keeps the session alive", async () => {
    const { fake, client } = await setup(undefined, { heartbeatIntervalMs: 100 });
    await new Promise((r) => setTimeout(r, 450));
    expect(client.ws.ping).toBeGreaterThanOrEqual(0);
    expect(fake.resumeCount).toBe(0);
    expect(fake.identifyCount).toBe(1);
  });

  it("serves a standalone REST client (deploy script)", async () => {
    const { fake } = await setup();
    const rest = new REST({ api: fake.apiBase, retries: 0 }).setToken(fake.token);
    const body = [{ name: "ask", description: "Ask", options: [] }];
    const created = (await rest.put(Routes.applicationCommands(FAKE_IDS.bot), { body })) as Array<{
      id: string;
    }>;
    expect(created[0]?.id).toMatch(/^\d+$/);
    expect(fake.commands()).toHaveLength(1);
    await expect(
      new REST({ api: fake.apiBase }).setToken("wrong").get(Routes.user("@me")),
    ).rejects.toMatchObject({ status: 401 });
  });

  it("updates the bot's permissions live (GUILD_ROLE_UPDATE)", async () => {
    const { fake, client, channel } = await setup();
    const updated = once(client, Events.GuildRoleUpdate);
    fake.setBotPermissions(DEFAULT_BOT_PERMISSIONS & ~PermissionFlagsBits.PinMessages);
    await updated;
    expect(
      channel.guild.members.me?.permissionsIn(channel).has(PermissionFlagsBits.PinMessages),
    ).toBe(false);
  });

  it("delays requests on demand", async () => {
    const { fake, channel } = await setup();
    fake.failNext({ method: "POST", path: /\/messages$/, delayMs: 200 });
    const start = Date.now();
    await channel.send("slow");
    expect(Date.now() - start).toBeGreaterThanOrEqual(190);
  });
});
