import type { RawOptions } from "./contract.js";

/** An option as Discord sends it (and as discord.js keeps it): a value, or a sub-command's options. */
export interface SentOption {
  name: string;
  type?: number;
  value?: string | number | boolean | undefined;
  options?: readonly SentOption[] | undefined;
  focused?: boolean | undefined;
}

/** A slash command's option values by name (sub-command levels flattened), as commands read them. */
export function rawOptions(data: readonly SentOption[]): RawOptions {
  const options: RawOptions = {};
  for (const option of data) {
    if (option.options) Object.assign(options, rawOptions(option.options));
    else options[option.name] = option.value;
  }
  return options;
}

/** The option being typed, for autocomplete: the one Discord marks focused, at any level. */
export function focusedOption(data: readonly SentOption[]): SentOption | undefined {
  for (const option of data) {
    if (option.focused) return option;
    const inner = option.options && focusedOption(option.options);
    if (inner) return inner;
  }
  return undefined;
}
