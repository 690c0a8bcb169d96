import { SlashCommandBuilder } from "discord.js";
import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
} from "discord-api-types/v10";
import type { Command, StoryContext } from "../src/command.js";
import { buildReply } from "../src/replies/build.js";

export const data = new SlashCommandBuilder()
  .setName("help")
  .setDescription("What storybot can do, with examples.");

/** Example values drawn from the story's own records, so that every example works. */
function examples(context: StoryContext): Record<string, string[]> {
  const { story } = context;
  const top = story.qa.find((record) => record.top) ?? story.qa[0];
  const speaker = story.entities.find((entity) => entity.id === story.quotes[0]?.speaker);
  const party = story.entities.find((entity) => entity.id === story.attendance[0]?.party);
  const shortName = (name: string | undefined) => name?.split(" ").at(-1) ?? "";
  return {
    ask: top ? [`/ask question:${top.question}`] : [],
    "who-attends": ["/who-attends", ...(party ? [`/who-attends party:${party.name}`] : [])],
    quote: speaker ? [`/quote speaker:${shortName(speaker.name)}`] : [],
    summary: ["/summary", "/summary length:full"],
    "pin-summary": ["/pin-summary"],
    timeline: ["/timeline"],
    source: ["/source", "/source paragraph:1"],
  };
}

function usage(name: string, options: APIApplicationCommandOption[]): string {
  const parts = options.map((option) => {
    const label =
      option.type === ApplicationCommandOptionType.Integer
        ? `${option.name}:N`
        : `${option.name}:…`;
    return "required" in option && option.required ? label : `[${label}]`;
  });
  return [`/${name}`, ...parts].join(" ");
}

export const execute: Command["execute"] = (context) => {
  const shown = examples(context);
  const sections = [...context.commands.values()].map((command) => {
    const json = command.data.toJSON();
    const lines = [
      json.description,
      ...(shown[json.name] ?? []).map((example) => `e.g. ${example}`),
    ];
    return { heading: usage(json.name, json.options ?? []), body: lines.join("\n"), excerpts: [] };
  });
  return {
    status: "answered",
    citations: [],
    reply: buildReply({
      kind: "notice",
      title: "storybot: ask the story, get its own words",
      text: `I answer questions about one story, “${context.story.meta.headline}”, and quote the article for every answer (¶ = paragraph). When the story doesn't say, I say so.`,
      sections,
      ephemeral: true,
    }),
  };
};
