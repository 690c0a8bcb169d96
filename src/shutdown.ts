import type { Logger } from "./log.js";

/**
 * How long stopping waits for the interactions in flight, in every mode: inside the 5 s a stop
 * is allowed, with room to close the gateway, the HTTP server and the database after.
 */
export const DRAIN_MS = 3000;

export interface ShutdownOptions {
  logger: Logger;
  /** Exit even if stopping hangs, after this many ms (default 4500: inside the promised 5 s). */
  deadlineMs?: number;
  signals?: readonly NodeJS.Signals[];
  /** For tests; default `process.exit`. */
  exit?: (code: number) => void;
}

/**
 * Stops the bot (answering what is in flight) and exits with `code`, within `deadlineMs` even if
 * stopping hangs. For signals (0) and for failures a supervisor must see (non-zero).
 */
export function stopAndExit(
  bot: { stop(): Promise<void> },
  code: number,
  { logger, deadlineMs = 4500, exit = (status) => process.exit(status) }: ShutdownOptions,
): void {
  const started = Date.now();
  const deadline = setTimeout(() => {
    logger.warn({ deadlineMs }, "stopping took too long: exiting anyway");
    exit(code);
  }, deadlineMs);
  bot
    .stop()
    .then(
      () => logger.info({ ms: Date.now() - started, exitCode: code }, "stopped"),
      (error: unknown) =>
        logger.error({ err: error, reason: (error as Error).message }, "error while stopping"),
    )
    .finally(() => {
      clearTimeout(deadline);
      exit(code);
    });
}

/**
 * SIGINT / SIGTERM: stop taking interactions, destroy the client, exit 0 within 5 s. A second
 * signal exits at once. Returns a function that removes the handlers again.
 *
 * Call it from the process entry before starting anything; `npm start` runs the compiled bot
 * under node itself (npm passes SIGINT and SIGTERM on to it).
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
    stopAndExit(bot, 0, { logger, deadlineMs, exit });
  };
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}
