import { describe, expect, it } from "vitest";
import { FAILURE_LOG_INTERVAL_MS, StoreHealth } from "../../src/store/health.js";
import { memoryLogger } from "../e2e/harness.js";

function health() {
  const { logger, logs } = memoryLogger();
  let now = 0;
  const tracker = new StoreHealth(logger, () => now);
  return { tracker, logs, advance: (ms: number) => (now += ms) };
}

describe("GIVEN the database fails on every interaction", () => {
  it("THEN the failure is logged once a minute with its reason and a count, not per interaction", () => {
    const { tracker, logs, advance } = health();
    for (let i = 0; i < 50; i++) {
      tracker.failed("record question", new Error("connect ECONNREFUSED 127.0.0.1:5432"));
      advance(1000);
    }
    advance(FAILURE_LOG_INTERVAL_MS);
    tracker.failed("record question", new Error("connect ECONNREFUSED 127.0.0.1:5432"));
    expect(logs.map((line) => [line.msg, line.failures])).toEqual([
      ["database unavailable: answering without recording", 1],
      ["database unavailable: answering without recording", 50],
    ]);
    expect(logs[0]).toMatchObject({ level: 50, reason: "connect ECONNREFUSED 127.0.0.1:5432" });
  });

  it("THEN the first success after it says recording has resumed", () => {
    const { tracker, logs } = health();
    tracker.failed("record question", new Error("disk I/O error"));
    tracker.succeeded();
    tracker.succeeded();
    expect(logs.map((line) => line.msg)).toEqual([
      "database unavailable: answering without recording",
      "database is back: recording resumed",
    ]);
  });
});
