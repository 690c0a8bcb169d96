import { type Config, requireToken } from "../config.js";
import { Cooldown, DEFAULT_COOLDOWN } from "../interactions/cooldown.js";
import { createRouter } from "../interactions/router.js";
import type { Service } from "../interactions/service.js";
import type { Logger } from "../log.js";
import type { REST } from "../rest/discordjs-rest.js";
import type { RestSource } from "./incoming.js";
import { type InteractionsServer, startInteractionsServer } from "./server.js";

/**
 * REST with the bot token, made on first use: the HTTP mode answers most interactions in the
 * response itself, so @discordjs/rest is loaded only for the first edit, follow-up or pin.
 */
export function lazyRest(config: Pick<Config, "DISCORD_API_BASE">, token: string): RestSource {
  let made: Promise<REST> | undefined;
  return () => {
    made ??= import("../rest/discordjs-rest.js").then(({ REST }) =>
      new REST(config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {}).setToken(token),
    );
    return made;
  };
}

/** The bot's own user id, asked of Discord once: its pins are the ones it may replace. */
function botIdOf(rest: RestSource): () => Promise<string> {
  let id: Promise<string> | undefined;
  return () => {
    id ??= rest().then(async (client) => ((await client.get("/users/@me")) as { id: string }).id);
    id.catch(() => {
      id = undefined;
    });
    return id;
  };
}

export interface HttpInteractionsOptions {
  logger: Logger;
  service: Service;
  /** Per-user command limit; `false` turns it off (tests, benchmarks). */
  cooldown?: false;
  /** How long a request may take to arrive (default REQUEST_TIMEOUT_MS; tests shorten it). */
  requestTimeoutMs?: number;
}

/**
 * `npm start` with DISCORD_PUBLIC_KEY and INTERACTIONS_PORT: the interactions endpoint on
 * INTERACTIONS_HOST, through the same router, commands and store as the gateway.
 */
export async function startHttpInteractions(
  config: Config,
  { logger, service, cooldown, requestTimeoutMs }: HttpInteractionsOptions,
): Promise<InteractionsServer> {
  const started = performance.now();
  const token = requireToken(config);
  const publicKey = config.DISCORD_PUBLIC_KEY as string;
  const port = config.INTERACTIONS_PORT as number;
  const rest = lazyRest(config, token);
  const router = createRouter({
    service,
    logger,
    pins: { rest, botId: botIdOf(rest), lock: service.store.channelLock },
    cooldown: cooldown === false ? undefined : new Cooldown(DEFAULT_COOLDOWN),
    metrics: service.metrics,
  });
  const server = await startInteractionsServer(
    {
      publicKey,
      router,
      rest,
      logger,
      metrics: service.metrics,
      ...(requestTimeoutMs ? { requestTimeoutMs } : {}),
    },
    config.INTERACTIONS_HOST,
    port,
  );
  logger.info(
    {
      url: `${server.url}/interactions`,
      stories: service.dispatcher.library.ids,
      ms: Math.round(performance.now() - started),
    },
    "HTTP interactions ready",
  );
  return server;
}
