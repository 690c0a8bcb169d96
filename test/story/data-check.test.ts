import { execFileSync } from "node:child_process";
import {
  appendFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inspectStory, loadStory } from "../../src/story/load.js";
import { formatProblem, StoryDataError } from "../../src/story/problems.js";
import { readQuestionSets } from "../../src/story/questions.js";
import { BARE_DIR, copyStory, FIXTURE_DIR } from "../helpers.js";

/** Copies the fixture story, applies one edit to one file, and returns the problems found. */
// biome-ignore lint/suspicious/noExplicitAny: each test edits raw JSON of a different shape
function problemsAfter(file: string, edit: (data: any) => void): string[] {
  const dir = copyStory(FIXTURE_DIR);
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, "utf8"));
  edit(data);
  writeFileSync(path, JSON.stringify(data));
  return inspectStory(dir).problems.map(formatProblem);
}

describe("the data check", () => {
  it("finds no problem in the fixture story", () => {
    expect(inspectStory(FIXTURE_DIR).problems).toEqual([]);
  });

  it("still loads a story whose lexicon lists stop words, as earlier versions read", () => {
    const dir = copyStory(FIXTURE_DIR);
    writeFileSync(join(dir, "lexicon.json"), JSON.stringify({ synonyms: [], stopwords: ["pls"] }));
    expect(inspectStory(dir).problems).toEqual([]);
  });

  it("rejects an excerpt that is not verbatim", () => {
    expect(
      problemsAfter("qa.json", (qa) => {
        qa[0].citations[0].text = "The council voted 8 to 1";
      }),
    ).toEqual([
      'qa.json, record "vote-result", field citations[0]: excerpt is not verbatim in the article: "The council voted 8 to 1"',
    ]);
  });

  it("rejects an excerpt cited with the wrong paragraph", () => {
    expect(
      problemsAfter("timeline.json", (timeline) => {
        timeline[1].citations[0].paragraph = 2;
      }),
    ).toEqual([
      'timeline.json, record "construction-starts", field citations[0]: excerpt sits in ¶4, not ¶2: "Construction is due to start on June 1"',
    ]);
  });

  it("rejects a paragraph number past the end of the article", () => {
    expect(
      problemsAfter("qa.json", (qa) => {
        qa[0].citations[0] = { paragraph: 9, text: "no such text" };
      }),
    ).toEqual([
      'qa.json, record "vote-result", field citations[0]: ¶9 does not exist (the article has 5 body paragraphs)',
    ]);
  });

  it("rejects a quote whose speaker is unknown", () => {
    expect(
      problemsAfter("quotes.json", (quotes) => {
        quotes[0].speaker = "nobody";
      }),
    ).toEqual(['quotes.json, record "marsh-join-halves", field speaker: unknown entity "nobody"']);
  });

  it("rejects an alias claimed by two entities", () => {
    expect(
      problemsAfter("entities.json", (entities) => {
        entities[5].aliases.push("Mayor");
      }),
    ).toEqual([
      'entities.json, record "reyes", field aliases: alias "mayor" already belongs to entity "marsh"',
    ]);
  });

  it("rejects a duplicate id", () => {
    expect(
      problemsAfter("qa.json", (qa) => {
        qa[1].id = "vote-result";
      }),
    ).toEqual(['qa.json, record "vote-result", field id: duplicate id']);
  });

  it("names the record and field of a missing field", () => {
    expect(
      problemsAfter("qa.json", (qa) => {
        delete qa[2].answer;
      }),
    ).toEqual([
      'qa.json, record "union-refuses", field answer: Invalid input: expected string, received undefined',
    ]);
  });

  it("rejects a quotation in the article that no quote record holds", () => {
    expect(
      problemsAfter("quotes.json", (quotes) => {
        quotes.pop();
      }),
    ).toEqual([
      "quotes.json: the quotation in ¶2 has no quote record: “This bridge will join the two halves of our town” (read as speech: attributed by “told”)",
    ]);
  });

  it("rejects a file that is not JSON", () => {
    const dir = copyStory(FIXTURE_DIR);
    writeFileSync(join(dir, "summary.json"), "{ not json");
    const [problem] = inspectStory(dir).problems.map(formatProblem);
    expect(problem).toMatch(/^summary\.json: not valid JSON: /);
  });

  it("refuses to load broken data with the same messages", () => {
    const dir = copyStory(FIXTURE_DIR);
    writeFileSync(join(dir, "entities.json"), "[]");
    expect(() => loadStory(dir)).toThrow(StoryDataError);
    expect(() => loadStory(dir)).toThrow(
      /quotes\.json, record "marsh-join-halves", field speaker: unknown entity "marsh"/,
    );
  });

  it("exits non-zero from the command line with one line per problem", () => {
    const dir = copyStory(FIXTURE_DIR);
    writeFileSync(join(dir, "quotes.json"), "[]");
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync("npx", ["tsx", "src/story/check-cli.ts", dir], {
        encoding: "utf8",
        stdio: "pipe",
      });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain("the quotation in ¶2 has no quote record");
  });

  it("reads a missing file of optional records as none", () => {
    const { story, problems } = inspectStory(BARE_DIR);
    expect(problems).toEqual([]);
    expect(story?.quotes).toEqual([]);
    expect(story?.attendance).toEqual([]);
    expect(story?.timeline).toEqual([]);
    expect(story?.summary).toEqual({ short: [], full: [] });
  });

  it("reads what an article does not state (dateline, gathering, outlet, dates) as null or none", () => {
    expect(inspectStory(BARE_DIR).story?.meta).toMatchObject({
      dateline: null,
      photoCredit: null,
      gathering: null,
      outlet: null,
      eventDates: [],
    });
  });

  it("requires the meta file", () => {
    const dir = copyStory(BARE_DIR);
    rmSync(join(dir, "meta.json"));
    expect(inspectStory(dir).problems.map(formatProblem)).toEqual(["meta.json: file is missing"]);
  });

  it("needs no quote record for words in quotation marks that nobody says", () => {
    expect(inspectStory(BARE_DIR).story?.quotes).toEqual([]);
  });

  it("rejects speech in straight quotation marks that no quote record holds", () => {
    const dir = copyStory(BARE_DIR);
    appendFileSync(
      join(dir, "article.txt"),
      '\nThe keeper wrote that "the fire could be seen from the open sea at night."\n',
    );
    expect(inspectStory(dir).problems.map(formatProblem)).toEqual([
      "quotes.json: the quotation in ¶4 has no quote record: “the fire could be seen from the open sea at night” (read as speech: attributed by “wrote”)",
    ]);
  });

  it("keeps a date as the article writes it, with or without a sortable key", () => {
    expect(
      problemsAfter("timeline.json", (timeline) => {
        timeline[0].asWritten = "the 880s";
        timeline[0].date = "0880";
        delete timeline[1].date;
      }),
    ).toEqual([]);
  });

  it("rejects a sortable date that is not one", () => {
    expect(
      problemsAfter("timeline.json", (timeline) => {
        timeline[0].date = "911";
      }),
    ).toEqual([
      'timeline.json, record "council-vote", field date: must be a sortable date: YYYY, YYYY-MM or YYYY-MM-DD (before year 1: -YYYY)',
    ]);
  });

  it("rejects a story folder whose name is not a story id", () => {
    const dir = join(copyStory(BARE_DIR), "..", "Bad Name");
    renameSync(join(dir, "..", "story"), dir);
    expect(inspectStory(dir).problems.map(formatProblem)).toEqual([
      '(folder name): "Bad Name" is not a story id: it must be lowercase letters, digits and hyphens',
    ]);
  });

  it("rejects a labelled question whose gold excerpt is not in the article", () => {
    const dir = copyStory(BARE_DIR);
    mkdirSync(join(dir, "questions"));
    writeFileSync(
      join(dir, "questions", "dev.json"),
      JSON.stringify([
        { q: "When was it built?", gold: ["in the 3rd century BC"], kind: "plain" },
        { q: "Who built it?", gold: ["built by Sostratus"], kind: "plain" },
      ]),
    );
    const story = loadStory(dir);
    expect(readQuestionSets(dir, story.article).problems.map(formatProblem)).toEqual([
      'questions/dev.json, record "#1", field gold: excerpt is not verbatim in the article: "built by Sostratus"',
    ]);
  });

  it("counts records still marked as drafts without calling them problems", () => {
    const dir = copyStory(FIXTURE_DIR);
    const path = join(dir, "qa.json");
    const qa = JSON.parse(readFileSync(path, "utf8"));
    qa[0].draft = true;
    qa[1].draft = true;
    writeFileSync(path, JSON.stringify(qa));
    expect(inspectStory(dir).problems).toEqual([]);
    const out = execFileSync("npx", ["tsx", "src/story/check-cli.ts", dir], { encoding: "utf8" });
    expect(out).toContain("drafts still unreviewed: 2 (qa.json 2)");
  });
});
