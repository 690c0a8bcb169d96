import { describe, expect, it } from "vitest";
import { aliasKey } from "../../../src/story/check.js";
import type { Entity } from "../../../src/story/schema.js";
import { drafted, draftOf, HISTORY_ARTICLE, NEWS_ARTICLE, SEED_ARTICLE } from "./drafts.js";

const entity = (entities: Entity[], id: string) => {
  const found = entities.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entity "${id}" among ${entities.map((e) => e.id).join(", ")}`);
  return found;
};
const seed = () => drafted(SEED_ARTICLE).records.entities;

describe("the drafted entities", () => {
  it("GIVEN a title before a name THEN the person's description is the title and the surname and title are aliases", () => {
    expect(entity(seed(), "lavrov")).toMatchObject({
      name: "Sergei Lavrov",
      kind: "person",
      description: { paragraph: 1, text: "Russian Foreign Minister" },
      aliases: expect.arrayContaining(["Lavrov", "Russian Foreign Minister"]),
      draft: true,
    });
  });

  it("GIVEN a lower-case title before a name THEN it is the person's description", () => {
    expect(entity(seed(), "dujarric").description).toEqual({
      paragraph: 7,
      text: "U.N. spokesman",
    });
    expect(entity(seed(), "abdel-rahman").aliases).toEqual(
      expect.arrayContaining(["Abdel Rahman"]),
    );
  });

  it("GIVEN a name with a particle or the Arabic article THEN its surname forms are aliases", () => {
    expect(entity(seed(), "de-mistura").aliases).toContain("de Mistura");
    expect(entity(seed(), "assad").aliases).toEqual(expect.arrayContaining(["al-Assad", "Assad"]));
  });

  it("GIVEN an acronym the article uses THEN it is an alias of the name it abbreviates", () => {
    expect(entity(seed(), "united-nations").aliases).toContain("U.N.");
    expect(entity(seed(), "syrian-observatory-for-human-rights").aliases).toEqual(
      expect.arrayContaining(["SOHR", "Observatory"]),
    );
  });

  it("GIVEN an apposition after a name THEN it is the description, verbatim with its paragraph", () => {
    expect(entity(seed(), "syrian-observatory-for-human-rights")).toMatchObject({
      kind: "organisation",
      description: { paragraph: 16, text: "a London-based war monitor" },
    });
    expect(entity(seed(), "tefft").description).toEqual({
      paragraph: 4,
      text: "U.S. ambassador to Russia",
    });
  });

  it("GIVEN a description that says what something is THEN it decides the kind", () => {
    expect(entity(seed(), "ahrar-al-sham")).toMatchObject({
      kind: "group",
      description: { paragraph: 11, text: "key rebel group" },
    });
    expect(entity(seed(), "tbs").kind).toBe("media");
    expect(entity(seed(), "hezbollah").kind).toBe("group");
    expect(entity(seed(), "wadi-barada").kind).toBe("place");
  });

  it("GIVEN 'changed its name from' THEN the former name is an alias, not an entity", () => {
    expect(entity(seed(), "fateh-al-sham").aliases).toContain("al-Nusra Front");
    expect(seed().some((candidate) => candidate.name === "al-Nusra Front")).toBe(false);
  });

  it("GIVEN 'the Islamist faction' after a group is named THEN it is that group's alias", () => {
    expect(entity(seed(), "ahrar-al-sham").aliases).toContain("Islamist faction");
    expect(drafted(SEED_ARTICLE).undecided.join("\n")).toContain('"Islamist faction"');
  });

  it("GIVEN a country's demonym in the article THEN it is the country's alias", () => {
    expect(entity(seed(), "russia").aliases).toContain("Russian");
  });

  it("GIVEN an adjective made from a name THEN it is no entity", () => {
    const names = seed().map((candidate) => candidate.name);
    expect(names).not.toContain("Kazakh");
    expect(names).not.toContain("Japanese");
  });

  it("GIVEN an alias two entities would share THEN neither keeps it and the report says so", () => {
    const draft = drafted(HISTORY_ARTICLE);
    const owners = new Map<string, string>();
    for (const candidate of draft.records.entities) {
      for (const name of [candidate.name, ...candidate.aliases]) {
        const key = aliasKey(name);
        expect(owners.get(key) ?? candidate.id).toBe(candidate.id);
        owners.set(key, candidate.id);
      }
    }
    expect(draft.undecided.join("\n")).toMatch(/alias "king" fits .*: dropped/u);
  });

  it("GIVEN 'Mayor Elena Marsh' and 'Director Omar Reyes' THEN each title is their description", () => {
    const entities = drafted(NEWS_ARTICLE).records.entities;
    expect(entity(entities, "marsh").description).toEqual({ paragraph: 1, text: "Mayor" });
    expect(entity(entities, "reyes").aliases).toEqual(["Reyes", "Director"]);
    expect(entity(entities, "harbour-gazette").kind).toBe("media");
  });

  it("GIVEN a kind drafting only guessed THEN the report says so", () => {
    const draft = draftOf("Officials met in Qarnath on Monday.");
    expect(draft.records.entities.map((candidate) => candidate.name)).toContain("Qarnath");
    expect(draft.undecided.join("\n")).toMatch(/entity "qarnath": kind "\w+" is a guess/u);
  });
});
