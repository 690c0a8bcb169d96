import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadEnvFile, readConfig, requireToken } from "../src/config.js";

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.secret_part-xyz";
const PUBLIC_KEY = "a".repeat(64);
/** What an empty environment reads as. */
const DEFAULTS = {
  LOG_LEVEL: "info",
  RETENTION_DAYS: 90,
  INTERACTIONS_HOST: "0.0.0.0",
  DISCORD_GATEWAY: "on",
};

/** The ConfigError a set of variables produces. */
function errorOf(env: Record<string, string>): ConfigError {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("readConfig", () => {
  it("GIVEN nothing set THEN everything is optional and LOG_LEVEL is info", () => {
    expect(readConfig({})).toEqual(DEFAULTS);
  });

  it("GIVEN every variable THEN it reads them, trimmed, the API base without a trailing slash", () => {
    expect(
      readConfig({
        DISCORD_TOKEN: ` ${TOKEN} `,
        DISCORD_CLIENT_ID: "123456789012345678",
        DISCORD_GUILD_ID: "987654321098765432",
        STORY: "harbour-vote",
        LOG_LEVEL: "DEBUG",
        DISCORD_API_BASE: "http://127.0.0.1:8080/api/",
        DATABASE_URL: "postgres://bot:pw@127.0.0.1/storybot",
        RETENTION_DAYS: "30",
        DISCORD_PUBLIC_KEY: ` ${PUBLIC_KEY} `,
        INTERACTIONS_PORT: "8443",
        INTERACTIONS_HOST: "127.0.0.1",
        DISCORD_GATEWAY: "OFF",
        METRICS_PORT: "9100",
        UNRELATED: "ignored",
      }),
    ).toEqual({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: "123456789012345678",
      DISCORD_GUILD_ID: "987654321098765432",
      STORY: "harbour-vote",
      LOG_LEVEL: "debug",
      DISCORD_API_BASE: "http://127.0.0.1:8080/api",
      DATABASE_URL: "postgres://bot:pw@127.0.0.1/storybot",
      RETENTION_DAYS: 30,
      DISCORD_PUBLIC_KEY: PUBLIC_KEY,
      INTERACTIONS_PORT: 8443,
      INTERACTIONS_HOST: "127.0.0.1",
      DISCORD_GATEWAY: "off",
      METRICS_PORT: 9100,
    });
  });

  it("GIVEN DISCORD_PUBLIC_KEY without INTERACTIONS_PORT THEN one line says both are needed", () => {
    expect(errorOf({ DISCORD_PUBLIC_KEY: PUBLIC_KEY }).message).toMatch(
      /^INTERACTIONS_PORT is needed too: HTTP interactions take both/,
    );
  });

  it("GIVEN DISCORD_GATEWAY=off and no HTTP endpoint THEN it says nothing would serve Discord", () => {
    expect(errorOf({ DISCORD_GATEWAY: "off" }).message).toMatch(
      /^DISCORD_GATEWAY=off leaves nothing to serve Discord/,
    );
  });

  it("GIVEN empty or blank values THEN they count as unset (an empty token means the console)", () => {
    const config = readConfig({
      DISCORD_TOKEN: "",
      DISCORD_CLIENT_ID: "  ",
      DISCORD_GUILD_ID: "",
      STORY: "",
      LOG_LEVEL: "",
      DISCORD_API_BASE: "",
      DATABASE_URL: "",
      RETENTION_DAYS: " ",
    });
    expect(config).toEqual(DEFAULTS);
    expect(config.DISCORD_TOKEN).toBeUndefined();
  });

  it.each([
    ["DISCORD_CLIENT_ID", "my-app", /^DISCORD_CLIENT_ID must be a Discord id \(17–20 digits\)$/],
    ["DISCORD_GUILD_ID", "12345", /^DISCORD_GUILD_ID must be a Discord id/],
    [
      "LOG_LEVEL",
      "verbose",
      /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent$/,
    ],
    ["STORY", "../etc", /^STORY must be a story id/],
    ["DISCORD_API_BASE", "localhost:9999", /^DISCORD_API_BASE must be an http\(s\) URL/],
    ["DISCORD_API_BASE", "ftp://example.com/api", /^DISCORD_API_BASE must be an http\(s\) URL/],
    [
      "DISCORD_API_BASE",
      "http://127.0.0.1:8080/api/v10",
      /^DISCORD_API_BASE must not end in a version/,
    ],
    [
      "DATABASE_URL",
      "mysql://db/bot",
      /^DATABASE_URL must be sqlite:<path>, sqlite::memory: or postgres:/,
    ],
    ["RETENTION_DAYS", "ninety", /^RETENTION_DAYS must be a whole number of days from 1 to 3650$/],
    ["RETENTION_DAYS", "-5", /^RETENTION_DAYS must be a whole number of days from 1 to 3650$/],
    ["RETENTION_DAYS", "2.5", /^RETENTION_DAYS must be a whole number of days from 1 to 3650$/],
    ["DISCORD_PUBLIC_KEY", "not-a-key", /^DISCORD_PUBLIC_KEY must be the application's public key/],
    ["INTERACTIONS_PORT", "70000", /^INTERACTIONS_PORT must be a TCP port from 0 to 65535;/],
    ["METRICS_PORT", "metrics", /^METRICS_PORT must be a TCP port from 0 to 65535$/],
    ["DISCORD_GATEWAY", "maybe", /^DISCORD_GATEWAY must be on or off$/],
  ])(
    "GIVEN %s=%s THEN one line names the variable and what is expected",
    (name, value, message) => {
      const error = errorOf({ [name]: value });
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain("\n");
      expect(error.message).not.toContain(value);
    },
  );

  it("GIVEN several malformed values THEN one line names each", () => {
    const { message } = errorOf({ DISCORD_CLIENT_ID: "x", LOG_LEVEL: "loud" });
    expect(message).not.toContain("\n");
    expect(message).toMatch(/DISCORD_CLIENT_ID .*; LOG_LEVEL /);
  });

  it.each([
    ["with the Bot prefix", `Bot ${TOKEN}`, /without the “Bot ” prefix/],
    [
      "with a space inside",
      `${TOKEN.slice(0, 10)} ${TOKEN.slice(10)}`,
      /the bot token from the developer portal/,
    ],
    ["with quotes", `"${TOKEN}"`, /the bot token from the developer portal/],
  ])(
    "GIVEN a token %s THEN the message explains it and never contains the token",
    (_, value, message) => {
      const error = errorOf({ DISCORD_TOKEN: value });
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/^DISCORD_TOKEN /);
      expect(error.message).not.toContain("secret_part");
      expect(error.message).not.toContain(TOKEN.slice(0, 12));
    },
  );

  it("GIVEN no token THEN requireToken says how to set it, in one line", () => {
    expect(() => requireToken(readConfig({ DISCORD_TOKEN: "" }))).toThrow(
      /^DISCORD_TOKEN is not set: .*\.env/,
    );
    expect(requireToken(readConfig({ DISCORD_TOKEN: TOKEN }))).toBe(TOKEN);
  });
});

describe("loadEnvFile", () => {
  it("GIVEN a .env file THEN its variables fill in what the environment does not set", () => {
    const dir = mkdtempSync(join(tmpdir(), "storybot-env-"));
    const file = join(dir, ".env");
    writeFileSync(file, "STORYBOT_TEST_A=from-file\nSTORYBOT_TEST_B=from-file\n");
    process.env.STORYBOT_TEST_A = "from-env";
    try {
      expect(loadEnvFile(file)).toBe(true);
      expect(process.env.STORYBOT_TEST_A).toBe("from-env");
      expect(process.env.STORYBOT_TEST_B).toBe("from-file");
    } finally {
      delete process.env.STORYBOT_TEST_A;
      delete process.env.STORYBOT_TEST_B;
    }
  });

  it("GIVEN no .env file THEN nothing happens", () => {
    expect(loadEnvFile(join(tmpdir(), "no-such-dir", ".env"))).toBe(false);
  });
});
