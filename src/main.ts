import { type Config, loadConfig } from "./config.js";
import { runConsole } from "./console/run.js";
import { serve } from "./interactions/boot.js";
import type { Service } from "./interactions/service.js";
import { createLogger, type Logger } from "./log.js";
import { DRAIN_MS, handleShutdownSignals, stopAndExit } from "./shutdown.js";

/** Something running that stops by answering what it holds first. */
interface Stoppable {
  stop(): Promise<void>;
}

/** What Discord mode started: stopped together, then the service (its store) closed. */
class Running implements Stoppable {
  private readonly parts: Stoppable[] = [];
  private stopping: Promise<void> | undefined;
  service: Service | undefined;

  add(part: Stoppable): void {
    this.parts.push(part);
  }

  /** Stops once, however many callers ask (a signal after a fatal close, say). */
  stop(): Promise<void> {
    this.stopping ??= this.stopAll();
    return this.stopping;
  }

  /** Every part stops even if another fails; the store closes last, whatever happened. */
  private async stopAll(): Promise<void> {
    try {
      const stopped = await Promise.allSettled(this.parts.map((part) => part.stop()));
      const failed = stopped.find((result) => result.status === "rejected");
      if (failed) throw failed.reason;
    } finally {
      await this.service?.close();
    }
  }
}

/**
 * Discord mode: the gateway (unless DISCORD_GATEWAY=off) and the HTTP interactions endpoint
 * (with DISCORD_PUBLIC_KEY and INTERACTIONS_PORT), over one service. discord.js's gateway
 * client, @discordjs/rest and prom-client are loaded only by the parts that use them.
 */
async function serveDiscord(config: Config, logger: Logger): Promise<void> {
  const running = new Running();
  // Signals are handled from the start: a SIGTERM while logging in still exits 0.
  handleShutdownSignals(running, { logger });
  try {
    await start(config, logger, running);
  } catch (error) {
    // What did start must not keep the process alive once the error is reported.
    await running.stop();
    throw error;
  }
}

async function start(config: Config, logger: Logger, running: Running): Promise<void> {
  const http = config.DISCORD_PUBLIC_KEY !== undefined;
  const metrics =
    http || config.METRICS_PORT !== undefined
      ? new (await import("./metrics.js")).Metrics()
      : undefined;
  const service = await serve(config, logger, metrics ? { metrics } : {});
  running.service = service;
  if (http) {
    const { startHttpInteractions } = await import("./http/start.js");
    const server = await startHttpInteractions(config, { logger, service });
    running.add({ stop: () => server.close(DRAIN_MS) });
  } else if (metrics && config.METRICS_PORT !== undefined) {
    const { startMetricsServer } = await import("./http/metrics-server.js");
    const server = await startMetricsServer(metrics, config.INTERACTIONS_HOST, config.METRICS_PORT);
    logger.info({ url: `${server.url}/metrics` }, "metrics served");
    running.add(server);
  }
  if (config.DISCORD_GATEWAY === "on") {
    const { startDiscordBot } = await import("./discord/start.js");
    running.add(
      await startDiscordBot(config, {
        logger,
        service,
        onFatalClose: () => stopAndExit(running, 1, { logger }),
      }),
    );
  }
}

/**
 * `npm start` (and `npm run console`, which adds --console): reads and checks the configuration
 * (.env where present), loads the stories, then serves Discord when a token is set, unless
 * --console asks for the local console. Broken configuration or story data stops with one line
 * naming the cause and a non-zero exit.
 */
async function main(argv: string[]): Promise<void> {
  try {
    const config = loadConfig();
    if (config.DISCORD_TOKEN && !argv.includes("--console")) {
      await serveDiscord(config, createLogger(config.LOG_LEVEL));
      return;
    }
    // The console talks to a person: only warnings go to the log unless LOG_LEVEL says otherwise.
    const logger = createLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : "warn");
    const service = await serve(config, logger);
    try {
      await runConsole(service, { json: argv.includes("--json"), logger });
    } finally {
      await service.close();
    }
  } catch (error) {
    process.stderr.write(`storybot: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

await main(process.argv);
