// Discord's request limits, checked the way Discord does (400 with code 50035 "Invalid Form Body").
// Not exhaustive: it covers the limits listed in /work/shared/notes/discord-facts.md.

type Json = Record<string, unknown>;

export interface FieldError {
  path: (string | number)[];
  code: string;
  message: string;
}

/** Body of a Discord error response. */
export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: unknown;
}

const EPHEMERAL = 1 << 6;
const NAME_RE = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Nests field errors the way Discord does: `{ embeds: { 0: { title: { _errors: [...] } } } }`. */
export function invalidFormBody(errors: FieldError[]): DiscordErrorBody {
  const root: Json = {};
  for (const error of errors) {
    let node = root;
    for (const key of error.path) {
      const k = String(key);
      if (!isObject(node[k])) node[k] = {};
      node = node[k] as Json;
    }
    const list = Array.isArray(node._errors) ? node._errors : [];
    list.push({ code: error.code, message: error.message });
    node._errors = list;
  }
  return { code: 50035, message: "Invalid Form Body", errors: root };
}

function maxLength(
  errors: FieldError[],
  path: (string | number)[],
  value: unknown,
  max: number,
  min = 0,
): void {
  if (value === undefined || value === null) {
    if (min > 0)
      errors.push({ path, code: "BASE_TYPE_REQUIRED", message: "This field is required" });
    return;
  }
  const length = typeof value === "string" || Array.isArray(value) ? value.length : 0;
  if (length > max || length < min) {
    errors.push(
      min > 0
        ? {
            path,
            code: "BASE_TYPE_BAD_LENGTH",
            message: `Must be between ${min} and ${max} in length.`,
          }
        : { path, code: "BASE_TYPE_MAX_LENGTH", message: `Must be ${max} or fewer in length.` },
    );
  }
}

/** Characters an embed counts toward the 6000 limit. */
function embedLength(embed: Json): number {
  let total = str(embed.title).length + str(embed.description).length;
  for (const field of arr(embed.fields)) {
    if (isObject(field)) total += str(field.name).length + str(field.value).length;
  }
  if (isObject(embed.footer)) total += str(embed.footer.text).length;
  if (isObject(embed.author)) total += str(embed.author.name).length;
  return total;
}

function validateEmbeds(errors: FieldError[], prefix: (string | number)[], embeds: unknown): void {
  if (embeds === undefined || embeds === null) return;
  maxLength(errors, [...prefix, "embeds"], embeds, 10);
  let total = 0;
  arr(embeds).forEach((embed, i) => {
    if (!isObject(embed)) return;
    const at = [...prefix, "embeds", i];
    maxLength(errors, [...at, "title"], embed.title, 256);
    maxLength(errors, [...at, "description"], embed.description, 4096);
    maxLength(errors, [...at, "fields"], embed.fields, 25);
    arr(embed.fields).forEach((field, j) => {
      if (!isObject(field)) return;
      maxLength(errors, [...at, "fields", j, "name"], field.name, 256, 1);
      maxLength(errors, [...at, "fields", j, "value"], field.value, 1024, 1);
    });
    if (isObject(embed.footer))
      maxLength(errors, [...at, "footer", "text"], embed.footer.text, 2048);
    if (isObject(embed.author))
      maxLength(errors, [...at, "author", "name"], embed.author.name, 256);
    total += embedLength(embed);
  });
  if (total > 6000) {
    errors.push({
      path: [...prefix, "embeds"],
      code: "MAX_EMBED_SIZE_EXCEEDED",
      message: "Embed size exceeds maximum size of 6000",
    });
  }
}

