import { SlashCommandBuilder } from "@discordjs/builders";
import { InteractionContextType, PermissionFlagsBits } from "discord-api-types/v10";
import { type Command, errorResult, memberMay, OptionError } from "../src/interactions/contract.js";
import { STORY_OPTION, storyOption } from "../src/interactions/story-option.js";
import { buildReply } from "../src/replies/build.js";

export const data = new SlashCommandBuilder()
  .setName("use-story")
  .setDescription("Moderators: choose the story this channel's commands answer from.")
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
  .setContexts(InteractionContextType.Guild)
  .addStringOption((option) =>
    storyOption(option)
      .setDescription("The story this channel follows from now on (see /stories)")
      .setRequired(true),
  );

/** The dispatcher has already resolved `story`; the service saves it for this channel. */
export const execute: Command["execute"] = (context, raw, invoker) => {
  if (raw[STORY_OPTION] === undefined) throw new OptionError("Option `story`: is required.");
  if (!memberMay(invoker, PermissionFlagsBits.ManageChannels)) {
    return errorResult(
      "You need the Manage Channels permission to choose this channel's story.",
      "missing permission",
    );
  }
  const { id, meta } = context.story;
  return {
    status: "answered",
    citations: [],
    reply: buildReply({
      kind: "notice",
      title: "Channel story set",
      text: `This channel now follows “${meta.title}” (${id}). Commands here answer from it unless they name another with story:<id>.`,
      story: context.story,
    }),
    effect: { type: "set-channel-story", story: id, title: meta.title },
  };
};
