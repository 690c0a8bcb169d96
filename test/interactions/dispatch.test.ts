import { describe, expect, it } from "vitest";
import { Dispatcher } from "../../src/interactions/dispatch.js";
import { StoryLibrary } from "../../src/stories/library.js";
import {
  commands,
  embedOf,
  fixture,
  isEphemeral,
  seed,
  unescapeMarkdown,
} from "../commands/support.js";
import { BARE_DIR, FIXTURE_DIR, SEED_DIR } from "../helpers.js";

/** Three stories side by side; the fixture carries the latest date, so it is the default. */
const dispatcher = new Dispatcher(commands, StoryLibrary.load([SEED_DIR, FIXTURE_DIR, BARE_DIR]));

const STORY_COMMANDS = [
  "ask",
  "quote",
  "who-attends",
  "summary",
  "pin-summary",
  "timeline",
  "source",
];

describe("GIVEN several stories", () => {
  it.each(STORY_COMMANDS)(
    "THEN /%s takes an optional story option offered by autocomplete",
    (name) => {
      const option = commands
        .get(name)
        ?.data.toJSON()
        .options?.find((candidate) => candidate.name === "story");
      expect(option).toMatchObject({ type: 3, autocomplete: true });
      expect(option && "required" in option && option.required).toBeFalsy();
    },
  );

  it("THEN a question with story: is answered from that story, and the result names it", () => {
    const result = dispatcher.run("quote", { speaker: "assad", story: seed.story.id });
    expect(result.status).toBe("answered");
    expect(result.story).toBe(seed.story.id);
  });

  it("THEN a question without story: is answered from the default story", () => {
    const result = dispatcher.run("quote", { speaker: "marsh" });
    expect(result.story).toBe(fixture.story.id);
    expect(result.status).toBe("answered");
  });

  it("THEN every reply's footer names the story it comes from", () => {
    for (const [name, options] of [
      ["ask", { question: "When do the talks start?" }],
      ["quote", { speaker: "assad" }],
      ["timeline", {}],
      ["source", {}],
    ] as const) {
      const footer = embedOf(dispatcher.run(name, { ...options, story: seed.story.id }).reply)
        .footer?.text;
      expect(footer, name).toContain(seed.story.meta.title);
      expect(footer, name).toContain(seed.story.id);
    }
  });

  it("THEN an unknown story gets an ephemeral error that lists the stories", () => {
    const result = dispatcher.run("ask", { question: "when?", story: "no-such-story" });
    expect(result.status).toBe("error");
    expect(isEphemeral(result.reply)).toBe(true);
    expect(unescapeMarkdown(result.reply.content ?? "")).toBe(
      "There is no story “no-such-story”. The stories are: harbour-vote, astana-talks, lighthouse-notes (see /stories).",
    );
    expect(result.story).toBeUndefined();
  });

  it("THEN a command that reads no story names none", () => {
    expect(dispatcher.run("help", {}).story).toBeUndefined();
    expect(dispatcher.run("stories", {}).story).toBeUndefined();
  });

  it("THEN autocomplete of story offers every story by title, with its id as the value", () => {
    const choices = dispatcher.autocomplete("ask", {}, { name: "story", value: "" });
    expect(choices.map((choice) => choice.value)).toEqual([
      "harbour-vote",
      "astana-talks",
      "lighthouse-notes",
    ]);
    expect(choices[1]?.name).toBe(`${seed.story.meta.title} (astana-talks)`);
  });

  it("THEN autocomplete of story narrows to titles holding what is typed", () => {
    const choices = dispatcher.autocomplete("quote", {}, { name: "story", value: "syria" });
    expect(choices.map((choice) => choice.value)).toEqual(["astana-talks"]);
  });

  it("THEN autocomplete of other options follows the story chosen", () => {
    const speakers = (story?: string) =>
      dispatcher
        .autocomplete("quote", story ? { story } : {}, { name: "speaker", value: "" })
        .map((choice) => choice.value);
    expect(speakers(seed.story.id)).toContain("Bashar al-Assad");
    expect(speakers()).toContain("Elena Marsh");
    expect(speakers()).not.toContain("Bashar al-Assad");
  });

  it("THEN autocomplete reads no more of a value than the option accepts", () => {
    const atLimit = `lav${" ".repeat(97)}`;
    const past = `${atLimit}${"zzzz ".repeat(2000)}`;
    const choices = (value: string) =>
      dispatcher.autocomplete("quote", { story: "astana-talks" }, { name: "speaker", value });
    expect(choices(atLimit).length).toBeGreaterThan(0);
    expect(choices(past)).toEqual(choices(atLimit));
  });

  it("THEN autocomplete while the story typed names no story offers nothing", () => {
    expect(
      dispatcher.autocomplete("quote", { story: "astana-tal" }, { name: "speaker", value: "" }),
    ).toEqual([]);
  });

  it("THEN /stories lists each story's title, id and paragraph count, and the one this channel follows", () => {
    const embed = embedOf(dispatcher.run("stories", {}).reply);
    expect(embed.fields?.map((field) => [field.name, field.value])).toEqual([
      ["Portville votes for a harbour bridge (this channel)", "id: harbour-vote · 5 paragraphs"],
      ["Russia invites the U.S. to the Syria talks in Astana", "id: astana-talks · 22 paragraphs"],
      ["Notes on the Pharos of Alexandria", "id: lighthouse-notes · 3 paragraphs"],
    ]);
    expect(embed.description).toContain(
      "This channel follows “Portville votes for a harbour bridge”",
    );
  });
});

describe("GIVEN a story with no quotes, no attendance, no timeline and no summary", () => {
  const bare = { story: "lighthouse-notes" };

  it.each([
    ["who-attends", {}, "This story reports no gathering."],
    ["quote", { speaker: "anyone" }, "This story quotes no one."],
    ["timeline", {}, "This story reports no dated events."],
    ["summary", {}, "This story has no summary yet."],
  ] as const)("THEN /%s says so in one line and points to /ask", (name, options, line) => {
    const result = dispatcher.run(name, { ...options, ...bare });
    expect(result.status).toBe("not_found");
    expect(embedOf(result.reply).title).toBe(line);
    expect(embedOf(result.reply).description).toContain("/ask");
  });

  it("THEN /source says the dateline and photo credit are not stated", () => {
    const fields = embedOf(dispatcher.run("source", bare).reply).fields ?? [];
    expect(fields.find((field) => field.name === "Dateline")?.value).toBe(
      "not stated in the article",
    );
    expect(fields.some((field) => field.name === "Dates of the events reported")).toBe(false);
  });
});
