import { createInterface } from "node:readline";
import type { StoryContext } from "../command.js";
import type { Logger } from "../log.js";
import { renderResult } from "./render.js";
import { answerLine } from "./session.js";

export interface ConsoleOptions {
  json: boolean;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  errors?: NodeJS.WritableStream;
  logger: Logger;
}

/**
 * The local console: reads lines (typed or piped), answers each with the same handlers the
 * Discord bot uses. In JSON mode stdout carries exactly one JSON object per non-blank line and
 * nothing else; banners, prompts and logs go to stderr.
 */
export async function runConsole(context: StoryContext, options: ConsoleOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const errors = options.errors ?? process.stderr;
  const interactive = !options.json && (input as { isTTY?: boolean }).isTTY === true;
  if (!options.json) {
    errors.write(
      `storybot local console: “${context.story.meta.headline}”. Type /help; Ctrl+D to quit. Set DISCORD_TOKEN (see .env.example) to connect to Discord instead.\n`,
    );
  }
  const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  const prompt = () => {
    if (interactive) errors.write("> ");
  };
  prompt();
  for await (const line of lines) {
    if (line.trim().length === 0) {
      prompt();
      continue;
    }
    const started = performance.now();
    const { record, result } = answerLine(context, line);
    options.logger.debug(
      {
        command: record.command,
        status: record.status,
        ms: Math.round((performance.now() - started) * 100) / 100,
      },
      "answered",
    );
    output.write(options.json ? `${JSON.stringify(record)}\n` : `${renderResult(result)}\n\n`);
    prompt();
  }
}
