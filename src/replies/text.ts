import { escapeMarkdown } from "discord.js";

/** Control and invisible format characters (bidi overrides, zero-width spaces): never echoed back. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** Shortens text to at most `max` characters, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  // Never split a surrogate pair (an emoji, say) in half.
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * Makes text typed by a user (or any text not written by us) inert in Discord markdown:
 * control characters removed, markdown escaped, mentions broken with a zero-width joiner so
 * that even a client ignoring allowed_mentions shows "@everyone" as plain text.
 */
export function inert(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, " ").replace(INVISIBLE, "").trim()).replace(
    /@(everyone|here|[!&]?\d)/g,
    "@\u2060$1",
  );
}