/** Action rows (≤ 5) of buttons (≤ 5 each), unique custom ids: the components the bot sends. */
function validateComponents(
  errors: FieldError[],
  prefix: (string | number)[],
  components: unknown,
): void {
  if (components === undefined || components === null) return;
  maxLength(errors, [...prefix, "components"], components, 5);
  const seen = new Set<string>();
  arr(components).forEach((row, i) => {
    const at = [...prefix, "components", i];
    if (!isObject(row) || row.type !== 1) {
      errors.push({
        path: [...at, "type"],
        code: "UNION_TYPE_CHOICES",
        message: 'Value of field "type" must be one of (1,).',
      });
      return;
    }
    const children = arr(row.components);
    maxLength(errors, [...at, "components"], children, 5, 1);
    children.forEach((child, j) => {
      if (!isObject(child)) return;
      const cat = [...at, "components", j];
      if (typeof child.custom_id === "string") {
        maxLength(errors, [...cat, "custom_id"], child.custom_id, 100, 1);
        if (seen.has(child.custom_id)) {
          errors.push({
            path: [...cat, "custom_id"],
            code: "COMPONENT_CUSTOM_ID_DUPLICATED",
            message: "Component custom id cannot be duplicated",
          });
        }
        seen.add(child.custom_id);
      }
      if (child.type !== 2) return;
      maxLength(errors, [...cat, "label"], child.label, 80);
      if (child.style === 5) {
        if (typeof child.url !== "string") {
          errors.push({
            path: [...cat, "url"],
            code: "BUTTON_COMPONENT_URL_REQUIRED",
            message: "A url is required",
          });
        }
      } else if (child.style !== 6 && typeof child.custom_id !== "string") {
        errors.push({
          path: [...cat, "custom_id"],
          code: "BUTTON_COMPONENT_CUSTOM_ID_REQUIRED",
          message: "A custom id is required",
        });
      }
    });
  });
}

function validateAllowedMentions(
  errors: FieldError[],
  prefix: (string | number)[],
  allowed: unknown,
): void {
  if (!isObject(allowed)) return;
  const parse = arr(allowed.parse);
  for (const kind of ["users", "roles"] as const) {
    if (parse.includes(kind) && arr(allowed[kind]).length > 0) {
      errors.push({
        path: [...prefix, "allowed_mentions"],
        code: "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
        message: `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`,
      });
    }
  }
}

export interface MessageCheck {
  /** An edit: absent fields mean "unchanged", so an empty body is fine. */
  partial?: boolean;
  /** Prefix of error paths, e.g. ["data"] for interaction callbacks. */
  prefix?: (string | number)[];
}

/** Checks a message create/edit body. Returns the error body Discord would send, or null. */
export function validateMessage(body: Json, check: MessageCheck = {}): DiscordErrorBody | null {
  const prefix = check.prefix ?? [];
  const errors: FieldError[] = [];
  if (body.content !== undefined && body.content !== null) {
    maxLength(errors, [...prefix, "content"], body.content, 2000);
  }
  validateEmbeds(errors, prefix, body.embeds);
  validateComponents(errors, prefix, body.components);
  validateAllowedMentions(errors, prefix, body.allowed_mentions);
  if (errors.length > 0) return invalidFormBody(errors);
  if (!check.partial) {
    const empty =
      str(body.content).length === 0 &&
      arr(body.embeds).length === 0 &&
      arr(body.components).length === 0;
    if (empty) return { code: 50006, message: "Cannot send an empty message" };
  }
  return null;
}

/** Checks autocomplete choices (callback type 8). */
export function validateChoices(choices: unknown): DiscordErrorBody | null {
  const errors: FieldError[] = [];
  if (!Array.isArray(choices)) {
    errors.push({
      path: ["data", "choices"],
      code: "BASE_TYPE_REQUIRED",
      message: "This field is required",
    });
    return invalidFormBody(errors);
  }
  maxLength(errors, ["data", "choices"], choices, 25);
  choices.forEach((choice, i) => {
    if (!isObject(choice)) return;
    maxLength(errors, ["data", "choices", i, "name"], choice.name, 100, 1);
    if (typeof choice.value === "string") {
      maxLength(errors, ["data", "choices", i, "value"], choice.value, 100);
    } else if (typeof choice.value !== "number") {
      errors.push({
        path: ["data", "choices", i, "value"],
        code: "BASE_TYPE_REQUIRED",
        message: "This field is required",
      });
    }
  });
  return errors.length > 0 ? invalidFormBody(errors) : null;
}

