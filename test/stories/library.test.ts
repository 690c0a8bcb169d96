import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StoryLibrary, UnknownStoryError } from "../../src/stories/library.js";
import type { Story } from "../../src/story/story.js";
import { BARE_DIR, copyStory, FIXTURE_DIR, SEED_DIR, seedStory } from "../helpers.js";

/** The seed story under another id, reporting events on other dates. */
function dated(id: string, ...dates: (string | undefined)[]): Story {
  return {
    ...seedStory,
    id,
    meta: {
      ...seedStory.meta,
      eventDates: dates.map((date) => ({ asWritten: "then", ...(date ? { date } : {}) })),
    },
  };
}

describe("GIVEN several story folders", () => {
  const library = StoryLibrary.load([SEED_DIR, FIXTURE_DIR, BARE_DIR]);

  it("THEN it loads every one of them, under its folder's name", () => {
    expect([...library.ids].sort()).toEqual(["astana-talks", "harbour-vote", "lighthouse-notes"]);
  });

  it("THEN the default story is the one whose meta carries the latest date", () => {
    expect(library.defaultStory.story.id).toBe("harbour-vote");
  });

  it("THEN it lists the stories newest first, undated ones last", () => {
    expect(library.ids).toEqual(["harbour-vote", "astana-talks", "lighthouse-notes"]);
  });

  it("THEN a command reads the story it asks for", () => {
    expect(library.choose("lighthouse-notes").story.id).toBe("lighthouse-notes");
  });

  it("THEN without a story asked for, a command reads the default story", () => {
    expect(library.choose(undefined, "1200000000000000010").story.id).toBe("harbour-vote");
  });

  it("THEN an unknown story id is refused with the ids there are", () => {
    expect(() => library.choose("no-such-story")).toThrow(UnknownStoryError);
    expect(() => library.choose("no-such-story")).toThrow(
      '"no-such-story" is not a story; the stories are: harbour-vote, astana-talks, lighthouse-notes',
    );
  });
});

describe("GIVEN a default story named by STORY", () => {
  it("THEN that story is the default, whatever its dates", () => {
    const library = StoryLibrary.load([SEED_DIR, FIXTURE_DIR], { defaultId: "astana-talks" });
    expect(library.defaultStory.story.id).toBe("astana-talks");
  });

  it("THEN a STORY that names no story stops the library with the ids there are", () => {
    expect(() => StoryLibrary.load([SEED_DIR], { defaultId: "nope" })).toThrow(
      '"nope" is not a story; the stories are: astana-talks',
    );
  });
});

describe("GIVEN stories whose latest dates tie", () => {
  it("THEN the default is the one whose id sorts first", () => {
    const library = new StoryLibrary([
      dated("b-story", "2017-01-19"),
      dated("a-story", "2017-01-19"),
    ]);
    expect(library.defaultStory.story.id).toBe("a-story");
  });

  it("THEN a later day beats a bare year of the same year", () => {
    const library = new StoryLibrary([dated("year", "2017"), dated("day", "2017-03-02")]);
    expect(library.defaultStory.story.id).toBe("day");
  });

  it("THEN any dated story beats one with no dates", () => {
    const library = new StoryLibrary([dated("a-undated"), dated("z-ancient", "-0300")]);
    expect(library.defaultStory.story.id).toBe("z-ancient");
  });
});

describe("GIVEN a channel that follows a story", () => {
  const library = StoryLibrary.load([SEED_DIR, FIXTURE_DIR]);

  it("THEN a command there reads the channel's story", () => {
    expect(library.choose(undefined, "astana-talks").story.id).toBe("astana-talks");
  });

  it("THEN a story asked for still wins over the channel's", () => {
    expect(library.choose("harbour-vote", "astana-talks").story.id).toBe("harbour-vote");
  });

  it("THEN a channel with no story reads the default story", () => {
    expect(library.choose(undefined, undefined).story.id).toBe("harbour-vote");
  });

  it("THEN a channel whose story is no longer served reads the default story", () => {
    expect(library.choose(undefined, "removed-story").story.id).toBe("harbour-vote");
  });
});

describe("GIVEN a broken story among good ones", () => {
  it("THEN loading stops with that story's problems", () => {
    const broken = copyStory(FIXTURE_DIR);
    writeFileSync(join(broken, "qa.json"), "{ not json");
    expect(() => StoryLibrary.load([SEED_DIR, broken])).toThrow(/qa\.json: not valid JSON/);
  });
});
