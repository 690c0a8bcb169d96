import { SlashCommandBuilder } from "@discordjs/builders";
import { z } from "zod";
import { type Command, readOptions, textOption } from "../src/interactions/contract.js";
import { storyOption } from "../src/interactions/story-option.js";
import { buildReply } from "../src/replies/build.js";
import { quotedEntityIds } from "../src/story/story.js";
import { entityChoices, entityName, resolveName, whichOne } from "../src/views/entities.js";
import { notFound, nothingOfThatKind } from "../src/views/not-found.js";

const options = z.object({
  speaker: textOption("The speaker", 100),
  topic: textOption("The topic", 200).optional(),
});

export const data = new SlashCommandBuilder()
  .setName("quote")
  .setDescription("What someone in the story said, word for word, with who reported it and the ¶.")
  .addStringOption((option) =>
    option
      .setName("speaker")
      .setDescription("Who said it (a name, surname or title)")
      .setRequired(true)
      .setMaxLength(100)
      .setAutocomplete(true),
  )
  .addStringOption((option) =>
    option.setName("topic").setDescription("Only quotes about this").setMaxLength(200),
  )
  .addStringOption(storyOption);

export const execute: Command["execute"] = (context, raw) => {
  const { speaker, topic } = readOptions(options, raw);
  const { story, retriever } = context;
  if (story.quotes.length === 0) return nothingOfThatKind(context, "This story quotes no one.");
  const nameOf = (id: string | null) => entityName(context, id);
  const quoted = quotedEntityIds(story.quotes);
  const { entity: match, ambiguous } = resolveName(context, speaker, quoted);
  if (ambiguous) return whichOne(context, speaker, ambiguous);
  if (!match) {
    return notFound(context, {
      title: "No quotes from that name",
      text: [
        "There are no quotes from “",
        { user: speaker },
        `” in this story. It quotes: ${[...quoted].map(nameOf).join(", ")}.`,
      ],
    });
  }
  const id = match.id;
  let quotes = story.quotes.filter((quote) => quote.speaker === id || quote.about === id);
  if (topic !== undefined) {
    const wanted = retriever.analyzer.keysOf(topic);
    const onTopic = quotes.filter((quote) => {
      const keys = retriever.analyzer.keysOf([quote.words.text, ...quote.topics].join(" "));
      return [...wanted].some((key) => keys.has(key));
    });
    if (onTopic.length === 0) {
      return notFound(context, {
        title: `Nothing from ${match.name} on that`,
        text: [
          `${match.name} is quoted in this story, but not about “`,
          { user: topic },
          "”. Try /quote without a topic.",
        ],
      });
    }
    quotes = onTopic;
  }
  const citations = quotes.map((quote) => quote.words);
  return {
    status: "answered",
    citations,
    reply: buildReply({
      title: `${match.name} in the story`,
      sections: quotes.map((quote) => ({
        heading:
          quote.voice === "about"
            ? `${nameOf(quote.speaker)}, describing ${nameOf(quote.about)}’s view`
            : nameOf(quote.speaker),
        body: [
          quote.when,
          quote.where,
          quote.reportedBy ? `reported by ${nameOf(quote.reportedBy)}` : null,
          quote.voice === "about" ? `words said about ${nameOf(quote.about)}, not by them` : null,
        ]
          .filter((part): part is string => part !== null)
          .join(" · "),
        excerpts: [quote.words],
      })),
      story: context.story,
      buttons: true,
    }),
  };
};

export const autocomplete: NonNullable<Command["autocomplete"]> = (context, focused) =>
  entityChoices(context, focused.value, quotedEntityIds(context.story.quotes));
