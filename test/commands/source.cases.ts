import { describe, expect, it } from "vitest";
import { paragraphText } from "../../src/story/article.js";
import {
  embedOf,
  fieldsOf,
  fixture,
  isEphemeral,
  quotedExcerpts,
  run,
  STORIES,
  seed,
} from "./support.js";

function field(name: string, context = seed): string | undefined {
  return fieldsOf(run(context, "source").reply).find((f) => f.name === name)?.value;
}

describe("/source on the seed story", () => {
  it("shows the headline as the title", () => {
    expect(embedOf(run(seed, "source").reply).title).toBe(
      "Lavrov says US invited to Syria talks in Astana",
    );
  });

  it("shows the dateline, the photo credit and the paragraph count", () => {
    expect(field("Dateline")).toBe("MOSCOW");
    expect(field("Photo")).toBe("AFP photo");
    expect(field("Paragraphs")).toMatch(/^22 /);
  });

  it("says what the story is", () => {
    expect(embedOf(run(seed, "source").reply).description).toContain("A January 2017 report");
  });

  it("says the outlet, author and date are not stated", () => {
    expect(field("Outlet, author, date")).toBe("not stated in the article");
  });

  it("lists the dates of the events reported, as the article writes them", () => {
    expect(field("Dates of the events reported")).toBe(
      "Dec. 30, 2016, Jan. 18, Jan. 19, Jan. 23, Feb. 8",
    );
  });

  it("shows ¶1, the U.S. invitation, word for word", () => {
    const result = run(seed, "source", { paragraph: 1 });
    expect(embedOf(result.reply).title).toBe("Paragraph 1 of 22");
    expect(quotedExcerpts(result.reply)[0]?.text).toMatch(/^Russia has invited the U\.S\./);
  });

  it("refuses ¶23 with an ephemeral error naming the range", () => {
    const result = run(seed, "source", { paragraph: 23 });
    expect(result.status).toBe("error");
    expect(isEphemeral(result.reply)).toBe(true);
    expect(result.reply.content).toBe(
      "There is no ¶23: the story has paragraphs 1–22 (¶0 is the headline).",
    );
  });
});

describe("/source on the fixture story", () => {
  it("shows its own headline, dateline and paragraph count", () => {
    expect(embedOf(run(fixture, "source").reply).title).toBe("Council approves new harbour bridge");
    expect(field("Dateline", fixture)).toBe("PORTVILLE");
    expect(field("Paragraphs", fixture)).toMatch(/^5 /);
  });
});

describe.each(STORIES)("/source on the %s", (_, context) => {
  const count = context.story.article.paragraphs.length;

  it("cites the headline as ¶0", () => {
    expect(run(context, "source").citations).toEqual([
      { paragraph: 0, text: context.story.meta.headline },
    ]);
  });

  it("shows every paragraph N verbatim with paragraph:N, cited as ¶N", () => {
    for (let n = 1; n <= count; n++) {
      const result = run(context, "source", { paragraph: n });
      const text = paragraphText(context.story.article, n);
      expect(result.status).toBe("answered");
      expect(result.citations).toEqual([{ paragraph: n, text }]);
      expect(quotedExcerpts(result.reply)).toEqual([{ paragraph: n, text }]);
    }
  });

  it("takes the paragraph number as typed in the console (a string)", () => {
    expect(run(context, "source", { paragraph: "2" }).citations[0]?.paragraph).toBe(2);
  });

  it("shows the headline with paragraph:0", () => {
    const result = run(context, "source", { paragraph: 0 });
    expect(embedOf(result.reply).title).toBe("The headline (¶0)");
    expect(result.citations).toEqual([{ paragraph: 0, text: context.story.meta.headline }]);
  });

  it.each([count + 1, 999, -1])("refuses paragraph:%s with an ephemeral error", (paragraph) => {
    const result = run(context, "source", { paragraph });
    expect(result.status).toBe("error");
    expect(isEphemeral(result.reply)).toBe(true);
    expect(result.citations).toEqual([]);
    expect(result.reply.content).toContain(`paragraphs 1–${count}`);
  });

  it.each(["abc", "1.5", "two"])("refuses paragraph:%s as not a whole number", (paragraph) => {
    const result = run(context, "source", { paragraph });
    expect(result.status).toBe("error");
    expect(isEphemeral(result.reply)).toBe(true);
    expect(result.reply.content).toContain("whole number");
  });

  // Product bug: z.coerce.number() turns "" into 0, so "/source paragraph:" in the console
  // shows the headline instead of saying the option is bad.
  it("refuses an empty paragraph option instead of showing the headline", () => {
    const result = run(context, "source", { paragraph: "" });
    expect(result.status).toBe("error");
  });

  it("is visible to the channel", () => {
    expect(isEphemeral(run(context, "source").reply)).toBe(false);
    expect(isEphemeral(run(context, "source", { paragraph: 1 }).reply)).toBe(false);
  });
});
