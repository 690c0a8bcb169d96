import { describe, expect, it } from "vitest";
import { findDates, inferYears } from "../../../src/story/draft/dates.js";
import { drafted, HISTORY_ARTICLE, NEWS_ARTICLE, SEED_ARTICLE } from "./drafts.js";

const keys = (text: string) =>
  inferYears(findDates(text)).map(({ asWritten, date }) => [asWritten, date]);

describe("the drafted timeline", () => {
  it("GIVEN 'Jan. 19' and a full date 'Dec. 30, 2016' THEN the year is the one nearest the full date", () => {
    expect(keys("It held since Dec. 30, 2016. Talks begin on Jan. 23 and Feb. 8.")).toEqual([
      ["Dec. 30, 2016", "2016-12-30"],
      ["Jan. 23", "2017-01-23"],
      ["Feb. 8", "2017-02-08"],
    ]);
  });

  it("GIVEN a month and day and no full date anywhere THEN the date is kept as written without a key", () => {
    const timeline = drafted(NEWS_ARTICLE).records.timeline;
    expect(timeline.find((event) => event.asWritten === "March 4")).not.toHaveProperty("date");
  });

  it("GIVEN centuries, decades, eras and years after 'in' or 'c.' THEN each gets a sortable key", () => {
    expect(
      keys(
        "In 38 BCE, in the early 9th century, in 831, by c. 1200, by the 1280s and from 1462 to 1488.",
      ),
    ).toEqual([
      ["38 BCE", "-0037"],
      ["early 9th century", "0800"],
      ["831", "0831"],
      ["c. 1200", "1200"],
      ["1280s", "1280"],
      ["from 1462 to 1488", "1462"],
    ]);
  });

  it("GIVEN counts such as 'roughly 200 towns' or '1,000 merchants' THEN they are no dates", () => {
    expect(keys("The league linked roughly 200 towns and housed about 1,000 merchants.")).toEqual(
      [],
    );
  });

  it("GIVEN the seed THEN every event is dated in order and cites its sentence", () => {
    const timeline = drafted(SEED_ARTICLE).records.timeline;
    expect(timeline.map((event) => event.date)).toEqual(
      [...timeline.map((event) => event.date)].sort(),
    );
    expect(timeline[0]).toMatchObject({
      asWritten: "Dec. 30, 2016",
      date: "2016-12-30",
      draft: true,
    });
    expect(drafted(SEED_ARTICLE).records.meta.eventDates).toEqual([
      { date: "2016-12-30", asWritten: "Dec. 30, 2016" },
      { date: "2017-01-18", asWritten: "Jan. 18" },
      { date: "2017-01-19", asWritten: "Jan. 19" },
      { date: "2017-01-23", asWritten: "Jan. 23" },
      { date: "2017-02-08", asWritten: "Feb. 8" },
    ]);
  });

  it("GIVEN a history text THEN its ancient dates come first", () => {
    const [first] = drafted(HISTORY_ARTICLE).records.timeline;
    expect(first).toMatchObject({ asWritten: "38 BCE", date: "-0037" });
  });
});
