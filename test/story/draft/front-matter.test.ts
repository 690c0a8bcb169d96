import { describe, expect, it } from "vitest";
import { draftFrontMatter } from "../../../src/story/draft/front-matter.js";
import { drafted, HISTORY_ARTICLE, SEED_ARTICLE } from "./drafts.js";

describe("the drafted front matter", () => {
  it("GIVEN a wire report THEN the first line is the headline and its repeats, the capitals line and the photo line are front matter", () => {
    const { meta } = drafted(SEED_ARTICLE).records;
    expect([meta.headline, meta.dateline, meta.photoCredit]).toEqual([
      "Lavrov says US invited to Syria talks in Astana",
      "MOSCOW",
      "AFP photo",
    ]);
  });

  it("GIVEN a wire report THEN ¶1 is the first sentence after the front matter, split as loading splits it", () => {
    const { article } = drafted(SEED_ARTICLE);
    expect(article.paragraphs).toHaveLength(22);
    expect(article.paragraphs[0]?.text).toMatch(/^Russia has invited the U\.S\. /u);
    expect(article.sentences[0]?.id).toBe("p1s1");
  });

  it("GIVEN an article with no dateline or photo credit THEN both stay null", () => {
    expect(drafted(HISTORY_ARTICLE).records.meta).toMatchObject({
      title: "The Hanseatic League",
      dateline: null,
      photoCredit: null,
      outlet: null,
      url: null,
      author: null,
      publishedAt: null,
    });
  });

  it("GIVEN a short line that credits a photo in other words THEN it is the photo credit", () => {
    expect(
      draftFrontMatter("Bridge opens\n\nPORTVILLE\nPhoto: City archive\n\nThe bridge opened."),
    ).toEqual({
      headline: "Bridge opens",
      dateline: "PORTVILLE",
      photoCredit: "Photo: City archive",
    });
  });

  it("GIVEN an article THEN the title is its headline and what it is about is its lead sentence", () => {
    const { meta } = drafted(SEED_ARTICLE).records;
    expect(meta.title).toBe(meta.headline);
    expect(meta.about).toMatch(/^Russia has invited the U\.S\..*said on Jan\. 19\.$/u);
  });
});
