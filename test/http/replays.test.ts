// Interaction ids remembered against replays: within the window, bounded in memory.
import { describe, expect, it } from "vitest";
import { SeenInteractions } from "../../src/http/replays.js";

describe("SeenInteractions", () => {
  it("GIVEN an id seen once THEN a second delivery within the window is a replay", () => {
    const seen = new SeenInteractions(1000, 10, () => 0);
    expect(seen.first("a")).toBe(true);
    expect(seen.first("a")).toBe(false);
    expect(seen.first("b")).toBe(true);
  });

  it("GIVEN the window has passed THEN the id is forgotten (its signature is too old anyway)", () => {
    let now = 0;
    const seen = new SeenInteractions(1000, 10, () => now);
    seen.first("a");
    now = 1001;
    expect(seen.first("a")).toBe(true);
  });

  it("GIVEN more ids than it may hold THEN the oldest are forgotten first", () => {
    const seen = new SeenInteractions(1000, 2, () => 0);
    for (const id of ["a", "b", "c"]) seen.first(id);
    expect(seen.first("a")).toBe(true);
    expect(seen.first("c")).toBe(false);
  });
});