/** Characters counted toward the 8000 limit of a command (default locale only). */
function commandSize(command: Json): number {
  let total = str(command.name).length + str(command.description).length;
  for (const option of arr(command.options)) {
    if (!isObject(option)) continue;
    total += commandSize(option);
    for (const choice of arr(option.choices)) {
      if (isObject(choice)) total += str(choice.name).length + String(choice.value ?? "").length;
    }
  }
  return total;
}

function validateOptions(errors: FieldError[], path: (string | number)[], options: unknown): void {
  if (options === undefined || options === null) return;
  maxLength(errors, path, options, 25);
  let sawOptional = false;
  const names = new Set<string>();
  arr(options).forEach((option, i) => {
    if (!isObject(option)) return;
    const at = [...path, i];
    const name = str(option.name);
    if (!NAME_RE.test(name) || name !== name.toLowerCase()) {
      errors.push({
        path: [...at, "name"],
        code: "APPLICATION_COMMAND_INVALID_NAME",
        message: `Command name is invalid: ${JSON.stringify(name)}`,
      });
    }
    if (names.has(name)) {
      errors.push({
        path: [...at, "name"],
        code: "APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS",
        message: "Option names must be unique",
      });
    }
    names.add(name);
    maxLength(errors, [...at, "description"], option.description, 100, 1);
    const isGroup = option.type === 1 || option.type === 2;
    if (isGroup) {
      validateOptions(errors, [...at, "options"], option.options);
      return;
    }
    if (option.required === true && sawOptional) {
      errors.push({
        path: [...at, "required"],
        code: "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
        message: "Required options must be placed before non-required options",
      });
    }
    if (option.required !== true) sawOptional = true;
    if (option.autocomplete === true && arr(option.choices).length > 0) {
      errors.push({
        path: [...at, "autocomplete"],
        code: "APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE",
        message: "Autocomplete cannot be enabled on an option with choices",
      });
    }
    if (option.choices !== undefined) {
      maxLength(errors, [...at, "choices"], option.choices, 25);
      arr(option.choices).forEach((choice, j) => {
        if (!isObject(choice)) return;
        maxLength(errors, [...at, "choices", j, "name"], choice.name, 100, 1);
        if (typeof choice.value === "string") {
          maxLength(errors, [...at, "choices", j, "value"], choice.value, 100);
        }
      });
    }
  });
}

/** Checks a bulk-overwrite body (PUT .../commands). */
export function validateCommands(commands: unknown): DiscordErrorBody | null {
  const errors: FieldError[] = [];
  if (!Array.isArray(commands)) {
    return invalidFormBody([
      { path: [], code: "BASE_TYPE_ARRAY", message: "Must be an array of application commands." },
    ]);
  }
  const seen = new Set<string>();
  let chatInputCount = 0;
  commands.forEach((command, i) => {
    if (!isObject(command)) return;
    const type = typeof command.type === "number" ? command.type : 1;
    const name = str(command.name);
    if (type === 1) chatInputCount += 1;
    const nameOk = type === 1 ? NAME_RE.test(name) && name === name.toLowerCase() : name.length > 0;
    if (!nameOk || name.length > 32) {
      errors.push({
        path: [i, "name"],
        code: "APPLICATION_COMMAND_INVALID_NAME",
        message: `Command name is invalid: ${JSON.stringify(name)}`,
      });
    }
    if (seen.has(`${type}:${name}`)) {
      errors.push({
        path: [i, "name"],
        code: "APPLICATION_COMMANDS_DUPLICATE_NAME",
        message: `Application command names must be unique: ${name}`,
      });
    }
    seen.add(`${type}:${name}`);
    if (type === 1) maxLength(errors, [i, "description"], command.description, 100, 1);
    validateOptions(errors, [i, "options"], command.options);
    if (commandSize(command) > 8000) {
      errors.push({
        path: [i],
        code: "APPLICATION_COMMAND_TOO_LARGE",
        message: "Command exceeds maximum size (8000)",
      });
    }
  });
  if (chatInputCount > 100) {
    errors.push({
      path: [],
      code: "APPLICATION_COMMANDS_TOO_MANY",
      message: "Maximum number of application commands reached (100)",
    });
  }
  return errors.length > 0 ? invalidFormBody(errors) : null;
}

export { EPHEMERAL };
