// What members asked survives a real restart: the bot process, as npm start runs it, on a SQLite
// file; stopped with SIGTERM, started again, and /gaps still counts the questions.
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FAKE_IDS, FakeDiscord } from "../fake-discord/server.js";
import { killTree, startBotProcess } from "./run.js";

let fake: FakeDiscord | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child) killTree(child);
  child = undefined;
  await fake?.close();
  fake = undefined;
});

async function stop(process: ChildProcess): Promise<number | null> {
  const exit = once(process, "exit") as Promise<[number | null]>;
  process.kill("SIGTERM");
  const [code] = await exit;
  return code;
}

describe("GIVEN unanswered questions asked through Discord and the bot restarted", () => {
  it("THEN /gaps lists them with the right counts", async () => {
    fake = await FakeDiscord.start({ logUnhandled: false });
    const env = {
      DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), "storybot-restart-")), "bot.sqlite")}`,
      E2E_NO_COOLDOWN: "1",
    };
    child = (await startBotProcess(fake, env)).child;
    for (const question of [
      "Who pays for the hotel?",
      "who pays for the hotel",
      "Is it snowing?",
    ]) {
      await fake.slash("ask", [{ name: "question", value: question }]);
    }
    expect(await stop(child)).toBe(0);

    child = (await startBotProcess(fake, env)).child;
    const r = await fake.slash("gaps", [], { userId: FAKE_IDS.owner });
    const text = JSON.stringify((await r.reply()).embeds);
    expect(text).toContain("3 unanswered questions in 2 groups");
    expect(text).toMatch(/❓ 2×[^"]*","value":"“who pays for the hotel”/);
    expect(await stop(child)).toBe(0);
    child = undefined;
  });
});
