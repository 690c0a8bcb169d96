// The pin flow's per-channel lock: in one process, and across processes through PostgreSQL.
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { advisoryLock, processLock } from "../../src/store/lock.js";
import { memoryLogger } from "../e2e/harness.js";
import { pgliteKysely } from "./pglite.js";
import { Outage } from "./support.js";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs two holders of `lock` for one key at once and records when each starts and ends. */
async function overlapOf(lock: ReturnType<typeof processLock>, keys: [string, string]) {
  const events: string[] = [];
  const hold = (name: string, key: string) =>
    lock(key, async () => {
      events.push(`${name} starts`);
      await pause(20);
      events.push(`${name} ends`);
      return name;
    });
  const results = await Promise.all([hold("first", keys[0]), hold("second", keys[1])]);
  return { events, results };
}

describe("processLock", () => {
  it("GIVEN two runs for one channel THEN the second waits for the first", async () => {
    const { events, results } = await overlapOf(processLock(), ["channel", "channel"]);
    expect(events).toEqual(["first starts", "first ends", "second starts", "second ends"]);
    expect(results).toEqual(["first", "second"]);
  });

  it("GIVEN runs for two channels THEN they do not wait for each other", async () => {
    const { events } = await overlapOf(processLock(), ["one", "other"]);
    expect(events.slice(0, 2)).toEqual(["first starts", "second starts"]);
  });

  it("GIVEN a run that fails THEN the next one still runs", async () => {
    const lock = processLock();
    await expect(lock("c", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(lock("c", async () => "after")).resolves.toBe("after");
  });
});

describe("advisoryLock on PostgreSQL (PGlite)", () => {
  const pglite = new PGlite();
  afterAll(() => pglite.close());

  it("GIVEN a run for a channel THEN it holds the channel's advisory lock while it runs", async () => {
    const db = pgliteKysely(pglite, { keepOpen: true });
    const { logger } = memoryLogger();
    // PGlite is one session: asked directly, it shows the locks the transaction holds.
    const held = await advisoryLock(db, logger)("channel-1", async () => {
      const { rows } = await pglite.query<{ count: number }>(
        "select count(*)::int as count from pg_locks where locktype = 'advisory'",
      );
      return rows[0]?.count;
    });
    expect(held).toBe(1);
  });

  it("GIVEN the database is down THEN the run still happens, under the process lock, with a warning", async () => {
    const outage = new Outage();
    outage.down = true;
    const db = pgliteKysely(pglite, { keepOpen: true }).withPlugin(outage);
    const { logger, logs } = memoryLogger();
    await expect(advisoryLock(db, logger)("channel-1", async () => "pinned")).resolves.toBe(
      "pinned",
    );
    expect(logs.map((line) => line.msg)).toContain(
      "database lock unavailable: holding the lock in this process only",
    );
  });

  it("GIVEN the run itself fails THEN the failure is the run's, not a lock warning", async () => {
    const db = pgliteKysely(pglite, { keepOpen: true });
    const { logger, logs } = memoryLogger();
    await expect(
      advisoryLock(db, logger)("channel-1", () => Promise.reject(new Error("Discord said no"))),
    ).rejects.toThrow("Discord said no");
    expect(logs).toEqual([]);
  });
});
