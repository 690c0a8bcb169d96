import { LIMITS } from "../replies/limits.js";
import type { MessagePayload } from "../replies/payload.js";
import { truncate } from "../replies/text.js";

// How the bot recognises its own summary pin, also after a restart: the marker (e.g.
// "storybot:summary") ends the footer of the posted message's last embed, and only messages the
// bot itself wrote count. Members cannot edit the bot's messages, other bots cannot write as it,
// and the footer survives edits of the summary's wording, so the rule does not depend on titles.

const SEPARATOR = " · ";

/** The payload with the marker appended to its last embed's footer (or, without embeds, content). */
export function markPayload(payload: MessagePayload, marker: string): MessagePayload {
  const embeds = payload.embeds ?? [];
  const last = embeds.at(-1);
  if (!last) {
    const line = `-# ${marker}`;
    const content = payload.content ?? "";
    return {
      ...payload,
      content: `${truncate(content, LIMITS.content - line.length - 1)}\n${line}`,
    };
  }
  const suffix = last.footer ? `${SEPARATOR}${marker}` : marker;
  const text = `${truncate(last.footer?.text ?? "", LIMITS.embedFooter - suffix.length)}${suffix}`;
  return { ...payload, embeds: [...embeds.slice(0, -1), { ...last, footer: { text } }] };
}

/** What `carriesMarker` reads of a message: its author and where the marker may sit. */
export interface MarkedCandidate {
  author: { id: string };
  content: string;
  embeds: readonly { footer?: { text: string } | null | undefined }[];
}

/** True when the bot (`botId`) wrote `message` and it carries `marker`. */
export function carriesMarker(message: MarkedCandidate, marker: string, botId: string): boolean {
  if (message.author.id !== botId) return false;
  return (
    message.embeds.some((embed) => embed.footer?.text.endsWith(marker) === true) ||
    message.content.endsWith(`-# ${marker}`)
  );
}
