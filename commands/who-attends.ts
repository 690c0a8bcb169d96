import { SlashCommandBuilder } from "@discordjs/builders";
import { z } from "zod";
import { type Command, readOptions, textOption } from "../src/interactions/contract.js";
import { storyOption } from "../src/interactions/story-option.js";
import { buildReply } from "../src/replies/build.js";
import type { Attendance, AttendanceStatus } from "../src/story/schema.js";
import { entityChoices, entityName, resolveName, whichOne } from "../src/views/entities.js";
import { notFound, nothingOfThatKind } from "../src/views/not-found.js";

const options = z.object({ party: textOption("The party", 100).optional() });

/** How each status reads, in the order parties are listed. */
const STATUS_LABELS: Record<AttendanceStatus, string> = {
  convening: "convening",
  attending: "attending",
  invited: "invited, replies pending",
  not_attending: "not attending",
};
const STATUS_ORDER = Object.keys(STATUS_LABELS) as AttendanceStatus[];

export const data = new SlashCommandBuilder()
  .setName("who-attends")
  .setDescription("Who takes part, as the article states it, with cited excerpts.")
  .addStringOption((option) =>
    option
      .setName("party")
      .setDescription("Narrow to one party")
      .setMaxLength(100)
      .setAutocomplete(true),
  )
  .addStringOption(storyOption);

export const execute: Command["execute"] = (context, raw) => {
  const { party } = readOptions(options, raw);
  const { story } = context;
  if (story.attendance.length === 0) {
    return nothingOfThatKind(context, "This story reports no gathering.");
  }
  const nameOf = (id: string | null) => entityName(context, id);
  let entries: Attendance[] = [...story.attendance].sort(
    (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
  );
  if (party !== undefined) {
    const parties = new Set(entries.map((entry) => entry.party));
    const { entity: match, ambiguous } = resolveName(context, party, parties);
    if (ambiguous) return whichOne(context, party, ambiguous);
    if (!match) {
      return notFound(context, {
        title: "The story doesn't say",
        text: `The story says nothing about whether that party attends. Parties it names: ${[...parties].map(nameOf).join(", ")}.`,
        asked: party,
      });
    }
    entries = entries.filter((entry) => entry.party === match.id);
  }
  const citations = entries.flatMap((entry) => entry.citations);
  return {
    status: "answered",
    citations,
    reply: buildReply({
      title:
        party === undefined
          ? `Who attends ${story.meta.gathering ?? "it"}`
          : `Does ${nameOf(entries[0]?.party ?? "")} attend?`,
      sections: entries.map((entry) => ({
        heading: `${nameOf(entry.party)}: ${STATUS_LABELS[entry.status]}`,
        body: entry.note,
        excerpts: entry.citations,
      })),
      story: context.story,
      buttons: true,
    }),
  };
};

export const autocomplete: NonNullable<Command["autocomplete"]> = (context, focused) =>
  entityChoices(
    context,
    focused.value,
    new Set(context.story.attendance.map((entry) => entry.party)),
  );
