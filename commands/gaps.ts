import { SlashCommandBuilder } from "@discordjs/builders";
import { InteractionContextType, PermissionFlagsBits } from "discord-api-types/v10";
import { z } from "zod";
import { type Command, errorResult, readOptions } from "../src/interactions/contract.js";
import { storyOption } from "../src/interactions/story-option.js";
import { buildReply } from "../src/replies/build.js";
import { DEFAULT_GAPS_DAYS, gapsRefusal } from "../src/views/gaps.js";

/** The longest look back: as long as anything can be kept (RETENTION_DAYS' own cap). */
const MAX_DAYS = 3650;

const options = z.object({
  days: z.coerce
    .number({ error: "must be a whole number of days." })
    .int("must be a whole number of days.")
    .min(1, "must be at least 1.")
    .max(MAX_DAYS, `must be at most ${MAX_DAYS}.`)
    .default(DEFAULT_GAPS_DAYS),
});

export const data = new SlashCommandBuilder()
  .setName("gaps")
  .setDescription("Moderators: what members asked that the story couldn't answer, and 👎 answers.")
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
  .setContexts(InteractionContextType.Guild)
  .addIntegerOption((option) =>
    option
      .setName("days")
      .setDescription(`How many days back (default ${DEFAULT_GAPS_DAYS})`)
      .setMinValue(1)
      .setMaxValue(MAX_DAYS),
  )
  .addStringOption(storyOption);

/** Reads the store: the service carries out the effect and replies with the first page. */
export const execute: Command["execute"] = (context, raw, invoker) => {
  const { days } = readOptions(options, raw);
  const refusal = gapsRefusal(invoker);
  if (refusal) return errorResult(refusal, "missing permission");
  return {
    status: "answered",
    citations: [],
    reply: buildReply({
      kind: "notice",
      title: "What the story couldn't answer",
      text: "Reading what members asked…",
      ephemeral: true,
    }),
    effect: { type: "report-gaps", story: context.story.id, days, page: 0 },
  };
};
