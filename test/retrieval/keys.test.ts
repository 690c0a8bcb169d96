import { describe, expect, it } from "vitest";
import { KeyTable } from "../../src/retrieval/keys.js";

describe("the table of concept keys", () => {
  it("gives a name one id, the same each time", () => {
    const keys = new KeyTable();
    expect(keys.id("invit")).toBe(keys.id("invit"));
    expect(keys.name(keys.id("invit"))).toBe("invit");
  });

  it("once sealed, adds nothing for the words only questions use", () => {
    const keys = new KeyTable();
    const story = keys.id("invit");
    keys.seal();
    for (let word = 0; word < 50_000; word++) keys.id(`typed${word}`);
    expect(keys.find("typed1")).toBeUndefined();
    expect(keys.find("invit")).toBe(story);
  });

  it("once sealed, still tells apart and names the words of one question", () => {
    const keys = new KeyTable();
    keys.seal();
    const [a, b] = [keys.id("zebra"), keys.id("yak")];
    expect(a).not.toBe(b);
    expect(keys.name(a)).toBe("zebra");
  });
});
