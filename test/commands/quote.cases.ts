import { describe, expect, it } from "vitest";
import type { CommandContext } from "../../src/interactions/contract.js";
import {
  buttonId,
  complete,
  customIds,
  embedOf,
  expectVerbatim,
  fieldNames,
  fieldsOf,
  fixture,
  isEphemeral,
  nameOf,
  quotedExcerpts,
  run,
  STORIES,
  seed,
} from "./support.js";

function speakerChoices(context: CommandContext, value: string): string[] {
  return complete(context, "quote", { name: "speaker", value }).map((choice) => choice.name);
}

/** Everyone with a quote: speakers, and those whose view a quote reports. */
function quotedNames(context: CommandContext): string[] {
  const ids = context.story.quotes.flatMap((q) => (q.about ? [q.speaker, q.about] : [q.speaker]));
  return [...new Set(ids)].map((id) => nameOf(context, id));
}

describe("/quote assad on the seed story", () => {
  const result = () => run(seed, "quote", { speaker: "assad" });

  it("shows Bashar al-Assad's words verbatim as block quotes with their ¶", () => {
    expect(quotedExcerpts(result().reply)).toEqual([
      {
        paragraph: 21,
        text: "I believe that they will focus, in the beginning, and will prioritize, as we see it, reaching a ceasefire",
      },
      {
        paragraph: 22,
        text: "This will be to protect people’s lives and allow humanitarian aid to reach various areas in Syria",
      },
    ]);
  });

  it("names him in the title and under each quote", () => {
    expect(embedOf(result().reply).title).toBe("Bashar al-Assad in the story");
    expect(fieldNames(result().reply)).toEqual(["Bashar al-Assad", "Bashar al-Assad"]);
  });

  it("says who reported his words and where he said them", () => {
    for (const field of fieldsOf(result().reply)) {
      expect(field.value).toContain("reported by AFP");
      expect(field.value).toContain("Japanese television channel TBS");
    }
  });

  it("cites ¶21 and ¶22, verbatim", () => {
    expect(result().citations.map((c) => c.paragraph)).toEqual([21, 22]);
    expectVerbatim(seed, result().citations);
  });

  it("offers Show ¶21 and Show ¶22 buttons", () => {
    expect(customIds(result().reply)).toEqual([buttonId(seed, 21), buttonId(seed, 22)]);
  });

  it.each(["Assad", "al-Assad", "President Assad", "Bashar", "asad"])(
    "finds him as “%s” too",
    (speaker) => {
      const found = run(seed, "quote", { speaker });
      expect(found.status).toBe("answered");
      expect(embedOf(found.reply).title).toBe("Bashar al-Assad in the story");
    },
  );
});

describe("/quote on the seed story", () => {
  it("says when and where Lavrov spoke and which agency reported it", () => {
    const value = fieldsOf(run(seed, "quote", { speaker: "lavrov" }).reply)[0]?.value;
    expect(value).toContain("Jan. 19 · Moscow, to reporters · reported by Anadolu Agency");
    expect(value).toContain("> The U.S. have already been invited (¶2)");
  });

  it("labels Dujarric's words as said about Guterres, not by Guterres", () => {
    const fields = fieldsOf(run(seed, "quote", { speaker: "dujarric" }).reply);
    expect(fields).toHaveLength(2);
    for (const field of fields) {
      expect(field.name).toBe("Stephane Dujarric, describing Antonio Guterres’s view");
      expect(field.value).toContain("words said about Antonio Guterres, not by them");
    }
  });

  it("shows what was said about Guterres, labelled as not his own words", () => {
    const result = run(seed, "quote", { speaker: "guterres" });
    expect(result.status).toBe("answered");
    expect(result.citations.map((c) => c.paragraph)).toEqual([8, 9]);
    for (const field of fieldsOf(result.reply)) {
      expect(field.value).toContain("words said about Antonio Guterres, not by them");
    }
  });

  it("does not label a speaker's own words as said about someone", () => {
    for (const speaker of ["assad", "lavrov", "ahrar", "abdel rahman"]) {
      for (const field of fieldsOf(run(seed, "quote", { speaker }).reply)) {
        expect(field.value).not.toContain("words said about");
        expect(field.name).not.toContain("describing");
      }
    }
  });

  it("keeps only the quotes on the topic asked about", () => {
    const result = run(seed, "quote", { speaker: "assad", topic: "aid" });
    expect(result.status).toBe("answered");
    expect(result.citations.map((c) => c.paragraph)).toEqual([22]);
    expect(fieldsOf(result.reply)).toHaveLength(1);
  });

  it("matches a topic against the quote's curated topics, not only its words", () => {
    const result = run(seed, "quote", { speaker: "ahrar", topic: "boycott" });
    expect(result.citations.map((c) => c.paragraph)).toEqual([12, 15]);
  });

  it("says so when the speaker is quoted, but never on that topic", () => {
    const result = run(seed, "quote", { speaker: "assad", topic: "weather" });
    expect(result.status).toBe("not_found");
    expect(result.citations).toEqual([]);
    expect(embedOf(result.reply).description).toContain(
      "Bashar al-Assad is quoted in this story, but not about “weather”",
    );
  });

  it("gives a person the story names but never quotes the no-quotes answer", () => {
    const result = run(seed, "quote", { speaker: "Tefft" });
    expect(result.status).toBe("not_found");
    expect(embedOf(result.reply).description).toContain(
      "There are no quotes from “Tefft” in this story",
    );
  });

  it("offers Bashar al-Assad first when “asa” is typed", () => {
    expect(speakerChoices(seed, "asa")[0]).toBe("Bashar al-Assad");
  });

  it("offers Lavrov for a misspelt “lavorv”", () => {
    expect(speakerChoices(seed, "lavorv")).toContain("Sergei Lavrov");
  });
});

