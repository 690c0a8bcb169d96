import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/story/article.js";
import { findQuotations } from "../../src/story/quotations.js";

/** The quotations of a one-paragraph article. */
function quotationsIn(paragraph: string) {
  const article = parseArticle(`Headline\n\n${paragraph}\n`, {
    headline: "Headline",
    dateline: null,
    photoCredit: null,
  });
  return findQuotations(article).map(({ words, kind }) => ({ words, kind }));
}

describe("telling speech from quoted terms", () => {
  it("reads words a verb of saying attributes as speech, in curly quotes", () => {
    expect(quotationsIn("“We will take part in the talks,” the minister said.")).toEqual([
      { words: "We will take part in the talks", kind: "speech" },
    ]);
  });

  it("reads words a verb of saying attributes as speech, in straight quotes", () => {
    expect(
      quotationsIn('The chronicler wrote that "the king was forced to ask for peace."'),
    ).toEqual([{ words: "the king was forced to ask for peace", kind: "speech" }]);
  });

  it("reads a word in quotation marks with no one saying it as a quoted term", () => {
    expect(quotationsIn('The English name "Normans" comes from "Norseman".')).toEqual([
      { words: "Normans", kind: "term" },
      { words: "Norseman", kind: "term" },
    ]);
  });

  it("reads a short quoted term as a term even where someone speaks", () => {
    expect(
      quotationsIn('He said the merchants called the hall the "Steelyard" in London.'),
    ).toEqual([{ words: "Steelyard", kind: "term" }]);
  });

  it("reads a title in Title Case as a term even where someone writes", () => {
    expect(quotationsIn('She wrote "The Wealth of Small Towns" in 1910.')).toEqual([
      { words: "The Wealth of Small Towns", kind: "term" },
    ]);
  });

  it("reads a whole sentence in quotation marks as speech, even with no verb beside it", () => {
    expect(
      quotationsIn("Nobody expected it. “It is easy to start a war, but hard to end it.”"),
    ).toEqual([{ words: "It is easy to start a war, but hard to end it", kind: "speech" }]);
  });

  it("reads a longer phrase no one says as a quoted term", () => {
    expect(
      quotationsIn('The league was known as "the queen of the northern seas" by then.'),
    ).toEqual([{ words: "the queen of the northern seas", kind: "term" }]);
  });

  it("says why it assumed each kind", () => {
    const article = parseArticle('H\n\n“We will go,” she said. The word "hanse" meant a group.\n', {
      headline: "H",
      dateline: null,
      photoCredit: null,
    });
    expect(findQuotations(article).map((quotation) => quotation.reason)).toEqual([
      "attributed by “said”",
      "only 1 word(s): a quoted term",
    ]);
  });
});
