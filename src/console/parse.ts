import type { CommandSet, RawOptions } from "../interactions/contract.js";
import { inert } from "../replies/text.js";

export type ParsedLine =
  | { ok: true; command: string; options: RawOptions }
  | { ok: false; command: string | null; error: string };

/**
 * Reads a console line as Discord would receive a slash command: `/name`, then either a bare
 * remainder that fills the command's first option (`/quote smith`) or `option:value` pairs
 * (`/ask question: when?`, `/quote speaker:smith topic:budget`). Only the command's own option
 * names start a new option, so a colon inside a question stays part of it.
 */
export function parseLine(line: string, commands: CommandSet): ParsedLine {
  const trimmed = line.trim();
  const match = /^\/([^\s:/]+)\s*(.*)$/su.exec(trimmed);
  if (!trimmed.startsWith("/") || !match) {
    return {
      ok: false,
      command: null,
      error: `Type a slash command, e.g. /help or /ask <your question>. Commands: ${[...commands.keys()].map((n) => `/${n}`).join(", ")}`,
    };
  }
  const name = (match[1] as string).toLowerCase();
  const rest = match[2] ?? "";
  const command = commands.get(name);
  if (!command) {
    return {
      ok: false,
      command: name,
      error: `There is no /${inert(name)} command. Try ${[...commands.keys()].map((n) => `/${n}`).join(", ")}.`,
    };
  }
  const optionNames = (command.data.toJSON().options ?? []).map((option) => option.name);
  const options: RawOptions = {};
  if (optionNames.length === 0) return { ok: true, command: name, options };

  const escaped = optionNames.map((option) => option.replace(/[-]/g, "\\-"));
  const marker = new RegExp(`(?:^|\\s)(${escaped.join("|")}):`, "giu");
  const first = (optionNames[0] as string).toLowerCase();
  const hits = [...rest.matchAll(marker)];
  // Once bare text fills the first option, "question:" further on is part of that text; and
  // only an option's first marker starts it ("topic: a topic: b" is one topic).
  const bareFirst = hits.length > 0 && rest.slice(0, hits[0]?.index).trim() !== "";
  const seen = new Set<string>();
  const found = hits.filter((hit) => {
    const name = (hit[1] as string).toLowerCase();
    if ((name === first && bareFirst) || seen.has(name)) return false;
    seen.add(name);
    return true;
  });
  const bare = (found[0] ? rest.slice(0, found[0].index) : rest).trim();
  if (bare.length > 0) options[optionNames[0] as string] = bare;
  found.forEach((hit, index) => {
    const start = (hit.index ?? 0) + hit[0].length;
    const end = found[index + 1]?.index ?? rest.length;
    options[(hit[1] as string).toLowerCase()] = rest.slice(start, end).trim();
  });
  return { ok: true, command: name, options };
}
