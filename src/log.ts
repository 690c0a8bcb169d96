import pino from "pino";

export type Logger = pino.Logger;

/** An interaction or webhook token inside a Discord URL: /interactions/<id>/<token>/callback. */
const TOKEN_IN_URL = /\/(interactions|webhooks)\/(\d+)\/[^/?#\s"]+/g;

/** Replaces interaction and webhook tokens in text with "[token]". */
export function redactTokens(text: string): string {
  return text.replace(TOKEN_IN_URL, "/$1/$2/[token]");
}

/**
 * Errors as pino serialises them, minus what carries an interaction token: discord.js puts the
 * callback URL (token included) on its REST errors and the request body beside it.
 */
function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = pino.stdSerializers.err(error) as Record<string, unknown>;
  delete serialized.requestBody;
  delete serialized.rawError;
  for (const key of ["message", "stack", "url"]) {
    if (typeof serialized[key] === "string") serialized[key] = redactTokens(serialized[key]);
  }
  return serialized;
}

/** The logger options every storybot logger uses (tests build theirs from the same). */
export const LOG_OPTIONS = {
  base: { app: "storybot" },
  serializers: { err: serializeError },
} satisfies pino.LoggerOptions;

/**
 * Structured logs, always on stderr, so stdout stays clean for the console's replies. Written
 * asynchronously: under load the lines of many interactions go out in one write instead of a
 * system call each, and pino flushes what is left when the process exits.
 */
export function createLogger(level = "info"): Logger {
  return pino({ ...LOG_OPTIONS, level }, pino.destination({ dest: 2, sync: false }));
}
