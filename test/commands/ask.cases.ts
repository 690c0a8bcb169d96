import { describe, expect, it } from "vitest";
import type { CommandContext } from "../../src/interactions/contract.js";
import type { QaRecord } from "../../src/story/schema.js";
import {
  buttonId,
  complete,
  customIds,
  embedOf,
  expectVerbatim,
  fieldsOf,
  fixture,
  isEphemeral,
  quotedExcerpts,
  run,
  seed,
} from "./support.js";

interface AskCase {
  label: string;
  context: CommandContext;
  /** A question in the user's own words that a curated record answers. */
  question: string;
  /** The curated question it resolves to (the reply's title). */
  curated: string;
  /** Words the plain answer must contain. */
  answerSays: string;
}

const CASES: AskCase[] = [
  {
    label: "seed story",
    context: seed,
    question: "When do the talks start?",
    curated: "When do the Astana talks start?",
    answerSays: "Jan. 23",
  },
  {
    label: "fixture story",
    context: fixture,
    question: "How did the council vote?",
    curated: "How did the council vote on the bridge?",
    answerSays: "7 to 2",
  },
];

describe.each(CASES)("/ask on the $label", ({ context, question, curated, answerSays }) => {
  it("answers a question in the user's own words with the curated answer", () => {
    const result = run(context, "ask", { question });
    expect(result.status).toBe("answered");
    expect(embedOf(result.reply).title).toBe(curated);
    expect(embedOf(result.reply).description).toContain(answerSays);
  });

  it("cites at least one excerpt, each verbatim from the paragraph it names", () => {
    const result = run(context, "ask", { question });
    expect(result.citations.length).toBeGreaterThan(0);
    expectVerbatim(context, result.citations);
  });

  it("shows every cited excerpt as a block quote with its ¶ number", () => {
    const result = run(context, "ask", { question });
    expect(quotedExcerpts(result.reply)).toEqual(result.citations);
  });

  it("offers a Show ¶ button for each cited paragraph", () => {
    const result = run(context, "ask", { question });
    const paragraphs = [...new Set(result.citations.map((c) => c.paragraph))];
    expect(customIds(result.reply)).toEqual(paragraphs.map((n) => buttonId(context, n)));
  });

  it("echoes the question back under “You asked”", () => {
    const result = run(context, "ask", { question });
    expect(fieldsOf(result.reply)).toContainEqual({ name: "You asked", value: question });
  });

  it("is visible to the channel and pings nobody", () => {
    const result = run(context, "ask", { question });
    expect(isEphemeral(result.reply)).toBe(false);
    expect(result.reply.allowed_mentions).toEqual({ parse: [] });
  });

  it("says plainly that the story does not say when asked something out of scope", () => {
    const result = run(context, "ask", { question: "Will Iran attend?" });
    expect(result.status).toBe("not_found");
    expect(embedOf(result.reply).title).toBe("The story doesn't say");
    expect(embedOf(result.reply).description).toContain("does not answer that");
  });

  it("cites nothing and offers no paragraph buttons when the story does not say", () => {
    const result = run(context, "ask", { question: "Will Iran attend?" });
    expect(result.citations).toEqual([]);
    expect(quotedExcerpts(result.reply)).toEqual([]);
    expect(customIds(result.reply)).toEqual([]);
  });

  it("suggests curated questions the story does answer when it does not say", () => {
    const result = run(context, "ask", { question: "Will Iran attend?" });
    const suggestions = fieldsOf(result.reply).find(
      (field) => field.name === "Questions it does answer",
    );
    expect(suggestions).toBeDefined();
    const offered = context.story.qa.filter((record) =>
      suggestions?.value.includes(record.question),
    );
    expect(offered.length).toBeGreaterThan(0);
  });

  // Product bug: buildReply runs our own section bodies through inert(), which collapses the
  // "\n" between suggestions, so the bullets run together on one line.
  it("lists each suggested question on its own line", () => {
    const result = run(context, "ask", { question: "Will Iran attend?" });
    const value =
      fieldsOf(result.reply).find((field) => field.name === "Questions it does answer")?.value ??
      "";
    const lines = value.split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => line.startsWith("• "))).toBe(true);
  });

  /** What /ask must show for a curated record's own question: its answer, or what it leaves out. */
  const expectRecordAnswer = (question: string, record: QaRecord | undefined) => {
    const result = run(context, "ask", { question });
    if (record?.stated === false) {
      expect(result.status, question).toBe("not_found");
      expect(embedOf(result.reply).description).toContain(record.answer);
      return;
    }
    expect(result.status, question).toBe("answered");
    expect(embedOf(result.reply).title).toBe(record?.question);
    expectVerbatim(context, result.citations);
  };

  it("answers every question picked from autocomplete with that very record", () => {
    const choices = complete(context, "ask", {
      name: "question",
      value: "",
    });
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) {
      const record = context.story.qa.find((candidate) => candidate.question === choice.value);
      expect(record, choice.value).toBeDefined();
      expectRecordAnswer(choice.value, record);
    }
  });

  it("answers every curated question typed word for word, whatever its case and spacing", () => {
    for (const record of context.story.qa) {
      expectRecordAnswer(`  ${record.question.toUpperCase()}  `, record);
    }
  });

  it("refuses an empty question with an ephemeral error", () => {
    const result = run(context, "ask", { question: "   " });
    expect(result.status).toBe("error");
    expect(isEphemeral(result.reply)).toBe(true);
    expect(result.reply.content).toContain("cannot be empty");
  });

  it("refuses a missing question with an ephemeral error", () => {
    const result = run(context, "ask", {});
    expect(result.status).toBe("error");
    expect(isEphemeral(result.reply)).toBe(true);
    expect(result.reply.content).toContain("required");
  });

  it("refuses a question longer than 500 characters with an ephemeral error", () => {
    const result = run(context, "ask", { question: "why ".repeat(200) });
    expect(result.status).toBe("error");
    expect(isEphemeral(result.reply)).toBe(true);
    expect(result.reply.content).toContain("too long");
  });
});

describe("/ask on the seed story", () => {
  it("answers whether Russia invited the U.S., citing ¶1", () => {
    const result = run(seed, "ask", { question: "Has Russia invited the U.S.?" });
    expect(result.status).toBe("answered");
    expect(result.citations.some((c) => c.paragraph === 1)).toBe(true);
  });

  it("says what the story leaves out when a record explains it: the U.S. reply is not reported", () => {
    const record = seed.story.qa.find((candidate) => candidate.stated === false);
    const result = run(seed, "ask", { question: "Did the US accept Russia's invitation?" });
    expect(result.status).toBe("not_found");
    expect(result.citations).toEqual([]);
    expect(embedOf(result.reply).description).toContain(record?.answer);
  });

  it("answers when the Geneva talks resume with ¶10", () => {
    const result = run(seed, "ask", { question: "when is geneva?" });
    expect(result.status).toBe("answered");
    expect(embedOf(result.reply).description).toContain("Feb. 8");
    expect(result.citations.map((c) => c.paragraph)).toContain(10);
  });
});
