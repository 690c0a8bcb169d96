/**
 * What retrieval answers, in the failure kinds people met: multi-part questions, words the
 * story never uses, near misses, definitions, names, mentions and filler. Each case is one
 * behaviour a member of the server sees.
 */
import { describe, expect, it } from "vitest";
import { Retriever } from "../../src/retrieval/retriever.js";
import { loadStory } from "../../src/story/load.js";
import { BARE_DIR, HISTORY_DIR, SEED_DIR } from "../helpers.js";

const seed = new Retriever(loadStory(SEED_DIR));
const history = new Retriever(loadStory(HISTORY_DIR));
const bare = new Retriever(loadStory(BARE_DIR));

const paragraphs = (retriever: Retriever, question: string) =>
  retriever.ask(question).citations.map((citation) => citation.paragraph);

describe("a question of several parts", () => {
  it("answers who is going and who is staying away, each part with its own excerpts", () => {
    const result = seed.ask("who is going and who is staying away?");
    expect(result.parts.map((part) => part.status)).toEqual(["answered", "answered"]);
    expect(result.parts[1]?.citations.map((citation) => citation.paragraph)).toContain(11);
  });

  it("answers when and where, each from the record that fits it", () => {
    const result = seed.ask("When do the talks start, and where are they held?");
    expect(result.parts.map((part) => part.record?.id)).toEqual(["talks-when", "talks-where"]);
  });

  it("answers a long question of several parts through the filler around them", () => {
    const result = seed.ask(
      "I keep seeing headlines about Syria peace talks in Kazakhstan — can you tell me who announced that the Americans were invited, when he said it, and what date the talks themselves start?",
    );
    expect(result.status).toBe("answered");
    expect(result.citations.map((citation) => citation.paragraph)).toContain(1);
  });

  it("reports the part the story does not cover as not stated, beside the part it does", () => {
    const result = seed.ask("When do the talks start and who leads the U.S. delegation?");
    expect(result.status).toBe("answered");
    expect(result.parts.map((part) => part.status)).toEqual(["answered", "not_found"]);
    expect(result.parts[1]?.citations).toEqual([]);
  });
});

describe("words the story never uses for what it states", () => {
  it("reads a capital as its country: Ankara is Turkey", () => {
    expect(seed.ask("What does Ankara want from the talks?").status).toBe("answered");
  });

  it("reads “guest list” as the participant list", () => {
    expect(seed.ask("who is on the guest list").parts[0]?.record?.id).toBe("participant-list");
  });

  it("reads a misspelt month", () => {
    expect(paragraphs(seed, "what happens on janury 23")).toContain(5);
  });

  it("reads “what year” and “which century” as asking when", () => {
    expect(seed.ask("what year do the talks start").parts[0]?.record?.id).toBe("talks-when");
    expect(history.ask("In which century did the league decline?").status).toBe("answered");
  });
});

describe("near misses: what the story does not say", () => {
  it("does not give a date when asked the time of day", () => {
    expect(seed.ask("At what time do the talks start?").status).toBe("not_found");
  });

  it("does not give a count of fighters when asked a count of air strikes", () => {
    const result = seed.ask("How many air strikes has Russia carried out?");
    expect(result.status).toBe("not_found");
    expect(result.parts[0]?.reason).toMatch(/no count of air strikes/);
  });

  it("says what the story leaves out even for a record's own question typed word for word", () => {
    const record = loadStory(SEED_DIR).qa.find((candidate) => candidate.stated === false);
    expect(seed.ask(record?.question ?? "").status).toBe("not_found");
  });

  it("does not read an invitation as its acceptance", () => {
    expect(seed.ask("Did the US accept the invitation?").status).toBe("not_found");
  });

  it("does not give the length of the war when asked how long the talks last", () => {
    expect(seed.ask("How long will the talks last?").status).toBe("not_found");
  });

  it("does not take a name inside someone's quoted words for a speaker", () => {
    const result = seed.ask("What did Hezbollah say?");
    expect(result.status).toBe("not_found");
    expect(result.parts[0]?.reason).toMatch(/not quoted/);
  });

  it("does not answer a question about a country the story never mentions", () => {
    expect(seed.ask("what does Tehran think").status).toBe("not_found");
  });
});

describe("definitions and names", () => {
  it("answers “what is X” with the article's own description of X", () => {
    const result = seed.ask("what is wadi barada");
    expect(result.parts[0]?.source).toBe("description");
    expect(result.citations[0]?.text).toMatch(/northwest of Damascus/);
  });

  it("reads “united nations” as the UN, never the United States", () => {
    const cited = paragraphs(seed, "what did the united nations say");
    expect(cited).toContain(7);
    // ¶1 and ¶2 are what the U.S. was told, not what the UN said.
    expect(cited).not.toContain(1);
    expect(cited).not.toContain(2);
  });

  it("answers “why” with the sentence that gives the reason", () => {
    expect(paragraphs(seed, "What prompted Ahrar al-Sham to stay away?")).toContain(12);
  });
});

describe("mentions and filler around a question", () => {
  it("answers a question that starts with @everyone", () => {
    expect(seed.ask("@everyone is the US going?").status).toBe("answered");
  });

  it("answers a question addressed to the bot", () => {
    expect(paragraphs(seed, "hey bot when is geneva")).toContain(10);
  });

  it("answers a question with an aside after it", () => {
    expect(seed.ask("is the US going? asking for my dad").status).toBe("answered");
  });

  it("finds nothing to answer in a bare mention", () => {
    expect(seed.ask("@everyone").status).toBe("empty");
  });
});

describe("a story's own evidence", () => {
  it("answers from the article's sentences when the story has no records", () => {
    const result = bare.ask("when was the lighthouse built");
    expect(result.parts[0]?.source).toBe("sentences");
    expect(result.citations[0]?.paragraph).toBe(1);
  });

  it("answers from a curated record where one fits", () => {
    expect(seed.ask("when do the talks start").parts[0]?.source).toBe("record");
  });

  it("answers a history text's “how long” with the span it gives", () => {
    expect(history.ask("How long did the Confederation of Cologne last?").status).toBe("answered");
  });
});
