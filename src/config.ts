import { existsSync } from "node:fs";
import { z } from "zod";

/** A configuration problem: one line naming the variable and what is expected, never its value. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Unset, empty and blank values all mean "not set". */
const blankAsUnset = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const snowflake = (name: string) =>
  z.preprocess(
    blankAsUnset,
    z
      .string()
      .trim()
      .regex(/^\d{17,20}$/, `${name} must be a Discord id (17–20 digits)`)
      .optional(),
  );

/** How long recorded questions and votes are kept unless RETENTION_DAYS says otherwise. */
export const DEFAULT_RETENTION_DAYS = 90;

/** A TCP port to listen on; 0 lets the system pick a free one (the tests do). */
const port = (name: string) =>
  z.preprocess(
    blankAsUnset,
    z.coerce
      .number({ error: `${name} must be a TCP port from 0 to 65535` })
      .int(`${name} must be a TCP port from 0 to 65535`)
      .min(0, `${name} must be a TCP port from 0 to 65535`)
      .max(65535, `${name} must be a TCP port from 0 to 65535`)
      .optional(),
  );

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export const configSchema = z
  .object({
    /** The bot token; unset means the local console. Checked for shape only, never echoed. */
    DISCORD_TOKEN: z.preprocess(
      blankAsUnset,
      z
        .string()
        .trim()
        .refine(
          (token) => !/^bot\s/i.test(token),
          "DISCORD_TOKEN must be the bare token, without the “Bot ” prefix",
        )
        .refine(
          (token) => /^[\w.-]+$/.test(token),
          "DISCORD_TOKEN must be the bot token from the developer portal (letters, digits, “.”, “-”, “_” only)",
        )
        .optional(),
    ),
    DISCORD_CLIENT_ID: snowflake("DISCORD_CLIENT_ID"),
    DISCORD_GUILD_ID: snowflake("DISCORD_GUILD_ID"),
    STORY: z.preprocess(
      blankAsUnset,
      z
        .string()
        .trim()
        .regex(
          /^[a-z0-9][a-z0-9-]*$/,
          "STORY must be a story id: a folder name under data/stories (lowercase letters, digits, hyphens)",
        )
        .optional(),
    ),
    LOG_LEVEL: z.preprocess(
      (value) => (typeof value === "string" ? blankAsUnset(value.trim().toLowerCase()) : value),
      z
        .enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}` })
        .default("info"),
    ),
    DISCORD_API_BASE: z.preprocess(
      blankAsUnset,
      z
        .string()
        .trim()
        .pipe(
          z.url({
            protocol: /^https?$/,
            error:
              "DISCORD_API_BASE must be an http(s) URL such as http://127.0.0.1:8080/api (discord.js appends /v10)",
          }),
        )
        .refine(
          (url) => !/\/v\d+\/?$/.test(url),
          "DISCORD_API_BASE must not end in a version such as /v10 (discord.js appends it)",
        )
        .transform((url) => url.replace(/\/+$/, ""))
        .optional(),
    ),
    /**
     * Where questions, votes and channel stories are kept: unset is SQLite in var/ under the
     * project; `sqlite:<path>` (or `sqlite::memory:`) another SQLite file; `postgres://…` PostgreSQL.
     */
    DATABASE_URL: z.preprocess(
      blankAsUnset,
      z
        .string()
        .trim()
        .regex(
          /^(sqlite:.+|postgres(ql)?:\/\/.+)$/,
          "DATABASE_URL must be sqlite:<path>, sqlite::memory: or postgres://user:password@host/database",
        )
        .optional(),
    ),
    /** Recorded questions and votes older than this many days are deleted. */
    RETENTION_DAYS: z.preprocess(
      blankAsUnset,
      z.coerce
        .number({ error: "RETENTION_DAYS must be a whole number of days from 1 to 3650" })
        .int("RETENTION_DAYS must be a whole number of days from 1 to 3650")
        .min(1, "RETENTION_DAYS must be a whole number of days from 1 to 3650")
        .max(3650, "RETENTION_DAYS must be a whole number of days from 1 to 3650")
        .default(DEFAULT_RETENTION_DAYS),
    ),
    /** The application's public key (developer portal → General Information), for HTTP interactions. */
    DISCORD_PUBLIC_KEY: z.preprocess(
      blankAsUnset,
      z
        .string()
        .trim()
        .regex(
          /^[0-9a-fA-F]{64}$/,
          "DISCORD_PUBLIC_KEY must be the application's public key: 64 hex characters from the developer portal's General Information page",
        )
        .optional(),
    ),
    /** With DISCORD_PUBLIC_KEY: serve POST /interactions (and /healthz, /metrics) on this port. */
    INTERACTIONS_PORT: port("INTERACTIONS_PORT"),
    INTERACTIONS_HOST: z.preprocess(blankAsUnset, z.string().trim().default("0.0.0.0")),
    /** `off`: HTTP interactions only, never a gateway connection. */
    DISCORD_GATEWAY: z.preprocess(
      (value) => (typeof value === "string" ? blankAsUnset(value.trim().toLowerCase()) : value),
      z.enum(["on", "off"], { error: "DISCORD_GATEWAY must be on or off" }).default("on"),
    ),
    /** Serves GET /metrics on this port when only the gateway runs (HTTP mode serves it anyway). */
    METRICS_PORT: port("METRICS_PORT"),
  })
  .superRefine((config, context) => {
    const http = config.DISCORD_PUBLIC_KEY !== undefined || config.INTERACTIONS_PORT !== undefined;
    if (
      http &&
      (config.DISCORD_PUBLIC_KEY === undefined || config.INTERACTIONS_PORT === undefined)
    ) {
      context.addIssue({
        code: "custom",
        path: [
          config.DISCORD_PUBLIC_KEY === undefined ? "DISCORD_PUBLIC_KEY" : "INTERACTIONS_PORT",
        ],
        message: `${config.DISCORD_PUBLIC_KEY === undefined ? "DISCORD_PUBLIC_KEY" : "INTERACTIONS_PORT"} is needed too: HTTP interactions take both DISCORD_PUBLIC_KEY and INTERACTIONS_PORT`,
      });
    }
    if (config.DISCORD_GATEWAY === "off" && !http) {
      context.addIssue({
        code: "custom",
        path: ["DISCORD_GATEWAY"],
        message:
          "DISCORD_GATEWAY=off leaves nothing to serve Discord: set DISCORD_PUBLIC_KEY and INTERACTIONS_PORT for HTTP interactions",
      });
    }
  });

