// What members asked survives a real restart: the bot process, as npm start runs it, on a SQLite
// file; stopped with SIGTERM, started again, and /gaps still counts the questions.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FAKE_IDS } from "../fake-discord/server.js";
import { botProcessTests, terminate } from "./bot-processes.js";

const { startFake, startBot } = botProcessTests();

describe("GIVEN unanswered questions asked through Discord and the bot restarted", () => {
  it("THEN /gaps lists them with the right counts", async () => {
    const fake = await startFake();
    const env = {
      DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), "storybot-restart-")), "bot.sqlite")}`,
      E2E_NO_COOLDOWN: "1",
    };
    const first = (await startBot(fake, env)).child;
    for (const question of [
      "Who pays for the hotel?",
      "who pays for the hotel",
      "Is it snowing?",
    ]) {
      await fake.slash("ask", [{ name: "question", value: question }]);
    }
    expect((await terminate(first)).code).toBe(0);

    const second = (await startBot(fake, env)).child;
    const r = await fake.slash("gaps", [], { userId: FAKE_IDS.owner });
    const text = JSON.stringify((await r.reply()).embeds);
    expect(text).toContain("3 unanswered questions in 2 groups");
    expect(text).toMatch(/❓ 2×[^"]*","value":"“who pays for the hotel”/);
    expect((await terminate(second)).code).toBe(0);
  });
});
