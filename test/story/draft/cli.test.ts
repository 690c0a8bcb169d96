import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inspectStory } from "../../../src/story/load.js";
import { HISTORY_ARTICLE, NEWS_ARTICLE, SEED_ARTICLE } from "./drafts.js";

/** Runs `story:new` with a throwaway root; returns its exit status and output. */
function storyNew(...args: string[]): {
  status: number;
  stdout: string;
  stderr: string;
  root: string;
} {
  const root = args.includes("--root")
    ? (args[args.indexOf("--root") + 1] as string)
    : mkdtempSync(join(tmpdir(), "storybot-draft-"));
  const full = args.includes("--root") ? args : [...args, "--root", root];
  try {
    const stdout = execFileSync("npx", ["tsx", "src/story/draft/cli.ts", ...full], {
      encoding: "utf8",
      stdio: "pipe",
    });
    return { status: 0, stdout, stderr: "", root };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { status: failure.status, stdout: failure.stdout, stderr: failure.stderr, root };
  }
}

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "storybot-article-"));
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

const oneLine = (text: string) => text.trim().split("\n");

describe("npm run story:new", () => {
  it("GIVEN the seed article THEN it writes a story that passes the data check at once and prints what it drafted", () => {
    const run = storyNew(SEED_ARTICLE, "--id", "seed-draft");
    expect(run.status).toBe(0);
    const dir = join(run.root, "seed-draft");
    expect(inspectStory(dir).problems).toEqual([]);
    expect(run.stdout).toContain("paragraphs: 22");
    expect(run.stdout).toMatch(/quotations: 8 speech/u);
    expect(run.stdout).toMatch(/entities: \d+ \(/u);
    expect(run.stdout).toMatch(/qa: 22 records/u);
    expect(run.stdout).toMatch(/timeline: \d+ events/u);
    expect(run.stdout).toMatch(/attendance: \d+ \(the Astana talks\)/u);
    expect(run.stdout).toContain("could not decide:");
  });

  it("GIVEN an article THEN the article is copied byte for byte and every record file is written, as 2-space JSON with a final newline", () => {
    const run = storyNew(HISTORY_ARTICLE, "--id", "history-draft");
    const dir = join(run.root, "history-draft");
    expect(readFileSync(join(dir, "article.txt"))).toEqual(readFileSync(HISTORY_ARTICLE));
    for (const file of ["meta", "entities", "quotes", "attendance", "qa", "timeline", "summary"]) {
      const text = readFileSync(join(dir, `${file}.json`), "utf8");
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
    expect(readFileSync(join(dir, "attendance.json"), "utf8")).toBe("[]\n");
    expect(existsSync(join(dir, "lexicon.json"))).toBe(false);
    expect(existsSync(join(dir, "retrieval.json"))).toBe(false);
    expect(inspectStory(dir).problems).toEqual([]);
  });

  it("GIVEN an id that exists THEN it refuses without --force and overwrites with it", () => {
    const root = mkdtempSync(join(tmpdir(), "storybot-draft-"));
    mkdirSync(join(root, "harbour"));
    const refused = storyNew(NEWS_ARTICLE, "--id", "harbour", "--root", root);
    expect(refused.status).toBe(1);
    expect(oneLine(refused.stderr)).toEqual([
      `story:new: ${join(root, "harbour")} already exists: give --force to overwrite its records`,
    ]);
    expect(storyNew(NEWS_ARTICLE, "--id", "harbour", "--root", root, "--force").status).toBe(0);
  });

  it("GIVEN a path that does not exist THEN one line and a non-zero exit", () => {
    const run = storyNew("no/such/article.txt", "--id", "nothing");
    expect(run.status).toBe(1);
    expect(oneLine(run.stderr)).toEqual([
      "story:new: cannot read no/such/article.txt: no such file",
    ]);
  });

  it("GIVEN an empty file THEN one line and a non-zero exit", () => {
    const run = storyNew(tempFile("empty.txt", "\n  \n"), "--id", "empty");
    expect(run.status).toBe(1);
    expect(oneLine(run.stderr)).toEqual(["story:new: the article is empty"]);
  });

  it("GIVEN a text with a headline and no paragraphs THEN one line and a non-zero exit", () => {
    const run = storyNew(
      tempFile("headline.txt", "Just a headline\n\nJust a headline\n"),
      "--id",
      "headline",
    );
    expect(run.status).toBe(1);
    expect(oneLine(run.stderr)).toEqual([
      "story:new: the article has no paragraphs after its headline",
    ]);
  });

  it("GIVEN no id or a bad id THEN one line and a non-zero exit", () => {
    expect(oneLine(storyNew(NEWS_ARTICLE).stderr)).toHaveLength(1);
    const bad = storyNew(NEWS_ARTICLE, "--id", "Bad Id");
    expect(bad.status).toBe(1);
    expect(oneLine(bad.stderr)).toEqual([
      'story:new: "Bad Id" is not a story id: it must be lowercase letters, digits and hyphens',
    ]);
  });
});
