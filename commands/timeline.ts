import { SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/command.js";
import { buildReply } from "../src/replies/build.js";
import { storyFooter } from "../src/story-context.js";

export const data = new SlashCommandBuilder()
  .setName("timeline")
  .setDescription("The story's dated events in order, each cited.");

export const execute: Command["execute"] = (context) => {
  const events = [...context.story.timeline].sort((a, b) => a.date.localeCompare(b.date));
  return {
    status: "answered",
    citations: events.flatMap((event) => event.citations),
    reply: buildReply({
      title: `Timeline: ${context.story.meta.headline}`,
      sections: events.map((event) => ({
        heading: `${event.asWritten}: ${event.event}`,
        excerpts: event.citations,
      })),
      footer: storyFooter(context),
      buttons: true,
    }),
  };
};
