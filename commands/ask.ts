import { SlashCommandBuilder } from "@discordjs/builders";
import { z } from "zod";
import {
  type AskTrace,
  type Command,
  errorResult,
  readOptions,
  textOption,
} from "../src/interactions/contract.js";
import { storyOption } from "../src/interactions/story-option.js";
import { buildReply, type Section } from "../src/replies/build.js";
import { voteButtons } from "../src/replies/buttons.js";
import { LIMITS } from "../src/replies/limits.js";
import { truncate } from "../src/replies/text.js";
import { MAX_QUESTION_LENGTH } from "../src/retrieval/clean.js";
import type { AskResult, PartAnswer } from "../src/retrieval/result.js";
import { notFound } from "../src/views/not-found.js";

const options = z.object({ question: textOption("The question", MAX_QUESTION_LENGTH) });

export const data = new SlashCommandBuilder()
  .setName("ask")
  .setDescription("Ask a question about the story; the answer cites the article's own words.")
  .addStringOption((option) =>
    option
      .setName("question")
      .setDescription("Your question, in your own words")
      .setRequired(true)
      .setMaxLength(MAX_QUESTION_LENGTH)
      .setAutocomplete(true),
  )
  .addStringOption(storyOption);

export const execute: Command["execute"] = (context, raw, invoker) => {
  const { question } = readOptions(options, raw);
  const result = context.retriever.ask(question);
  if (result.status === "empty") {
    return {
      ...errorResult(
        "That is not a question yet: mentions, links and emoji are left out. Ask about the story in words, or try /help.",
        "not a question",
      ),
      trace: { question, answerIds: [], score: null },
    };
  }
  const trace = traceOf(question, result);
  if (result.status === "not_found") {
    const explained = result.parts.find((part) => part.answer !== null)?.answer;
    const reply = notFound(context, {
      title: "The story doesn't say",
      text: explained ?? `“${context.story.meta.headline}” does not answer that.`,
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
    return { ...reply, trace };
  }
  // Votes need somewhere to go: the buttons come only where the question is recorded.
  const rows = invoker?.askId ? [voteButtons(invoker.askId)] : [];
  const excerpts = result.citations.map(({ paragraph, text }) => ({ paragraph, text }));
  const [only] = result.parts;
  if (result.parts.length === 1 && only) {
    return {
      status: "answered",
      citations: excerpts,
      reply: buildReply({
        title: only.title,
        ...(only.answer ? { text: only.answer } : {}),
        excerpts,
        asked: question,
        story: context.story,
        buttons: true,
        rows,
      }),
      trace,
    };
  }
  return {
    status: "answered",
    citations: excerpts,
    reply: buildReply({
      title: "Your question, part by part",
      sections: result.parts.map(partSection),
      asked: question,
      story: context.story,
      buttons: true,
      rows,
    }),
    trace,
  };
};

/** What the store keeps of an answer: the records (or sentences) cited, and the best score. */
function traceOf(question: string, result: AskResult): AskTrace {
  const ids = result.parts.flatMap((part) =>
    part.status !== "answered"
      ? []
      : part.record
        ? [part.record.id]
        : part.citations.map((citation) => citation.sentenceId),
  );
  const scores = result.parts.map((part) => part.score);
  return {
    question,
    answerIds: [...new Set(ids)],
    score: scores.length > 0 ? Math.max(...scores) : null,
  };
}

/** One part of a multi-part answer: its excerpts, or plainly that the story does not say. */
function partSection(part: PartAnswer, index: number): Section {
  if (part.status === "not_found") {
    return {
      heading: `${index + 1}. Not stated`,
      body: ["The story doesn't say: “", { user: part.question }, "”"],
      excerpts: [],
    };
  }
  return {
    heading: `${index + 1}. ${part.title}`,
    ...(part.answer ? { body: part.answer } : {}),
    excerpts: part.citations.map(({ paragraph, text }) => ({ paragraph, text })),
  };
}

export const autocomplete: NonNullable<Command["autocomplete"]> = (context, focused) =>
  context.retriever.suggester
    .suggest(focused.value, LIMITS.autocompleteChoices)
    .map(({ record }) => ({
      name: truncate(record.question, LIMITS.choiceName),
      value: truncate(record.question, LIMITS.choiceValue),
    }));
