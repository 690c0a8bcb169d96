import { escapeMarkdown } from "@discordjs/formatters";

/**
 * Control and invisible format characters (bidi overrides, zero-width spaces) and halves of
 * surrogate pairs standing alone: never echoed back.
 */
const INVISIBLE =
  /[\p{Cc}\p{Cf}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
/** A number and a dot or bracket at the start of a line: Discord renders it as a list. */
const LIST_MARKER = /^(\d+)([.)])(?=\s)/u;

/** Every character that can start or end Discord markdown, a mention, a link or a heading. */
const MARKDOWN = /[\\*_~`|>#\-[\]()<:]/g;

/** Shortens text to at most `max` characters, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  // Never split a surrogate pair (an emoji, say) in half.
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

function escapeLine(line: string): string {
  return line
    .replace(INVISIBLE, "")
    .replace(MARKDOWN, "\\$&")
    .replace(LIST_MARKER, "$1\\$2")
    .replace(/@(everyone|here|[!&]?\d)/g, "@\u2060$1")
    .replace(/#(\d)/g, "#\u2060$1");
}

/**
 * Makes text typed by a user (or any text not written by us) inert in Discord: one line,
 * invisible characters removed, every markdown character backslash-escaped (it still shows as
 * itself), and @everyone / @here broken with a word joiner so that even a client ignoring
 * allowed_mentions shows them as plain text.
 */
export function inert(text: string): string {
  return escapeLine(text.replace(/\s+/g, " ").trim());
}

/**
 * Our own text and the story's (answers, bullets, excerpts, examples): line breaks kept,
 * invisible characters removed, emphasis markdown escaped in case a record ever holds some.
 * Curated text is checked data, so hyphens, colons and brackets stay as written.
 */
export function ownText(text: string): string {
  const known = ownTexts.get(text);
  if (known !== undefined) return known;
  const escaped = text
    .split(/\r?\n/)
    .map((line) => escapeMarkdown(line.replace(/\s+/g, " ").replace(INVISIBLE, "").trim()))
    .join("\n");
  // The same record always reads the same; its escaping (a tenth of a reply's cost) is kept.
  if (ownTexts.size >= MAX_OWN_TEXTS) ownTexts.clear();
  ownTexts.set(text, escaped);
  return escaped;
}

/** How many escaped texts are kept: every record of many stories, never without bound. */
const MAX_OWN_TEXTS = 20_000;
const ownTexts = new Map<string, string>();
