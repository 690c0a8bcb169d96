import type { Logger } from "../log.js";

export interface ShutdownOptions {
  logger: Logger;
  /** Exit even if stopping hangs, after this many ms (default 4500: inside the promised 5 s). */
  deadlineMs?: number;
  signals?: readonly NodeJS.Signals[];
  /** For tests; default `process.exit`. */
  exit?: (code: number) => void;
}

/**
 * SIGINT / SIGTERM: stop taking interactions, destroy the client, exit 0 within 5 s. A second
 * signal exits at once. Returns a function that removes the handlers again.
 *
 * Call it from the process entry after `startDiscordBot`; `npm start` reaches the bot through
 * npm and tsx, both of which pass SIGINT and SIGTERM on to it.
 */
export function handleShutdownSignals(
  bot: { stop(): Promise<void> },
  {
    logger,
    deadlineMs = 4500,
    signals = ["SIGINT", "SIGTERM"],
    exit = (code) => process.exit(code),
  }: ShutdownOptions,
): () => void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting now");
      exit(0);
      return;
    }
    stopping = true;
    logger.info({ signal }, "shutting down");
    const started = Date.now();
    const deadline = setTimeout(() => {
      logger.warn({ deadlineMs }, "stopping took too long: exiting anyway");
      exit(0);
    }, deadlineMs);
    bot
      .stop()
      .then(
        () => logger.info({ ms: Date.now() - started }, "stopped"),
        (error: unknown) => logger.error({ err: error }, "error while stopping"),
      )
      .finally(() => {
        clearTimeout(deadline);
        exit(0);
      });
  };
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}
