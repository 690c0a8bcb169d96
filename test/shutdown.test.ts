// Signals: stop what runs, exit 0 within the deadline, a second signal at once.
import { describe, expect, it, vi } from "vitest";
import { handleShutdownSignals } from "../src/shutdown.js";
import { memoryLogger } from "./e2e/harness.js";

describe("handleShutdownSignals", () => {
  const signal = "SIGUSR2" as const;

  it("GIVEN a signal THEN it stops the bot and exits 0; the handlers can be removed", async () => {
    const { logger, logs } = memoryLogger();
    const exit = vi.fn();
    const stop = vi.fn(async () => {});
    const remove = handleShutdownSignals({ stop }, { logger, signals: [signal], exit });
    process.emit(signal, signal);
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
    expect(stop).toHaveBeenCalledTimes(1);
    expect(logs.map((line) => line.msg)).toEqual(["shutting down", "stopped"]);
    remove();
    expect(process.listenerCount(signal)).toBe(0);
  });

  it("GIVEN stopping hangs THEN it exits 0 at the deadline anyway; a second signal exits at once", async () => {
    const { logger } = memoryLogger();
    const exit = vi.fn();
    const stop = () => new Promise<void>(() => {});
    const remove = handleShutdownSignals(
      { stop },
      { logger, signals: [signal], exit, deadlineMs: 50 },
    );
    process.emit(signal, signal);
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
    process.emit(signal, signal);
    expect(exit).toHaveBeenCalledTimes(2);
    remove();
  });
});
