import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Command, CommandSet } from "./contract.js";

const COMMANDS_DIR = fileURLToPath(new URL("../../commands", import.meta.url));

function isCommand(module: Record<string, unknown>): module is Record<string, unknown> & Command {
  return (
    typeof module.execute === "function" &&
    typeof module.data === "object" &&
    module.data !== null &&
    "toJSON" in module.data
  );
}

/**
 * Loads every module in commands/ (one slash command each, the discord.js guide's shape:
 * `data`, `execute`, optional `autocomplete`). A file missing either export is skipped and
 * reported through `warn`.
 */
export async function loadCommands(
  warn: (message: string) => void = () => {},
): Promise<CommandSet> {
  const commands = new Map<string, Command>();
  const files = readdirSync(COMMANDS_DIR)
    .filter((file) => /\.[cm]?[jt]s$/.test(file) && !file.endsWith(".d.ts"))
    .sort();
  for (const file of files) {
    const module = (await import(pathToFileURL(join(COMMANDS_DIR, file)).href)) as Record<
      string,
      unknown
    >;
    if (!isCommand(module)) {
      warn(`commands/${file} has no "data" or "execute" export; skipped`);
      continue;
    }
    const name = module.data.name;
    commands.set(name, {
      data: module.data,
      execute: module.execute,
      ...(module.autocomplete ? { autocomplete: module.autocomplete } : {}),
    });
  }
  return commands;
}
