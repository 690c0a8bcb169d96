import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CommandContext } from "../../src/interactions/contract.js";
import { Dispatcher } from "../../src/interactions/dispatch.js";
import { StoryLibrary } from "../../src/stories/library.js";
import type { Entity } from "../../src/story/schema.js";
import { copyStory, FIXTURE_DIR } from "../helpers.js";
import {
  commands,
  complete,
  embedOf,
  expectVerbatim,
  fieldNames,
  fieldsOf,
  fixture,
  isEphemeral,
  nameOf,
  quotedExcerpts,
  run,
  STORIES,
  seed,
} from "./support.js";

const LABEL = {
  convening: "convening",
  attending: "attending",
  invited: "invited, replies pending",
  not_attending: "not attending",
} as const;

function partyChoices(context: CommandContext, value: string): string[] {
  return complete(context, "who-attends", { name: "party", value }).map((choice) => choice.name);
}

describe("/who-attends on the seed story", () => {
  const reply = () => run(seed, "who-attends").reply;

  it("places the U.S. as invited, with replies pending", () => {
    expect(fieldNames(reply())).toContain("United States: invited, replies pending");
  });

  it("places the U.N. envoy de Mistura as attending", () => {
    expect(fieldNames(reply())).toContain("Staffan de Mistura: attending");
  });

  it("places Ahrar al-Sham as not attending", () => {
    expect(fieldNames(reply())).toContain("Ahrar al-Sham: not attending");
  });

  it("places Russia and Turkey as convening", () => {
    expect(fieldNames(reply())).toEqual(
      expect.arrayContaining(["Russia: convening", "Turkey: convening"]),
    );
  });

  it("places the Syrian government and the opposition as attending", () => {
    expect(fieldNames(reply())).toEqual(
      expect.arrayContaining(["Syrian government: attending", "Syrian opposition: attending"]),
    );
  });

  it("shows the pending replies in the U.S. entry's own excerpts (¶3)", () => {
    const us = fieldsOf(reply()).find((field) => field.name.startsWith("United States"));
    expect(us?.value).toContain(
      "> the participant list would only become clear after official replies (¶3)",
    );
  });

  it("names the party asked about in the title when narrowed", () => {
    const result = run(seed, "who-attends", { party: "U.S." });
    expect(embedOf(result.reply).title).toBe("Does United States attend?");
  });

  it.each([
    ["U.S.", "United States: invited, replies pending"],
    ["de Mistura", "Staffan de Mistura: attending"],
    ["the UN envoy", "Staffan de Mistura: attending"],
    ["Ahrar ash-Sham", "Ahrar al-Sham: not attending"],
    ["ahrar", "Ahrar al-Sham: not attending"],
    ["turkey", "Turkey: convening"],
    ["regime", "Syrian government: attending"],
  ])("narrows to one party with party:%s", (party, expected) => {
    const result = run(seed, "who-attends", { party });
    expect(result.status).toBe("answered");
    expect(fieldNames(result.reply)).toEqual([expected]);
  });

  it("narrows the citations to that party's excerpts", () => {
    const result = run(seed, "who-attends", { party: "Ahrar al-Sham" });
    expect(result.citations.map((c) => c.paragraph)).toEqual([11, 12]);
  });

  it("offers Ahrar al-Sham first when “ahr” is typed", () => {
    expect(partyChoices(seed, "ahr")[0]).toBe("Ahrar al-Sham");
  });

  it("offers de Mistura for a misspelt “mistrua”", () => {
    expect(partyChoices(seed, "mistrua")).toContain("Staffan de Mistura");
  });
});

describe("/who-attends on the fixture story", () => {
  it("places every party with its status", () => {
    expect(fieldNames(run(fixture, "who-attends").reply)).toEqual([
      "Portville city council: convening",
      "regional transport office: attending",
      "Fishermen’s Union: not attending",
    ]);
  });

  it("narrows to one party by alias", () => {
    const result = run(fixture, "who-attends", { party: "union" });
    expect(fieldNames(result.reply)).toEqual(["Fishermen’s Union: not attending"]);
  });
});

