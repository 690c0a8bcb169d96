import { SlashCommandBuilder } from "@discordjs/builders";
import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
} from "discord-api-types/v10";
import type { Command, CommandContext } from "../src/interactions/contract.js";
import { buildReply } from "../src/replies/build.js";

export const data = new SlashCommandBuilder()
  .setName("help")
  .setDescription("What storybot can do, with examples.");

/** Example values drawn from the story's own records, so that every example works. */
function examples(context: CommandContext): Record<string, string[]> {
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
    stories: ["/stories"],
    "use-story": [`/use-story story:${story.id}`],
    gaps: ["/gaps", "/gaps days:7"],
    "forget-me": ["/forget-me"],
  };
}

/** Which stories the bot answers about, and how to pick one. */
function storiesLine(context: CommandContext): string {
  const current = `“${context.story.meta.headline}” (${context.story.id})`;
  const count = context.library.stories.length;
  if (count === 1) return `I answer questions about one story, ${current}.`;
  return `I answer questions about ${count} stories; here it is ${current}. Add story:<id> to a command to ask about another (see /stories).`;
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
      text: `${storiesLine(context)} Every answer quotes the article's own words (¶ = paragraph); when the story doesn't say, I say so.`,
      sections,
      ephemeral: true,
    }),
  };
};
