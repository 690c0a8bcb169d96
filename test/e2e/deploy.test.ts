// deploy-commands against the fake: the command JSON Discord receives, guild and global scopes.
import { PermissionFlagsBits } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { describeFailure } from "../../src/discord/cli-errors.js";
import { deployCommands } from "../../src/discord/deploy.js";
import { loadCommands } from "../../src/interactions/load-commands.js";
import { FAKE_IDS, FakeDiscord } from "../fake-discord/server.js";
import { logged, startHarness, useHarness } from "./harness.js";
import { runTsx } from "./run.js";

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const NAMES = [
  "ask",
  "forget-me",
  "gaps",
  "help",
  "pin-summary",
  "quote",
  "source",
  "stories",
  "summary",
  "timeline",
  "use-story",
  "who-attends",
];

type Option = { name: string; type: number; required?: boolean; autocomplete?: boolean };
type Registered = {
  name: string;
  default_member_permissions?: string | null;
  options?: Option[];
};

function option(commands: Registered[], command: string, name: string): Option | undefined {
  return commands.find((c) => c.name === command)?.options?.find((o) => o.name === name);
}

describe("GIVEN deploy-commands with DISCORD_GUILD_ID", () => {
  it("THEN it bulk-overwrites the guild's commands with every command's JSON", async () => {
    fake = await FakeDiscord.start({ logUnhandled: false });
    const commands = await loadCommands();
    const result = await deployCommands({
      token: fake.token,
      clientId: FAKE_IDS.bot,
      guildId: FAKE_IDS.guild,
      apiBase: fake.apiBase,
      commands: commands.values(),
    });
    expect(result.scope).toEqual({ type: "guild", guildId: FAKE_IDS.guild });
    expect(result.registered.map((c) => c.name).sort()).toEqual(NAMES);
    expect(fake.commands()).toEqual([]);
    const registered = fake.commands(true) as Registered[];
    expect(registered.map((c) => c.name).sort()).toEqual(NAMES);
    expect(
      fake.requestsTo("PUT", `/applications/${FAKE_IDS.bot}/guilds/${FAKE_IDS.guild}/commands`),
    ).toHaveLength(1);

    // Discord holds exactly the builders' JSON.
    for (const command of commands.values()) {
      expect(registered.find((c) => c.name === command.data.name)).toMatchObject(
        JSON.parse(JSON.stringify(command.data.toJSON())),
      );
    }
    expect(option(registered, "ask", "question")).toMatchObject({
      type: 3,
      required: true,
      autocomplete: true,
    });
    expect(option(registered, "quote", "speaker")).toMatchObject({
      autocomplete: true,
      required: true,
    });
    expect(option(registered, "pin-summary", "length")?.autocomplete).not.toBe(true);
    expect(registered.find((c) => c.name === "pin-summary")?.default_member_permissions).toBe(
      PermissionFlagsBits.PinMessages.toString(),
    );
    expect(registered.find((c) => c.name === "ask")?.default_member_permissions ?? null).toBeNull();
  });
});

describe("GIVEN deploy-commands without DISCORD_GUILD_ID or DISCORD_CLIENT_ID", () => {
  it("THEN it learns the application id from Discord and registers globally", async () => {
    fake = await FakeDiscord.start({ logUnhandled: false });
    const result = await deployCommands({
      token: fake.token,
      apiBase: fake.apiBase,
      commands: (await loadCommands()).values(),
    });
    expect(result.applicationId).toBe(FAKE_IDS.bot);
    expect(result.scope).toEqual({ type: "global" });
    expect(fake.requestsTo("GET", "/applications/@me")).toHaveLength(1);
    expect(
      fake
        .commands()
        .map((c) => c.name)
        .sort(),
    ).toEqual(NAMES);
  });
});

describe("GIVEN `npm run deploy-commands` (the script)", () => {
  it("THEN it prints what it registered", async () => {
    fake = await FakeDiscord.start({ logUnhandled: false });
    const { code, stdout, stderr } = await runTsx("scripts/deploy-commands.ts", {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      DISCORD_GUILD_ID: FAKE_IDS.guild,
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain(`Registered ${NAMES.length} commands in guild ${FAKE_IDS.guild}`);
    for (const name of NAMES) expect(stdout).toContain(`/${name} `);
    expect(stdout).not.toContain(fake.token);
  });

  it("THEN with HTTP interactions configured it says how to set the Interactions Endpoint URL", async () => {
    fake = await FakeDiscord.start({ logUnhandled: false });
    const { code, stdout } = await runTsx("scripts/deploy-commands.ts", {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      DISCORD_PUBLIC_KEY: fake.signingKey.publicKeyHex,
      INTERACTIONS_PORT: "8443",
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /Interactions Endpoint URL[\s\S]*POST \/interactions \(INTERACTIONS_PORT 8443\)/,
    );
  });

  it("THEN without a token it says so in one line and exits 1", async () => {
    const { code, stdout, stderr } = await runTsx("scripts/deploy-commands.ts", {
      DISCORD_TOKEN: "",
    });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toEqual([expect.stringMatching(/DISCORD_TOKEN is not set/)]);
  });

  it("THEN a token Discord rejects is reported in one line without echoing it", async () => {
    fake = await FakeDiscord.start({ logUnhandled: false });
    const error = await deployCommands({
      token: "not-the-right-token",
      apiBase: fake.apiBase,
      commands: [],
    }).catch((e: unknown) => e);
    const line = describeFailure(error);
    expect(line).toMatch(/rejected DISCORD_TOKEN \(401/);
    expect(line).not.toContain("not-the-right-token");
    expect(line).not.toContain("\n");
  });
});

describe("GIVEN the bot starts", () => {
  useHarness();

  it("THEN with no commands registered it warns that deploy-commands needs running, naming them", async () => {
    const { logs } = await startHarness();
    await expect
      .poll(() =>
        logged(
          logs,
          "the commands registered with Discord differ from this version's: run npm run deploy-commands",
        ),
      )
      .toHaveLength(1);
    const [warning] = logged(
      logs,
      "the commands registered with Discord differ from this version's: run npm run deploy-commands",
    );
    expect(warning?.missing).toEqual(expect.arrayContaining(["ask", "gaps", "use-story"]));
  });

  it("THEN with this version's commands registered it says they match", async () => {
    const { fake, logs, restart } = await startHarness();
    await deployCommands({
      token: fake.token,
      apiBase: fake.apiBase,
      commands: (await loadCommands()).values(),
    });
    await restart();
    await expect.poll(() => logged(logs, "registered commands match this version")).toHaveLength(1);
  });
});
