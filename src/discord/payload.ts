import type {
  APIEmbed,
  BaseMessageOptions,
  InteractionEditReplyOptions,
  InteractionReplyOptions,
  MessageCreateOptions,
} from "discord.js";
import type { MessagePayload } from "../replies/payload.js";

// Our payloads are already in Discord's wire shape (snake_case, checked against every limit).
// discord.js takes embeds and components as API JSON unchanged; only `allowed_mentions` and
// `flags` are spelt its way. The e2e tests compare the recorded request bodies with the payload.

/** Content, embeds, components and "no pings", shared by every kind of send. */
function body(payload: MessagePayload): BaseMessageOptions {
  return {
    ...(payload.content !== undefined ? { content: payload.content } : {}),
    ...(payload.embeds !== undefined ? { embeds: payload.embeds satisfies APIEmbed[] } : {}),
    ...(payload.components !== undefined
      ? { components: payload.components as NonNullable<BaseMessageOptions["components"]> }
      : {}),
    allowedMentions: { parse: [] },
  };
}

/** For `interaction.reply()` and `followUp()`: the payload, flags (ephemeral) included. */
export function replyOptions(payload: MessagePayload): InteractionReplyOptions {
  return {
    ...body(payload),
    ...(payload.flags !== undefined
      ? { flags: payload.flags as NonNullable<InteractionReplyOptions["flags"]> }
      : {}),
  };
}

/** For `interaction.editReply()`: flags cannot change after the first response, so none. */
export function editOptions(payload: MessagePayload): InteractionEditReplyOptions {
  return body(payload);
}

/** For `channel.send()`: a normal channel message, never ephemeral. */
export function messageOptions(payload: MessagePayload): MessageCreateOptions {
  return body(payload);
}
