import type { CommandResult, Invoker } from "../interactions/contract.js";
import { errorResult } from "../interactions/contract.js";
import { CONSOLE_USER, type Served, type Service } from "../interactions/service.js";
import { parseLine } from "./parse.js";

/** The console is one channel of its own: /use-story there sets the console's story. */
export const CONSOLE_INVOKER: Invoker = { channelId: "console", userId: CONSOLE_USER };

/** One console answer in the form outside tools rely on (`npm run --silent console -- --json`). */
export interface ConsoleRecord {
  input: string;
  command: string | null;
  /** The story that answered; absent where none was involved (/help, an unknown command). */
  story?: string;
  status: CommandResult["status"];
  citations: { paragraph: number; text: string }[];
  reply: CommandResult["reply"];
  effect?: CommandResult["effect"];
}

/** Answers one console line: parse, run the same handler Discord runs, never throw. */
export async function answerLine(
  service: Service,
  input: string,
): Promise<{ record: ConsoleRecord; result: Served }> {
  const parsed = parseLine(input, service.dispatcher.commands);
  let result: Served;
  try {
    result = parsed.ok
      ? await service.command(parsed.command, parsed.options, CONSOLE_INVOKER)
      : errorResult(parsed.error, "bad input");
  } catch (error) {
    result = errorResult(`Something went wrong: ${(error as Error).message}`, "handler failed");
  }
  const record: ConsoleRecord = {
    input,
    command: parsed.command,
    ...(result.story ? { story: result.story } : {}),
    status: result.status,
    citations:
      result.status === "answered"
        ? result.citations.map(({ paragraph, text }) => ({ paragraph, text }))
        : [],
    reply: result.reply,
    ...(result.effect ? { effect: result.effect } : {}),
  };
  return { record, result };
}
