import { once } from "node:events";
import { type Client, type ClientOptions, Events } from "discord.js";
import { type Config, requireToken } from "../config.js";
import type { CommandSet } from "../interactions/contract.js";
import { Cooldown, type CooldownLimits, DEFAULT_COOLDOWN } from "../interactions/cooldown.js";
import { Dispatcher } from "../interactions/dispatch.js";
import { createRouter, type Router } from "../interactions/router.js";
import { Service } from "../interactions/service.js";
import type { Logger } from "../log.js";
import { DRAIN_MS } from "../shutdown.js";
import { createClient } from "./client.js";
import { fromGateway } from "./incoming.js";
import { checkRegistration } from "./registered.js";

export { handleShutdownSignals, type ShutdownOptions, stopAndExit } from "../shutdown.js";

/**
 * Gateway close codes after which Discord will not take the bot back without a change by a
 * person: a bad token (4004), shards (4010, 4011), API version (4012), intents (4013, 4014).
 */
export const FATAL_CLOSE_CODES: ReadonlyMap<number, string> = new Map([
  [4004, "authentication failed: the token was reset or is wrong"],
  [4010, "invalid shard"],
  [4011, "sharding required: the bot is in too many servers for one connection"],
  [4012, "invalid API version"],
  [4013, "invalid intents"],
  [4014, "disallowed intents: enable them in the developer portal or drop them"],
]);

export interface StartOptions {
  logger: Logger;
  /** The commands, stories and store, loaded and checked once (src/interactions/boot.ts). */
  service: Service;
  /** Other commands to serve over the same stories and store; tests add a throwing one. */
  commands?: CommandSet;
  /** Per-user command limit (default 5 in 10 s); `false` turns it off. */
  cooldown?: CooldownLimits | false;
  /** Extra discord.js client options (tests: REST retries, timeouts). */
  clientOptions?: Partial<ClientOptions>;
  /** How long `stop()` waits for interactions in flight (default DRAIN_MS). */
  drainMs?: number;
  /**
   * Called when Discord closes the gateway for good (FATAL_CLOSE_CODES): the process should
   * stop and exit non-zero so that a supervisor restarts it or alerts.
   */
  onFatalClose?: (code: number) => void;
}

export interface DiscordBot {
  readonly client: Client<true>;
  readonly service: Service;
  /**
   * Stops taking interactions, waits briefly for those in flight, destroys the client. The store
   * stays open: it is its opener's to close.
   */
  stop(): Promise<void>;
}

/**
 * Logs in with the Guilds intent and resolves when the
 * client is ready; every interaction then goes through one router. Unhandled promise rejections
 * are logged, not fatal, while the bot runs. Signals are the caller's: see handleShutdownSignals.
 */
export async function startDiscordBot(config: Config, options: StartOptions): Promise<DiscordBot> {
  const { logger } = options;
  const token = requireToken(config);
  const started = performance.now();
  const service = options.commands
    ? new Service(
        new Dispatcher(options.commands, options.service.dispatcher.library),
        options.service.store,
        logger,
        options.service.metrics,
      )
    : options.service;
  const { dispatcher } = service;

  const cooldownLimits = options.cooldown ?? DEFAULT_COOLDOWN;
  const client = createClient(config, options.clientOptions);
  const router: Router = createRouter({
    service,
    logger,
    pins: {
      rest: async () => client.rest,
      botId: async () => (client as Client<true>).user.id,
      lock: service.store.channelLock,
    },
    cooldown: cooldownLimits === false ? undefined : new Cooldown(cooldownLimits),
    metrics: service.metrics,
  });
  client.on(Events.InteractionCreate, (interaction) => {
    const delivered = fromGateway(interaction);
    if (delivered) void router.handle(delivered.incoming, delivered.responder);
    else
      logger.debug({ interaction: interaction.id, type: interaction.type }, "ignored interaction");
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord.js error"));
  client.on(Events.Warn, (message) => logger.warn({ discord: message }, "discord.js warning"));
  let destroying = false;
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (destroying) return;
    const fatal = FATAL_CLOSE_CODES.get(event.code);
    if (fatal === undefined) {
      logger.warn({ shard, code: event.code }, "gateway disconnected");
      return;
    }
    logger.error({ shard, code: event.code, reason: fatal }, "gateway closed for good");
    options.onFatalClose?.(event.code);
  });
  client.on(Events.ShardReconnecting, (shard) => {
    if (!destroying) logger.info({ shard }, "gateway reconnecting");
  });
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, "gateway resumed"),
  );
  client.rest.on("rateLimited", (info) =>
    logger.warn({ route: info.route, retryAfter: info.retryAfter }, "rate limited"),
  );
  const onRejection = (reason: unknown) =>
    logger.error({ err: reason }, "unhandled promise rejection");
  process.on("unhandledRejection", onRejection);

  try {
    const ready = once(client, Events.ClientReady);
    await client.login(token);
    await ready;
  } catch (error) {
    process.off("unhandledRejection", onRejection);
    await client.destroy();
    throw error;
  }
  const readyClient = client as Client<true>;
  logger.info(
    {
      user: readyClient.user.tag,
      application: readyClient.application.id,
      guilds: readyClient.guilds.cache.size,
      stories: dispatcher.library.ids,
      commands: [...dispatcher.commands.keys()],
      ms: Math.round(performance.now() - started),
    },
    "ready",
  );

  // Not awaited: a stale registration is worth a warning, not a slower start.
  void checkRegistration(readyClient, dispatcher.commands, logger, config.DISCORD_GUILD_ID);

  let stopping: Promise<void> | undefined;
  const stop = async () => {
    // The gateway closes first, so nothing new arrives; what arrived before is answered over
    // REST, which stays up until client.destroy(). (WebSocketManager.destroy is what
    // client.destroy() itself calls first; discord.js's typings mark it private.)
    destroying = true;
    await (client.ws as unknown as { destroy(): Promise<void> }).destroy();
    await router.drain(options.drainMs ?? DRAIN_MS);
    await client.destroy();
    process.off("unhandledRejection", onRejection);
    logger.info("client destroyed");
  };
  return {
    client: readyClient,
    service,
    stop: () => {
      stopping ??= stop();
      return stopping;
    },
  };
}
