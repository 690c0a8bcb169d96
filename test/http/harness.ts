// The bot's HTTP interactions endpoint in this process, with the fake Discord as both the
// sender of signed interactions and the REST API the bot calls back.
import { randomBytes } from "node:crypto";
import { afterEach, expect } from "vitest";
import { readConfig } from "../../src/config.js";
import type { InteractionsServer } from "../../src/http/server.js";
import { startHttpInteractions } from "../../src/http/start.js";
import { Service } from "../../src/interactions/service.js";
import { Metrics } from "../../src/metrics.js";
import { type LogLine, memoryLogger, sharedDispatcher } from "../e2e/harness.js";
import { FakeDiscord, type FakeDiscordOptions } from "../fake-discord/server.js";
import { sqliteStore } from "../store/support.js";

export interface HttpHarness {
  fake: FakeDiscord;
  server: InteractionsServer;
  service: Service;
  /** POST /interactions on the bot. */
  endpoint: string;
  logs: LogLine[];
}

const running: Array<() => Promise<void>> = [];

/** Registers the cleanup (server, store, fake) and the "token never logged" check. */
export function useHttpHarness(): void {
  afterEach(async () => {
    for (const stop of running.splice(0).reverse()) await stop();
  });
}

export async function startHttpHarness(
  options: { fake?: FakeDiscordOptions; cooldown?: false } = {},
): Promise<HttpHarness> {
  const token = `e2e-secret-${randomBytes(12).toString("hex")}`;
  const fake = await FakeDiscord.start({ logUnhandled: false, ...options.fake, token });
  const { logger, logs } = memoryLogger();
  const config = readConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE: fake.apiBase,
    DISCORD_PUBLIC_KEY: fake.signingKey.publicKeyHex,
    INTERACTIONS_PORT: "0",
    INTERACTIONS_HOST: "127.0.0.1",
    DISCORD_GATEWAY: "off",
    LOG_LEVEL: "debug",
  });
  const service = new Service(await sharedDispatcher(), sqliteStore(), logger, new Metrics());
  const server = await startHttpInteractions(config, {
    logger,
    service,
    ...(options.cooldown === false ? { cooldown: false as const } : {}),
  });
  const endpoint = `${server.url}/interactions`;
  fake.interactionsUrl = endpoint;
  running.push(async () => {
    await server.close(1000);
    await service.close();
    await fake.close();
    expect(JSON.stringify(logs)).not.toContain(token);
  });
  return { fake, server, service, endpoint, logs };
}
