import { existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SQLITE_FILE,
  describeStore,
  locateStore,
  openStore,
  StoreOpenError,
} from "../../src/store/open.js";
import { ROOT } from "../e2e/run.js";
import { silentLogger } from "./support.js";

const options = { retentionDays: 90, logger: silentLogger };
const tempFile = () => join(mkdtempSync(join(tmpdir(), "storybot-store-")), "bot.sqlite");

/** The error opening a store gives. */
async function openError(file: string): Promise<Error> {
  return openStore({ dialect: "sqlite", file }, options).then(
    () => {
      throw new Error("expected opening to fail");
    },
    (error: Error) => error,
  );
}

describe("locateStore (DATABASE_URL)", () => {
  it("GIVEN nothing set THEN the store is SQLite in var/ under the project", () => {
    expect(locateStore(undefined)).toEqual({ dialect: "sqlite", file: DEFAULT_SQLITE_FILE });
    expect(DEFAULT_SQLITE_FILE).toBe(join(ROOT, "var", "storybot.sqlite"));
  });

  it("GIVEN sqlite:<path> or sqlite::memory: THEN that file, or memory", () => {
    expect(locateStore("sqlite:/tmp/x.sqlite")).toEqual({
      dialect: "sqlite",
      file: "/tmp/x.sqlite",
    });
    expect(locateStore("sqlite::memory:")).toEqual({ dialect: "sqlite", memory: true });
  });

  it("GIVEN postgres:// THEN PostgreSQL, and the log shows the URL without its password", () => {
    const location = locateStore("postgres://bot:hunter2@127.0.0.1:5432/storybot");
    expect(location).toEqual({
      dialect: "postgres",
      url: "postgres://bot:hunter2@127.0.0.1:5432/storybot",
    });
    expect(describeStore(location)).toBe("postgres://bot:***@127.0.0.1:5432/storybot");
  });
});

describe("GIVEN a SQLite file that does not exist yet", () => {
  it("THEN opening creates it, and the secret beside it readable by its owner only", async () => {
    const file = tempFile();
    const store = await openStore({ dialect: "sqlite", file }, options);
    await store.close();
    expect(existsSync(file)).toBe(true);
    expect(statSync(`${file}.secret`).mode & 0o777).toBe(0o600);
  });

  it("THEN what was recorded is there after the store is opened again", async () => {
    const file = tempFile();
    const first = await openStore({ dialect: "sqlite", file }, options);
    await first.recordAsk({
      id: "a1",
      story: "astana-talks",
      question: "Who pays?",
      status: "not_found",
      answerIds: [],
      score: null,
      latency_ms: 1,
      guild_id: "g",
      channel_id: "c",
      userId: "u",
    });
    const key = await first.userKey("u");
    await first.close();
    const second = await openStore({ dialect: "sqlite", file }, options);
    expect((await second.gaps("g", "astana-talks", 1)).unanswered).toHaveLength(1);
    expect(await second.userKey("u")).toBe(key);
    await second.close();
  });
});

describe("GIVEN a SQLite file start-up cannot use", () => {
  it("THEN a file another process holds stops start-up with one line naming it and the way out", async () => {
    const file = tempFile();
    const holder = await openStore({ dialect: "sqlite", file }, options);
    const error = await openError(file);
    await holder.close();
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/in use by another process.*DATABASE_URL=sqlite:/);
    expect(error.message).not.toContain("\n");
  });

  it("THEN a corrupt file stops start-up with one line naming it and the way out", async () => {
    const file = tempFile();
    writeFileSync(file, "not a database ".repeat(200));
    const error = await openError(file);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/not a readable SQLite database.*move it aside/);
  });
});
