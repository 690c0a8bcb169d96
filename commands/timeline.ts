import { SlashCommandBuilder } from "@discordjs/builders";
import type { Command } from "../src/interactions/contract.js";
import { storyOption } from "../src/interactions/story-option.js";
import { buildReply } from "../src/replies/build.js";
import { compareDates } from "../src/story/dates.js";
import { nothingOfThatKind } from "../src/views/not-found.js";

export const data = new SlashCommandBuilder()
  .setName("timeline")
  .setDescription("The story's dated events in order, each cited.")
  .addStringOption(storyOption);

export const execute: Command["execute"] = (context) => {
  if (context.story.timeline.length === 0) {
    return nothingOfThatKind(context, "This story reports no dated events.");
  }
  const events = [...context.story.timeline].sort((a, b) => compareDates(a.date, b.date));
  return {
    status: "answered",
    citations: events.flatMap((event) => event.citations),
    reply: buildReply({
      title: `Timeline: ${context.story.meta.headline}`,
      sections: events.map((event) => ({
        heading: `${event.asWritten}: ${event.event}`,
        excerpts: event.citations,
      })),
      story: context.story,
      buttons: true,
    }),
  };
};
