import type { CommandResult } from "../interactions/contract.js";
import { errorResult } from "../interactions/contract.js";
import type { Dispatcher } from "../interactions/dispatch.js";
import { parseLine } from "./parse.js";

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
export function answerLine(
  dispatcher: Dispatcher,
  input: string,
): { record: ConsoleRecord; result: CommandResult } {
  const parsed = parseLine(input, dispatcher.commands);
  let result: CommandResult;
  try {
    result = parsed.ok ? dispatcher.run(parsed.command, parsed.options) : errorResult(parsed.error);
  } catch (error) {
    result = errorResult(`Something went wrong: ${(error as Error).message}`);
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
