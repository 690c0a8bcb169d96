import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { type Command, readOptions, textOption } from "../src/command.js";
import { buildReply } from "../src/replies/build.js";
import { LIMITS } from "../src/replies/limits.js";
import { truncate } from "../src/replies/text.js";
import { storyFooter } from "../src/story-context.js";
import { notFound } from "../src/views/not-found.js";

const MAX_QUESTION = 500;
const options = z.object({ question: textOption("The question", MAX_QUESTION) });

export const data = new SlashCommandBuilder()
  .setName("ask")
  .setDescription("Ask a question about the story; the answer cites the article's own words.")
  .addStringOption((option) =>
    option
      .setName("question")
      .setDescription("Your question, in your own words")
      .setRequired(true)
      .setMaxLength(MAX_QUESTION)
      .setAutocomplete(true),
  );

export const execute: Command["execute"] = (context, raw) => {
  const { question } = readOptions(options, raw);
  const result = context.retriever.ask(question);
  const footer = storyFooter(context);
  if (result.status === "not_found") {
    return notFound(context, {
      title: "The story doesn't say",
      text: `“${context.story.meta.headline}” does not answer that.`,
      sections:
        result.suggestions.length > 0
          ? [
              {
                heading: "Questions it does answer",
                body: result.suggestions.map((q) => `• ${q}`).join("\n"),
                excerpts: [],
              },
            ]
          : [],
      asked: question,
    });
  }
  const citations = result.citations.map(({ paragraph, text }) => ({ paragraph, text }));
  const reply =
    result.basis === "passages"
      ? buildReply({
          title: "Closest passages in the story",
          text: "No curated answer matches this question; these are the passages closest to it, not an answer.",
          excerpts: citations,
          asked: question,
          footer,
          buttons: true,
        })
      : buildReply({
          title: result.records[0]?.question ?? question,
          text: result.records.map((record) => record.answer).join(" "),
          excerpts: citations,
          asked: question,
          footer,
          buttons: true,
        });
  return { status: "answered", citations, reply };
};

export const autocomplete: NonNullable<Command["autocomplete"]> = (context, focused) =>
  context.retriever.suggester
    .suggest(focused.value, LIMITS.autocompleteChoices)
    .map(({ record }) => ({
      name: truncate(record.question, LIMITS.choiceName),
      value: truncate(record.question, LIMITS.choiceValue),
    }));
