import { describe, expect, it } from "vitest";
import { compareDates } from "../../src/story/dates.js";
import {
  buttonId,
  customIds,
  expectVerbatim,
  fieldNames,
  fieldsOf,
  fixture,
  isEphemeral,
  quotedExcerpts,
  readable,
  run,
  STORIES,
  seed,
} from "./support.js";

describe.each(STORIES)("/timeline on the %s", (_, context) => {
  it("lists every dated event once, in date order", () => {
    const expected = [...context.story.timeline]
      .sort((a, b) => compareDates(a.date, b.date))
      .map((event) => `${event.asWritten}: ${event.event}`);
    expect(fieldNames(run(context, "timeline").reply)).toEqual(expected);
  });

  it("never shows a machine date, only dates as the article writes them", () => {
    expect(readable(run(context, "timeline").reply)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("cites every event with a block quote and its ¶", () => {
    for (const field of fieldsOf(run(context, "timeline").reply)) {
      expect(field.value, field.name).toMatch(/^> .+ \(¶\d+\)$/mu);
    }
  });

  it("cites only verbatim excerpts, and shows exactly the excerpts it cites", () => {
    const result = run(context, "timeline");
    expectVerbatim(context, result.citations);
    expect(quotedExcerpts(result.reply)).toEqual(result.citations);
  });

  it("offers Show ¶ buttons for cited paragraphs", () => {
    const cited = new Set(
      run(context, "timeline").citations.map((c) => buttonId(context, c.paragraph)),
    );
    const ids = customIds(run(context, "timeline").reply);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(cited.has(id)).toBe(true);
  });

  it("is visible to the channel", () => {
    expect(isEphemeral(run(context, "timeline").reply)).toBe(false);
  });
});

describe("/timeline on the seed story", () => {
  it("runs from the truce on Dec. 30, 2016 to Geneva on Feb. 8, with the talks on Jan. 23", () => {
    const dates = fieldNames(run(seed, "timeline").reply).map((name) => name.split(": ")[0]);
    expect(dates).toEqual([
      "Dec. 30, 2016",
      "Jan. 18",
      "Jan. 18",
      "Jan. 19",
      "Jan. 19",
      "Jan. 19",
      "Jan. 23",
      "Feb. 8",
    ]);
  });
});

describe("/timeline on the fixture story", () => {
  it("shows the vote on March 4 before construction on June 1", () => {
    expect(fieldNames(run(fixture, "timeline").reply)).toEqual([
      "March 4: The council votes for the bridge.",
      "June 1: Construction is due to start.",
    ]);
  });
});
