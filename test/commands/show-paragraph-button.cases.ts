import { describe, expect, it } from "vitest";
import { paragraphText } from "../../src/story/article.js";
import {
  buttonId,
  customIds,
  dispatcher,
  embedOf,
  isEphemeral,
  nameOf,
  quotedExcerpts,
  run,
  STORIES,
} from "./support.js";

describe.each(STORIES)("the Show ¶ button on the %s", (_, context) => {
  it("opens the whole paragraph, verbatim, only to the person who clicked", () => {
    const result = dispatcher.button(buttonId(context, 2));
    const text = paragraphText(context.story.article, 2);
    expect(result.status).toBe("answered");
    expect(isEphemeral(result.reply)).toBe(true);
    expect(embedOf(result.reply).title).toBe("Paragraph 2");
    expect(result.citations).toEqual([{ paragraph: 2, text }]);
    expect(quotedExcerpts(result.reply)).toEqual([{ paragraph: 2, text }]);
  });

  it("opens the paragraph of every button any command shows", () => {
    const replies = [
      run(context, "ask", { question: context.story.qa[0]?.question }),
      run(context, "who-attends"),
      run(context, "quote", { speaker: nameOf(context, context.story.quotes[0]?.speaker ?? null) }),
      run(context, "summary", { length: "full" }),
      run(context, "timeline"),
    ];
    const ids = [...new Set(replies.flatMap((result) => customIds(result.reply)))];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const result = dispatcher.button(id);
      expect(result.status, id).toBe("answered");
      expect(result.citations[0]?.text).toBe(
        paragraphText(context.story.article, Number(id.split(":").at(-1))),
      );
    }
  });

  it("opens every body paragraph of the story", () => {
    for (const paragraph of context.story.article.paragraphs) {
      expect(dispatcher.button(buttonId(context, paragraph.number)).citations[0]?.text).toBe(
        paragraph.text,
      );
    }
  });

  it.each([
    "nope",
    "paragraph:abc",
    "paragraph:1",
    "paragraph:no-such-story:1",
    ":999",
    ":-1",
    ":1.5",
    "PARAGRAPH:1",
    "",
  ])("answers a bad custom_id %j with an ephemeral error", (suffix) => {
    const customId = suffix.startsWith(":") ? `paragraph:${context.story.id}${suffix}` : suffix;
    const result = dispatcher.button(customId);
    expect(result.status).toBe("error");
    expect(isEphemeral(result.reply)).toBe(true);
    expect(result.citations).toEqual([]);
    expect(result.reply.content).toContain("out of date");
  });

  // Product bug: Number("") is 0, so a custom_id with no number opened the headline as
  // "Paragraph 0" instead of the out-of-date error (buttons are never made for ¶0).
  it("answers a custom_id with no number with an ephemeral error", () => {
    expect(dispatcher.button(`paragraph:${context.story.id}:`).status).toBe("error");
  });

  it("opens the paragraph of the story the button came from, whichever story is the default", () => {
    const other = STORIES.find(([, candidate]) => candidate !== context)?.[1];
    expect(other).toBeDefined();
    const result = dispatcher.button(buttonId(context, 1));
    expect(result.story).toBe(context.story.id);
    expect(result.citations[0]?.text).toBe(paragraphText(context.story.article, 1));
  });
});
