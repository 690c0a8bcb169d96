import { SlashCommandBuilder } from "@discordjs/builders";
import type { Command } from "../src/interactions/contract.js";
import { buildReply } from "../src/replies/build.js";

export const data = new SlashCommandBuilder()
  .setName("stories")
  .setDescription("The stories I answer about, and which one this channel follows.");

export const execute: Command["execute"] = (context) => {
  const current = context.story.id;
  return {
    status: "answered",
    citations: [],
    reply: buildReply({
      kind: "notice",
      title: `Stories (${context.library.stories.length})`,
      text: `This channel follows “${context.story.meta.title}” (${current}). Add story:<id> to any command to ask about another.`,
      sections: context.library.stories.map(({ story }) => ({
        heading: `${story.meta.title}${story.id === current ? " (this channel)" : ""}`,
        body: `id: ${story.id} · ${story.article.paragraphs.length} paragraphs`,
        excerpts: [],
      })),
      ephemeral: true,
    }),
  };
};
