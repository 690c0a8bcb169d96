import { createInterface } from "node:readline";
import type { Service } from "../interactions/service.js";
import type { Logger } from "../log.js";
import { completeLine } from "./complete.js";
import { renderResult } from "./render.js";
import { answerLine } from "./session.js";

export interface ConsoleOptions {
  json: boolean;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  errors?: NodeJS.WritableStream;
  logger: Logger;
}

/** Lines of input history the console keeps for ↑ and ↓. */
const HISTORY_SIZE = 200;

/**
 * The local console: reads lines (typed or piped), answers each with the same handlers the
 * Discord bot uses. Typed at a terminal, it edits lines, keeps a history (↑/↓) and completes
 * commands, option names and autocomplete values with Tab. In JSON mode stdout carries exactly
 * one JSON object per non-blank line and nothing else; banners, prompts and logs go to stderr.
 */
export async function runConsole(service: Service, options: ConsoleOptions): Promise<void> {
  const { dispatcher } = service;
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const errors = options.errors ?? process.stderr;
  const interactive = !options.json && (input as { isTTY?: boolean }).isTTY === true;
  if (!options.json) {
    const { library } = dispatcher;
    errors.write(
      `storybot local console: ${library.stories.length} ${library.stories.length === 1 ? "story" : "stories"}, default “${library.defaultStory.story.meta.headline}” (${library.defaultStory.story.id}). Type /help, or /stories; Tab completes, Ctrl+D quits. Set DISCORD_TOKEN (see .env.example) to connect to Discord instead.\n`,
    );
  }
  const lines = interactive
    ? createInterface({
        input,
        output: errors,
        terminal: true,
        historySize: HISTORY_SIZE,
        completer: (line: string) => completeLine(dispatcher, line),
      })
    : createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  const prompt = () => {
    if (interactive) lines.prompt();
  };
  lines.setPrompt("> ");
  prompt();
  for await (const line of lines) {
    if (line.trim().length === 0) {
      prompt();
      continue;
    }
    const started = performance.now();
    const { record, result } = await answerLine(service, line);
    options.logger.debug(
      {
        command: record.command,
        story: record.story,
        status: record.status,
        ms: Math.round((performance.now() - started) * 100) / 100,
      },
      "answered",
    );
    output.write(options.json ? `${JSON.stringify(record)}\n` : `${renderResult(result)}\n\n`);
    prompt();
  }
}
