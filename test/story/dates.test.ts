import { describe, expect, it } from "vitest";
import { compareDates, latestDate } from "../../src/story/dates.js";

const sorted = (keys: (string | undefined)[]) => [...keys].sort(compareDates);

describe("ordering dates kept as sortable keys", () => {
  it("orders years before the common era before later ones", () => {
    expect(sorted(["0911", "-0300", "0880"])).toEqual(["-0300", "0880", "0911"]);
  });

  it("puts a bare year before the months and days of that year", () => {
    expect(sorted(["2017-01-19", "2017", "2016-12-30", "2017-01"])).toEqual([
      "2016-12-30",
      "2017",
      "2017-01",
      "2017-01-19",
    ]);
  });

  it("puts events with no date after the dated ones", () => {
    expect(sorted([undefined, "1356", undefined, "0911"])).toEqual([
      "0911",
      "1356",
      undefined,
      undefined,
    ]);
  });

  it("finds the latest of some dates, ignoring missing ones", () => {
    expect(latestDate([null, "2017-01-19", undefined, "2016-12-30"])).toBe("2017-01-19");
    expect(latestDate([null, undefined])).toBeUndefined();
  });
});
