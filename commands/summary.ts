import { SlashCommandBuilder } from "@discordjs/builders";
import { z } from "zod";
import { type Command, readOptions } from "../src/interactions/contract.js";
import { storyOption } from "../src/interactions/story-option.js";
import { nothingOfThatKind } from "../src/views/not-found.js";
import { SUMMARY_CHOICES, summaryLength, summaryMessage } from "../src/views/summary.js";

const options = z.object({ length: summaryLength.default("short") });

export const data = new SlashCommandBuilder()
  .setName("summary")
  .setDescription("The story in a few cited points, shown to the channel.")
  .addStringOption((option) =>
    option
      .setName("length")
      .setDescription("short (default) or full")
      .addChoices(...SUMMARY_CHOICES),
  )
  .addStringOption(storyOption);

export const execute: Command["execute"] = (context, raw) => {
  const { length } = readOptions(options, raw);
  if (context.story.summary[length].length === 0) {
    return nothingOfThatKind(context, "This story has no summary yet.");
  }
  const { message, citations } = summaryMessage(context, length, { buttons: true });
  return { status: "answered", citations, reply: message };
};
