// Starts the fake Discord and the real bot (startDiscordBot, real discord.js client) for e2e tests.
import { randomBytes } from "node:crypto";
import pino from "pino";
import { afterEach, expect } from "vitest";
import { type Config, readConfig } from "../../src/config.js";
import { type DiscordBot, type StartOptions, startDiscordBot } from "../../src/discord/start.js";
import { Dispatcher } from "../../src/interactions/dispatch.js";
import { loadCommands } from "../../src/interactions/load-commands.js";
import { Service } from "../../src/interactions/service.js";
import { LOG_OPTIONS, type Logger } from "../../src/log.js";
import type { Store } from "../../src/store/store.js";
import { StoryLibrary } from "../../src/stories/library.js";
import {
  FakeDiscord,
  type FakeDiscordOptions,
  type InteractionHandle,
} from "../fake-discord/server.js";
import { SEED_DIR } from "../helpers.js";
import { sqliteStore } from "../store/support.js";

export type LogLine = Record<string, unknown> & { level: number; msg?: string };

export interface Harness {
  fake: FakeDiscord;
  bot: DiscordBot;
  config: Config;
  logger: Logger;
  /** Every log line the bot wrote, parsed. */
  logs: LogLine[];
  /** Stops the bot and starts a new one on the same fake and store (a process restart). */
  restart(): Promise<DiscordBot>;
}

const running: Array<() => Promise<void>> = [];

let shared: Promise<Dispatcher> | undefined;
/** The commands over the seed story, loaded once per test file (building the indexes takes a while). */
export function sharedDispatcher(): Promise<Dispatcher> {
  shared ??= loadCommands().then(
    (commands) => new Dispatcher(commands, StoryLibrary.load([SEED_DIR])),
  );
  return shared;
}

/** Registers the cleanup (bot first, then fake) and the "token never logged" check. */
export function useHarness(): void {
  afterEach(async () => {
    for (const stop of running.splice(0).reverse()) await stop();
  });
}

/** A logger that keeps its lines in memory, at debug level, with the bot's own serialisers. */
export function memoryLogger(): { logger: Logger; logs: LogLine[] } {
  const logs: LogLine[] = [];
  const logger = pino(
    { ...LOG_OPTIONS, level: "debug" },
    { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) },
  );
  return { logger, logs };
}

/**
 * A fake Discord with a unique token, and the bot logged in to it. Tests get REST retries of 1
 * so that scripted 5xx answers need only two failures.
 */
export async function startHarness(
  options: { fake?: FakeDiscordOptions; start?: Partial<StartOptions>; store?: Store } = {},
): Promise<Harness> {
  const fake = await startSecretFake(options.fake);
  const { logger, logs } = memoryLogger();
  const config = readConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE: fake.apiBase,
    LOG_LEVEL: "debug",
  });
  // Each harness has a fresh store of its own, kept across restart().
  const service = new Service(await sharedDispatcher(), options.store ?? sqliteStore(), logger);
  const start = () =>
    startDiscordBot(config, {
      logger,
      service,
      clientOptions: { rest: { retries: 1, timeout: 5000 } },
      ...options.start,
    });
  let bot: DiscordBot;
  try {
    bot = await start();
  } catch (error) {
    await fake.close();
    throw error;
  }
  const harness: Harness = {
    fake,
    bot,
    config,
    logger,
    logs,
    async restart() {
      await harness.bot.stop();
      harness.bot = await start();
      return harness.bot;
    },
  };
  running.push(async () => {
    await harness.bot.stop();
    await service.close();
    await fake.close();
    expect(JSON.stringify(logs)).not.toContain(fake.token);
  });
  return harness;
}

/** A fake Discord with a token of its own, which the tests then look for in every log. */
export function startSecretFake(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const token = `e2e-secret-${randomBytes(12).toString("hex")}`;
  return FakeDiscord.start({ logUnhandled: false, ...options, token });
}

type Row = { components: { custom_id: string }[] };
/** The custom ids of the buttons under an interaction's reply. */
export async function buttonsOf(handle: InteractionHandle): Promise<string[]> {
  const reply = await handle.reply();
  return ((reply.components ?? []) as Row[]).flatMap((row) =>
    row.components.map((button) => button.custom_id),
  );
}

/** The log lines with message `msg`. */
export function logged(logs: LogLine[], msg: string): LogLine[] {
  return logs.filter((line) => line.msg === msg);
}
