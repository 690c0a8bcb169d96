import { SlashCommandBuilder } from "@discordjs/builders";
import { z } from "zod";
import { type Command, errorResult, readOptions } from "../src/interactions/contract.js";
import { storyOption } from "../src/interactions/story-option.js";
import { buildReply } from "../src/replies/build.js";
import { paragraphText } from "../src/story/article.js";

const options = z.object({
  // An empty value must not coerce to 0 (the headline).
  paragraph: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? Number.NaN : value),
    z.coerce.number({ error: "must be a whole number." }).int("must be a whole number.").optional(),
  ),
});

const NOT_STATED = "not stated in the article";

export const data = new SlashCommandBuilder()
  .setName("source")
  .setDescription(
    "The article itself: headline, dateline, paragraphs; or one paragraph word for word.",
  )
  .addIntegerOption((option) =>
    option
      .setName("paragraph")
      .setDescription("A paragraph number (¶) to show verbatim")
      .setMinValue(0),
  )
  .addStringOption(storyOption);

export const execute: Command["execute"] = (context, raw) => {
  const { paragraph } = readOptions(options, raw);
  const { meta, article } = context.story;
  const count = article.paragraphs.length;
  if (paragraph !== undefined) {
    const text = paragraphText(article, paragraph);
    if (text === undefined) {
      return errorResult(
        `There is no ¶${paragraph}: the story has paragraphs 1–${count} (¶0 is the headline).`,
        "bad option",
      );
    }
    const citation = { paragraph, text };
    return {
      status: "answered",
      citations: [citation],
      reply: buildReply({
        title: paragraph === 0 ? "The headline (¶0)" : `Paragraph ${paragraph} of ${count}`,
        excerpts: [citation],
        story: context.story,
      }),
    };
  }
  const headline = { paragraph: 0, text: meta.headline };
  return {
    status: "answered",
    citations: [headline],
    reply: buildReply({
      title: meta.headline,
      text: meta.about,
      sections: [
        { heading: "Dateline", body: meta.dateline ?? NOT_STATED, excerpts: [] },
        {
          heading: "Paragraphs",
          body: `${count} (use /source paragraph:N to read one)`,
          excerpts: [],
        },
        { heading: "Photo", body: meta.photoCredit ?? NOT_STATED, excerpts: [] },
        {
          heading: "Outlet, author, date",
          body:
            [meta.outlet, meta.author, meta.publishedAt].filter(Boolean).join(" · ") || NOT_STATED,
          excerpts: [],
        },
        ...(meta.eventDates.length > 0
          ? [
              {
                heading: "Dates of the events reported",
                body: meta.eventDates.map((date) => date.asWritten).join(", "),
                excerpts: [],
              },
            ]
          : []),
      ],
      story: context.story,
    }),
  };
};
