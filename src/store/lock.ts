import { type Kysely, sql } from "kysely";
import type { Logger } from "../log.js";
import type { Database } from "./schema.js";

/** Runs `run` alone for a key (a channel): no other run for the same key overlaps it. */
export type ChannelLock = <T>(key: string, run: () => Promise<T>) => Promise<T>;

/** The lock of a single process: runs for one key queue behind each other. */
export function processLock(): ChannelLock {
  const queues = new Map<string, Promise<void>>();
  return (key, run) => {
    const previous = queues.get(key) ?? Promise.resolve();
    const result = previous.then(run);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    queues.set(key, settled);
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return result;
  };
}

/**
 * A lock every process on one PostgreSQL database shares: a transaction-scoped advisory lock
 * on the key's hash, held while `run` runs. Runs in this process queue first, so that they
 * don't each hold a pooled connection while they wait. A database that cannot be reached
 * leaves the process lock alone in charge, with a warning: pinning still works.
 */
export function advisoryLock(db: Kysely<Database>, logger: Logger): ChannelLock {
  const local = processLock();
  return (key, run) =>
    local(key, async () => {
      let locked = false;
      try {
        return await db.transaction().execute(async (trx) => {
          await sql`select pg_advisory_xact_lock(hashtext(${`storybot:${key}`}))`.execute(trx);
          locked = true;
          return run();
        });
      } catch (error) {
        if (locked) throw error;
        logger.warn(
          { key, reason: (error as Error).message },
          "database lock unavailable: holding the lock in this process only",
        );
        return run();
      }
    });
}
