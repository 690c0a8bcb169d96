/** Runs the local console in-process on a string of input, with in-memory streams. */
import { PassThrough } from "node:stream";
import pino from "pino";
import { runConsole } from "../../src/console/run.js";
import type { Service } from "../../src/interactions/service.js";
import { dispatcher as specDispatcher } from "../commands/support.js";
import { memoryService } from "../store/support.js";

export interface ConsoleRun {
  stdout: string;
  stderr: string;
  /** What the logger wrote (pino JSON lines). */
  logs: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  return () => Buffer.concat(chunks).toString("utf8");
}

export async function runConsoleOn(
  input: string,
  {
    json = true,
    service = memoryService(specDispatcher),
  }: { json?: boolean; service?: Service } = {},
): Promise<ConsoleRun> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const logStream = new PassThrough();
  const [out, err, logs] = [collect(stdout), collect(stderr), collect(logStream)];
  stdin.end(input);
  await runConsole(service, {
    json,
    input: stdin,
    output: stdout,
    errors: stderr,
    logger: pino({ level: "debug" }, logStream),
  });
  await new Promise((resolve) => setImmediate(resolve));
  return { stdout: out(), stderr: err(), logs: logs() };
}

/** The JSON records of a --json run, one per stdout line. */
export function records(stdout: string): Record<string, unknown>[] {
  return stdout
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
