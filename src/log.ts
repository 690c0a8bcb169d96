import pino from "pino";

export type Logger = pino.Logger;

/** Structured logs, always on stderr, so stdout stays clean for the console's replies. */
export function createLogger(level = "info"): Logger {
  return pino({ level, base: { app: "storybot" } }, pino.destination(2));
}
