import type { CommandResult, StoryContext } from "../command.js";
import { errorResult } from "../command.js";
import { runCommand } from "../run-command.js";
import { parseLine } from "./parse.js";

/** One console answer in the form outside tools rely on (`npm run console -- --json`). */
export interface ConsoleRecord {
  input: string;
  command: string | null;
  status: CommandResult["status"];
  citations: { paragraph: number; text: string }[];
  reply: CommandResult["reply"];
  effect?: CommandResult["effect"];
}

/** Answers one console line: parse, run the same handler Discord runs, never throw. */
export function answerLine(
  context: StoryContext,
  input: string,
): { record: ConsoleRecord; result: CommandResult } {
  const parsed = parseLine(input, context.commands);
  let result: CommandResult;
  try {
    result = parsed.ok
      ? runCommand(context.commands, context, parsed.command, parsed.options)
      : errorResult(parsed.error);
  } catch (error) {
    result = errorResult(`Something went wrong: ${(error as Error).message}`);
  }
  const record: ConsoleRecord = {
    input,
    command: parsed.command,
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
