import { describe, expect, it } from "vitest";
import { drafted, draftOf, HISTORY_ARTICLE, NEWS_ARTICLE, SEED_ARTICLE } from "./drafts.js";

const statuses = (path: string) =>
  Object.fromEntries(drafted(path).records.attendance.map((entry) => [entry.party, entry.status]));

describe("the drafted attendance", () => {
  it("GIVEN 'Russia has invited the U.S.' THEN the U.S. is invited and Russia convenes", () => {
    expect(statuses(SEED_ARTICLE)).toMatchObject({ "u-s": "invited", russia: "convening" });
  });

  it("GIVEN 'X will attend the Astana talks' THEN X attends, and the talks are the gathering", () => {
    expect(statuses(SEED_ARTICLE)["de-mistura"]).toBe("attending");
    expect(drafted(SEED_ARTICLE).records.meta.gathering).toBe("the Astana talks");
  });

  it("GIVEN 'said it would not take part' THEN the party does not attend", () => {
    expect(statuses(SEED_ARTICLE)["ahrar-al-sham"]).toBe("not_attending");
    expect(statuses(NEWS_ARTICLE)["fishermen-union"]).toBe("not_attending");
  });

  it("GIVEN 'brokered by Turkey and Russia' THEN both convene", () => {
    expect(statuses(SEED_ARTICLE).turkey).toBe("convening");
  });

  it("GIVEN an attendance record THEN it cites its sentence whole", () => {
    const [entry] = drafted(NEWS_ARTICLE).records.attendance;
    expect(entry?.citations).toEqual([
      {
        paragraph: 3,
        text: "The Fishermen’s Union said it would not join the planning board because the bridge will block the old quay.",
      },
    ]);
  });

  it("GIVEN a text where nobody attends anything THEN there is no attendance and no gathering", () => {
    const draft = drafted(HISTORY_ARTICLE);
    expect(draft.records.attendance).toEqual([]);
    expect(draft.records.meta).not.toHaveProperty("gathering");
  });

  it("GIVEN 'was attended by nine towns' THEN the gathering itself is no party", () => {
    expect(
      draftOf("The Diet met in Lübeck and was attended by only nine towns.").records.attendance,
    ).toEqual([]);
  });

  it("GIVEN 'would not join the planning board' THEN the gathering is the planning board", () => {
    expect(drafted(NEWS_ARTICLE).records.meta.gathering).toBe("the planning board");
  });
});