describe.each(STORIES)("/who-attends on the %s", (_, context) => {
  it("lists every party the story states a status for, once each", () => {
    const expected = context.story.attendance.map(
      (entry) => `${nameOf(context, entry.party)}: ${LABEL[entry.status]}`,
    );
    expect([...fieldNames(run(context, "who-attends").reply)].sort()).toEqual([...expected].sort());
  });

  it("lists parties convening first, then attending, invited and not attending", () => {
    const order = Object.values(LABEL);
    const ranks = fieldNames(run(context, "who-attends").reply).map((name) =>
      order.findIndex((label) => name.endsWith(`: ${label}`)),
    );
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("shows every party with at least one cited excerpt as a block quote with its ¶", () => {
    for (const field of fieldsOf(run(context, "who-attends").reply)) {
      expect(field.value, field.name).toMatch(/^> .+ \(¶\d+\)$/mu);
    }
  });

  it("cites only verbatim excerpts, and shows exactly the excerpts it cites", () => {
    const result = run(context, "who-attends");
    expectVerbatim(context, result.citations);
    expect(quotedExcerpts(result.reply)).toEqual(result.citations);
  });

  it("is visible to the channel", () => {
    expect(isEphemeral(run(context, "who-attends").reply)).toBe(false);
  });

  it("says the story does not say for a party it never mentions, naming the parties it does", () => {
    const result = run(context, "who-attends", { party: "Iran" });
    expect(result.status).toBe("not_found");
    expect(result.citations).toEqual([]);
    const description = embedOf(result.reply).description ?? "";
    expect(description).toContain("says nothing about whether that party attends");
    for (const entry of context.story.attendance) {
      expect(description).toContain(nameOf(context, entry.party));
    }
  });

  it("echoes the unknown party back under “You asked”", () => {
    const result = run(context, "who-attends", { party: "Iran" });
    expect(fieldsOf(result.reply)).toContainEqual({ name: "You asked", value: "Iran" });
  });

  it("refuses an empty party with an ephemeral error", () => {
    const result = run(context, "who-attends", { party: "  " });
    expect(result.status).toBe("error");
    expect(isEphemeral(result.reply)).toBe(true);
  });

  it("offers every party in autocomplete when nothing is typed", () => {
    expect([...partyChoices(context, "")].sort()).toEqual(
      context.story.attendance.map((entry) => nameOf(context, entry.party)).sort(),
    );
  });

  it("offers only parties in autocomplete, never other entities", () => {
    const parties = new Set(context.story.attendance.map((entry) => nameOf(context, entry.party)));
    for (const typed of ["a", "s", "the", "m", "o"]) {
      for (const name of partyChoices(context, typed)) expect(parties.has(name)).toBe(true);
    }
  });
});

describe("/who-attends with a party name two parties share", () => {
  const dir = copyStory(FIXTURE_DIR);
  const entitiesFile = join(dir, "entities.json");
  const entities: Entity[] = JSON.parse(readFileSync(entitiesFile, "utf8"));
  const union = entities.find((entity) => entity.id === "union");
  union?.aliases.push("Portville union");
  writeFileSync(entitiesFile, JSON.stringify(entities));
  const ambiguous = new Dispatcher(commands, StoryLibrary.load([dir]));

  it("asks which one is meant instead of guessing, naming both", () => {
    const result = ambiguous.run("who-attends", { party: "portville" });
    expect(result.status).toBe("not_found");
    expect(result.citations).toEqual([]);
    const { title, description } = embedOf(result.reply);
    expect(title).toBe("Which one?");
    expect(description).toContain("Portville city council");
    expect(description).toContain("Fishermen’s Union");
  });

  it("answers for the one party a whole name picks", () => {
    expect(ambiguous.run("who-attends", { party: "Portville union" }).status).toBe("answered");
  });
});