describe("/quote on the fixture story", () => {
  it("shows the mayor's words verbatim with the paper that reported them", () => {
    const result = run(fixture, "quote", { speaker: "marsh" });
    expect(result.status).toBe("answered");
    expect(fieldsOf(result.reply)).toEqual([
      {
        name: "Elena Marsh",
        value:
          "reported by Harbour Gazette\n> This bridge will join the two halves of our town (¶2)",
      },
    ]);
  });

  it("finds her by her title", () => {
    expect(embedOf(run(fixture, "quote", { speaker: "the mayor" }).reply).title).toBe(
      "Elena Marsh in the story",
    );
  });

  it("says a seed-story speaker has no quotes in this story", () => {
    const result = run(fixture, "quote", { speaker: "assad" });
    expect(result.status).toBe("not_found");
    expect(embedOf(result.reply).description).toBe(
      "There are no quotes from “assad” in this story. It quotes: Elena Marsh.",
    );
  });

  it("offers Elena Marsh when “mar” is typed", () => {
    expect(speakerChoices(fixture, "mar")).toEqual(["Elena Marsh"]);
  });
});

describe.each(STORIES)("/quote on the %s", (_, context) => {
  it("answers for everyone with a quote, every excerpt verbatim and shown as cited", () => {
    for (const name of quotedNames(context)) {
      const result = run(context, "quote", { speaker: name });
      expect(result.status, name).toBe("answered");
      expectVerbatim(context, result.citations);
      expect(quotedExcerpts(result.reply)).toEqual(result.citations);
    }
  });

  it("shows each quote's words exactly as its record holds them", () => {
    for (const quote of context.story.quotes) {
      const result = run(context, "quote", { speaker: nameOf(context, quote.speaker) });
      expect(result.citations).toContainEqual(quote.words);
    }
  });

  it("says “no quotes from … in this story” for a name that matches nobody", () => {
    const result = run(context, "quote", { speaker: "Zbigniew" });
    expect(result.status).toBe("not_found");
    expect(result.citations).toEqual([]);
    expect(embedOf(result.reply).description).toContain(
      "There are no quotes from “Zbigniew” in this story.",
    );
  });

  it("names everyone the story does quote when the name matches nobody", () => {
    const description = embedOf(run(context, "quote", { speaker: "Zbigniew" }).reply).description;
    for (const name of quotedNames(context)) expect(description).toContain(name);
  });

  it("is visible to the channel", () => {
    const name = quotedNames(context)[0] as string;
    expect(isEphemeral(run(context, "quote", { speaker: name }).reply)).toBe(false);
  });

  it("refuses a missing speaker with an ephemeral error", () => {
    const result = run(context, "quote", {});
    expect(result.status).toBe("error");
    expect(isEphemeral(result.reply)).toBe(true);
    expect(result.reply.content).toContain("speaker");
  });

  it("refuses an empty topic with an ephemeral error", () => {
    const name = quotedNames(context)[0] as string;
    const result = run(context, "quote", { speaker: name, topic: " " });
    expect(result.status).toBe("error");
    expect(isEphemeral(result.reply)).toBe(true);
  });

  it("offers everyone with a quote, and no one else, when nothing is typed", () => {
    expect([...speakerChoices(context, "")].sort()).toEqual([...quotedNames(context)].sort());
  });
});
