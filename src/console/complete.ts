import type { Dispatcher } from "../interactions/dispatch.js";
import { parseLine } from "./parse.js";

/** What node:readline's completer returns: the candidates and the text they replace. */
export type Completion = [candidates: string[], replaces: string];

/**
 * Tab completion for a console line, as Discord would offer it: command names after "/", option
 * names (`story:`) for a word that starts one, and otherwise the autocomplete values Discord
 * shows for the option being typed. Candidates that do not extend what is typed are listed
 * beside it (a second Tab shows them) rather than replacing it, unless there is only one.
 */
export function completeLine(dispatcher: Dispatcher, line: string): Completion {
  const typingName = /^\/(\S*)$/u.exec(line);
  if (typingName) {
    const names = [...dispatcher.commands.keys()].filter((name) =>
      name.startsWith((typingName[1] ?? "").toLowerCase()),
    );
    return [names.map((name) => `/${name} `), line];
  }
  const parsed = parseLine(line, dispatcher.commands);
  const command = parsed.ok ? dispatcher.commands.get(parsed.command) : undefined;
  if (!parsed.ok || !command) return [[], line];
  const optionNames = (command.data.toJSON().options ?? []).map((option) => option.name);
  const used = Object.keys(parsed.options);

  const word = line.slice(line.lastIndexOf(" ") + 1);
  const startsOption = optionNames.filter(
    (name) => word.length > 0 && name.startsWith(word.toLowerCase()) && !used.includes(name),
  );
  if (startsOption.length > 0 && !word.includes(":")) {
    return [startsOption.map((name) => `${name}:`), word];
  }

  const focused = focusedOption(line, optionNames);
  if (!focused) return [[], line];
  const choices = dispatcher
    .autocomplete(parsed.command, parsed.options, focused)
    .map((choice) => choice.value);
  if (choices.length <= 1 || commonPrefix(choices).startsWith(focused.value)) {
    return [choices, focused.value];
  }
  return [[focused.value, ...choices], focused.value];
}

/** The option whose value the end of the line is typing: the last `name:`, or the first option. */
function focusedOption(
  line: string,
  optionNames: string[],
): { name: string; value: string } | undefined {
  const lower = line.toLowerCase();
  let at = -1;
  let marked: string | undefined;
  for (const name of optionNames) {
    const found = lower.lastIndexOf(` ${name}:`);
    if (found > at) [at, marked] = [found, name];
  }
  if (marked !== undefined) return { name: marked, value: line.slice(at + marked.length + 2) };
  const first = optionNames[0];
  const bare = line.replace(/^\/\S+\s*/u, "");
  return first === undefined ? undefined : { name: first, value: bare };
}

function commonPrefix(texts: string[]): string {
  let prefix = texts[0] ?? "";
  for (const text of texts) {
    while (!text.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}
