import { SlashCommandBuilder } from "@discordjs/builders";
import { InteractionContextType, PermissionFlagsBits } from "discord-api-types/v10";
import { z } from "zod";
import { type Command, errorResult, readOptions } from "../src/interactions/contract.js";
import { storyOption } from "../src/interactions/story-option.js";
import { buildReply } from "../src/replies/build.js";
import { nothingOfThatKind } from "../src/views/not-found.js";
import { missingPinPermissions } from "../src/views/pin-permissions.js";
import { SUMMARY_CHOICES, summaryLength, summaryMessage } from "../src/views/summary.js";

const options = z.object({ length: summaryLength.default("short") });

/** Marks the bot's own summary pins, so that a new one replaces the old across restarts. */
export const SUMMARY_PIN_MARKER = "storybot:summary";

export const data = new SlashCommandBuilder()
  .setName("pin-summary")
  .setDescription("Moderators: post the story's summary in this channel and pin it.")
  .setDefaultMemberPermissions(PermissionFlagsBits.PinMessages)
  // Pinning happens in a server channel; in DMs the command is not offered at all.
  .setContexts(InteractionContextType.Guild)
  .addStringOption((option) =>
    option
      .setName("length")
      .setDescription("short (default) or full")
      .addChoices(...SUMMARY_CHOICES),
  )
  .addStringOption(storyOption);

export const execute: Command["execute"] = (context, raw, invoker) => {
  const { length } = readOptions(options, raw);
  const refusal = invoker ? missingPinPermissions(invoker) : undefined;
  if (refusal) return errorResult(refusal, "missing permission");
  if (context.story.summary[length].length === 0) {
    return nothingOfThatKind(context, "This story has no summary yet.");
  }
  const { message, citations } = summaryMessage(context, length, { buttons: false });
  return {
    status: "answered",
    citations,
    reply: buildReply({
      kind: "notice",
      title: `Posting and pinning the ${length} summary`,
      text: "The summary goes to this channel and replaces the bot's previous summary pin.",
      ephemeral: true,
    }),
    effect: { type: "post-and-pin", message, marker: SUMMARY_PIN_MARKER },
  };
};
