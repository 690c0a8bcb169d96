// The moderators' loop end to end: the real discord.js client against the fake Discord, with a
// store behind the bot. Members ask; a moderator reads /gaps; votes and /forget-me go through
// real button clicks.
import { describe, expect, it } from "vitest";
import { FAKE_IDS } from "../fake-discord/server.js";
import { buttonsOf, startHarness, useHarness } from "./harness.js";

useHarness();

const UNANSWERED = "What colour is the negotiating table?";
const MODERATOR = { userId: FAKE_IDS.owner };

async function gapsText(fake: Awaited<ReturnType<typeof startHarness>>["fake"]): Promise<string> {
  const r = await fake.slash("gaps", [], MODERATOR);
  expect(r.ephemeral).toBe(true);
  return JSON.stringify((await r.reply()).embeds);
}

describe("GIVEN members ask through Discord what the story doesn't answer", () => {
  it("THEN /gaps lists the question with its count for a moderator, and survives a restart", async () => {
    const harness = await startHarness({ start: { cooldown: false } });
    for (let i = 0; i < 3; i++) {
      await harness.fake.slash("ask", [{ name: "question", value: UNANSWERED }]);
    }
    await harness.bot.service.flush();
    expect(await gapsText(harness.fake)).toContain("❓ 3×");
    await harness.restart();
    expect(await gapsText(harness.fake)).toContain("negotiating table");
  });

  it("THEN a member without Manage Messages is refused /gaps", async () => {
    const { fake } = await startHarness();
    const r = await fake.slash("gaps");
    expect(r.ephemeral).toBe(true);
    expect(JSON.stringify(await r.reply())).toContain("Manage Messages");
  });
});

describe("GIVEN a member clicks 👎 under an answer", () => {
  it("THEN the vote is acknowledged only to them and the answer appears in /gaps", async () => {
    const { fake, bot } = await startHarness();
    const answer = await fake.slash("ask", [
      { name: "question", value: "When do the talks start?" },
    ]);
    const down = (await buttonsOf(answer)).find((id) => id.endsWith(":down"));
    expect(down).toBeDefined();
    await bot.service.flush();
    const click = await fake.button(down ?? "", (await answer.reply()).id);
    expect(click.ephemeral).toBe(true);
    expect(JSON.stringify(await click.reply())).toContain("your vote is counted");
    expect(await gapsText(fake)).toContain("👎 1 · 👍 0");
  });
});

describe("GIVEN a member runs /forget-me and confirms", () => {
  it("THEN their recorded questions are deleted", async () => {
    const { fake, bot } = await startHarness();
    await fake.slash("ask", [{ name: "question", value: UNANSWERED }]);
    await bot.service.flush();
    const asked = await fake.slash("forget-me");
    expect(asked.ephemeral).toBe(true);
    const [confirm] = await buttonsOf(asked);
    const done = await fake.button(confirm ?? "", (await asked.reply()).id);
    expect(done.callback?.type).toBe(7);
    expect(JSON.stringify(done.original)).toContain("Deleted 1 question");
    expect(await gapsText(fake)).toContain("Nothing to review");
  });
});

describe("GIVEN a moderator sets the channel's story with /use-story", () => {
  it("THEN the channel's commands answer from it", async () => {
    const { fake } = await startHarness();
    const set = await fake.slash("use-story", [{ name: "story", value: "astana-talks" }], {
      userId: FAKE_IDS.owner,
    });
    expect(JSON.stringify(await set.reply())).toContain("This channel now follows");
    const stories = await fake.slash("stories");
    expect(JSON.stringify(await stories.reply())).toContain("(this channel)");
  });
});
