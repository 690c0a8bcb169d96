import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sentenceCoverage } from "../../src/story/check.js";
import { fixtureStory, seedStory } from "../helpers.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("the curated records", () => {
  it("cite every body sentence of the seed story from at least one qa record", () => {
    const gaps = sentenceCoverage(seedStory.article, seedStory).filter(
      (s) => s.citedBy.length === 0,
    );
    expect(gaps.map((sentence) => sentence.id)).toEqual([]);
  });

  it("load the fixture story through the same code", () => {
    expect(fixtureStory.article.paragraphs).toHaveLength(5);
    expect(
      sentenceCoverage(fixtureStory.article, fixtureStory).every((s) => s.citedBy.length > 0),
    ).toBe(true);
  });

  it("give every quotation in the seed story a record", () => {
    const quoted = seedStory.article.paragraphs.filter((paragraph) => paragraph.text.includes("“"));
    const withRecords = new Set(seedStory.quotes.map((quote) => quote.words.paragraph));
    expect(quoted.map((paragraph) => paragraph.number).filter((n) => !withRecords.has(n))).toEqual(
      [],
    );
  });
});

describe("the code knows no story", () => {
  const names = [
    ...new Set(
      seedStory.entities.flatMap((entity) => [
        entity.name,
        ...(["person", "place", "group"].includes(entity.kind)
          ? entity.name.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word) && word.length >= 5)
          : []),
      ]),
    ),
  ];
  const files = [...sourceFiles("src"), ...sourceFiles("commands")];

  it.each(names)("no source file names %s", (name) => {
    const pattern = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i");
    expect(files.filter((file) => pattern.test(readFileSync(file, "utf8")))).toEqual([]);
  });
});
