import type { Logger } from "../log.js";

/** A failing store is logged at most this often, however many interactions it fails. */
export const FAILURE_LOG_INTERVAL_MS = 60_000;

/**
 * How the store is doing, for the operators' log: the first failure is logged at once, later
 * ones at most once a minute with a count, and the first success after them says recording
 * has resumed. Interactions never wait on this or fail because of it.
 */
export class StoreHealth {
  private failures = 0;
  private unlogged = 0;
  private lastLogged = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
    /** Counts each failure (the metrics' database errors). */
    private readonly count: (operation: string) => void = () => {},
  ) {}

  failed(operation: string, error: unknown): void {
    this.count(operation);
    this.failures++;
    this.unlogged++;
    const now = this.now();
    if (now - this.lastLogged < FAILURE_LOG_INTERVAL_MS) return;
    this.logger.error(
      {
        operation,
        reason: error instanceof Error ? error.message : String(error),
        failures: this.unlogged,
      },
      "database unavailable: answering without recording",
    );
    this.lastLogged = now;
    this.unlogged = 0;
  }

  succeeded(): void {
    if (this.failures === 0) return;
    this.logger.info({ failures: this.failures }, "database is back: recording resumed");
    this.failures = 0;
    this.unlogged = 0;
    this.lastLogged = Number.NEGATIVE_INFINITY;
  }
}
