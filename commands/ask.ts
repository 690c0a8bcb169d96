import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { type Command, readOptions, textOption } from "../src/interactions/contract.js";
import { storyOption } from "../src/interactions/story-option.js";
import { buildReply } from "../src/replies/build.js";
import { LIMITS } from "../src/replies/limits.js";
import { truncate } from "../src/replies/text.js";
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
  )
  .addStringOption(storyOption);

export const execute: Command["execute"] = (context, raw) => {
  const { question } = readOptions(options, raw);
  const result = context.retriever.ask(question);
  const suggestions =
    result.suggestions.length > 0
      ? [
          {
            heading: "Questions it does answer",
            body: result.suggestions.map((q) => `• ${q}`).join("\n"),
            excerpts: [],
          },
        ]
      : [];
  if (result.status === "not_found" && result.passages.length > 0) {
    // The closest passage is shown for the reader to judge, never as the answer: the status
    // stays not_found and no citation is claimed.
    return notFound(context, {
      title: "The story doesn't answer that directly",
      text: "No curated answer matches. The passage closest to your question, not an answer:",
      sections: [{ heading: "Closest passage", excerpts: result.passages }, ...suggestions],
      asked: question,
    });
  }
  if (result.status === "not_found") {
    return notFound(context, {
      title: "The story doesn't say",
      text: `“${context.story.meta.headline}” does not answer that.`,
      sections: suggestions,
      asked: question,
    });
  }
  const excerpts = result.citations.map(({ paragraph, text }) => ({ paragraph, text }));
  return {
    status: "answered",
    citations: excerpts,
    reply: buildReply({
      title: result.records[0]?.question ?? question,
      text: result.records.map((record) => record.answer).join(" "),
      excerpts,
      asked: question,
      story: context.story,
      buttons: true,
    }),
  };
};

export const autocomplete: NonNullable<Command["autocomplete"]> = (context, focused) =>
  context.retriever.suggester
    .suggest(focused.value, LIMITS.autocompleteChoices)
    .map(({ record }) => ({
      name: truncate(record.question, LIMITS.choiceName),
      value: truncate(record.question, LIMITS.choiceValue),
    }));