export type Config = z.output<typeof configSchema>;
export type LogLevel = Config["LOG_LEVEL"];

/**
 * Reads and validates the configuration from `env` (default `process.env`). A malformed value
 * throws a ConfigError with one line per variable, naming it and what is expected.
 */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "configuration");
    // Our messages start with the variable's name; zod's generic ones do not and get it added.
    return issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
  });
  throw new ConfigError([...new Set(lines)].join("; "));
}

/**
 * Adds the variables of a `.env` file to `process.env` where the file exists; variables already
 * set in the environment win. Uses Node's own parser (`process.loadEnvFile`, Node ≥ 20.12).
 */
export function loadEnvFile(path = ".env"): boolean {
  if (!existsSync(path) || typeof process.loadEnvFile !== "function") return false;
  process.loadEnvFile(path);
  return true;
}

/** The configuration of this process: `.env` (where present) under the environment, validated. */
export function loadConfig(path = ".env"): Config {
  loadEnvFile(path);
  return readConfig(process.env);
}

/** The bot token, or a ConfigError saying how to provide it. */
export function requireToken(config: Config): string {
  if (config.DISCORD_TOKEN === undefined) {
    throw new ConfigError(
      "DISCORD_TOKEN is not set: put the bot token (developer portal → Bot → Reset Token) in .env or the environment",
    );
  }
  return config.DISCORD_TOKEN;
}
