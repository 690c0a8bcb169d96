import { describe, expect, it } from "vitest";
import { paragraphText } from "../../src/story/article.js";
import { seedStory } from "../helpers.js";

const { article } = seedStory;

describe("the seed article as paragraphs and sentences", () => {
  it("numbers body paragraphs from the first sentence after the front matter", () => {
    expect(article.paragraphs[0]?.text).toMatch(/^Russia has invited the U\.S\. /);
    expect(article.paragraphs).toHaveLength(22);
    expect(article.paragraphs[21]?.text).toMatch(/^“This will be to protect people’s lives/);
  });

  it("treats the repeated headline, the dateline and the photo credit as metadata", () => {
    const texts = article.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).not.toContain("MOSCOW");
    expect(texts).not.toContain("AFP photo");
    expect(texts).not.toContain(seedStory.meta.headline);
  });

  it("gives the headline paragraph number 0", () => {
    expect(paragraphText(article, 0)).toBe(seedStory.meta.headline);
  });

  it("turns non-breaking spaces into ordinary spaces and keeps curly quotes", () => {
    expect(article.paragraphs.every((paragraph) => !paragraph.text.includes("\u00a0"))).toBe(true);
    expect(article.paragraphs[1]?.text).toContain("“The U.S. have already been invited,”");
  });

  it("gives every sentence a stable id made of its paragraph and position", () => {
    expect(article.sentences[0]).toMatchObject({ id: "p1s1", paragraph: 1 });
    expect(new Set(article.sentences.map((sentence) => sentence.id)).size).toBe(
      article.sentences.length,
    );
  });

  it("keeps the story's unstated facts empty rather than invented", () => {
    expect(seedStory.meta).toMatchObject({
      outlet: null,
      url: null,
      author: null,
      publishedAt: null,
    });
  });
});
