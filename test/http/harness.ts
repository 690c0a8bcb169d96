// The bot's HTTP interactions endpoint in this process, with the fake Discord as both the
// sender of signed interactions and the REST API the bot calls back.
import { afterEach, expect } from "vitest";
import { readConfig } from "../../src/config.js";
import type { InteractionsServer } from "../../src/http/server.js";
import { startHttpInteractions } from "../../src/http/start.js";
import { Service } from "../../src/interactions/service.js";
import { Metrics } from "../../src/metrics.js";
import { type LogLine, memoryLogger, sharedDispatcher, startSecretFake } from "../e2e/harness.js";
import { httpOnlyEnv } from "../e2e/run.js";
import type { FakeDiscord, FakeDiscordOptions } from "../fake-discord/server.js";
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
  options: { fake?: FakeDiscordOptions; cooldown?: false; requestTimeoutMs?: number } = {},
): Promise<HttpHarness> {
  const fake = await startSecretFake(options.fake);
  const { logger, logs } = memoryLogger();
  const config = readConfig({ ...httpOnlyEnv(fake), LOG_LEVEL: "debug" });
  const service = new Service(await sharedDispatcher(), sqliteStore(), logger, new Metrics());
  const server = await startHttpInteractions(config, {
    logger,
    service,
    ...(options.cooldown === false ? { cooldown: false as const } : {}),
    ...(options.requestTimeoutMs ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
  });
  const endpoint = `${server.url}/interactions`;
  fake.interactionsUrl = endpoint;
  running.push(async () => {
    await server.close(1000);
    await service.close();
    await fake.close();
    expect(JSON.stringify(logs)).not.toContain(fake.token);
  });
  return { fake, server, service, endpoint, logs };
}
