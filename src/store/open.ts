import { mkdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Logger } from "../log.js";
import { PROJECT_ROOT } from "../paths.js";
import { advisoryLock } from "./lock.js";
import type { Database } from "./schema.js";
import { Store } from "./store.js";
import { secretFromDatabase, secretFromFile } from "./user-hash.js";

/** With no DATABASE_URL: SQLite in var/ under the project, a folder git ignores. */
export const DEFAULT_SQLITE_FILE = join(PROJECT_ROOT, "var", "storybot.sqlite");
/** How long a SQLite write waits for a lock held by this process's own statements. */
const SQLITE_BUSY_TIMEOUT_MS = 1000;
/** How long a PostgreSQL connection attempt may take before the operation fails. */
const POSTGRES_CONNECT_TIMEOUT_MS = 2000;
const POSTGRES_POOL_SIZE = 5;
/**
 * The pin flow's channel locks have their own connections: each is held for a whole flow
 * (several Discord calls), which must not starve recording; a flow waits this long for one.
 */
const LOCK_POOL_SIZE = 4;
const LOCK_CONNECT_TIMEOUT_MS = 10_000;

export type StoreLocation =
  | { dialect: "sqlite"; file: string }
  | { dialect: "sqlite"; memory: true }
  | { dialect: "postgres"; url: string };

/** Where DATABASE_URL points (already checked for shape by the configuration). */
export function locateStore(databaseUrl: string | undefined): StoreLocation {
  if (databaseUrl === undefined) return { dialect: "sqlite", file: DEFAULT_SQLITE_FILE };
  if (databaseUrl.startsWith("sqlite:")) {
    const path = databaseUrl.slice("sqlite:".length);
    return path === ":memory:"
      ? { dialect: "sqlite", memory: true }
      : { dialect: "sqlite", file: path };
  }
  return { dialect: "postgres", url: databaseUrl };
}

/** The store could not be opened: one line naming the file and the way out. */
export class StoreOpenError extends Error {
  override name = "StoreOpenError";
}

/** A path as a person reads it: relative to where they are, where that is shorter. */
const shown = (file: string) => {
  const near = relative(process.cwd(), file);
  return near.length < file.length && !near.startsWith("..") ? near : file;
};

function explainSqlite(file: string, error: unknown): Error {
  const code = (error as { code?: string }).code;
  const name = shown(file);
  if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") {
    return new StoreOpenError(
      `${name} is in use by another process (another storybot?): stop it, or set DATABASE_URL=sqlite:<another file>; processes that share one store need PostgreSQL (DATABASE_URL=postgres://…)`,
    );
  }
  if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") {
    return new StoreOpenError(
      `${name} is not a readable SQLite database (corrupt?): move it aside to start with an empty store, or set DATABASE_URL=sqlite:<another file>`,
    );
  }
  if (code === "SQLITE_CANTOPEN" || code === "SQLITE_READONLY" || code === "EACCES") {
    return new StoreOpenError(
      `${name} cannot be opened for writing: check the folder's permissions, or set DATABASE_URL=sqlite:<another file>`,
    );
  }
  return error as Error;
}

/**
 * SQLite, one process per file: the file is locked exclusively, so a second bot on the same file
 * stops at start with a clear line instead of two processes writing one file.
 */
async function openSqlite(
  location: Extract<StoreLocation, { dialect: "sqlite" }>,
  retentionDays: number,
): Promise<Store> {
  const file = "file" in location ? location.file : ":memory:";
  let database: SQLite.Database;
  try {
    if ("file" in location) mkdirSync(dirname(location.file), { recursive: true });
    database = new SQLite(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  } catch (error) {
    throw explainSqlite(file, error);
  }
  const store = new Store(new Kysely<Database>({ dialect: new SqliteDialect({ database }) }), {
    retentionDays,
    secret:
      "file" in location
        ? async () => secretFromFile(`${location.file}.secret`)
        : secretFromDatabase,
  });
  try {
    database.pragma("locking_mode = EXCLUSIVE");
    database.pragma("journal_mode = WAL");
    await store.ready();
  } catch (error) {
    database.close();
    throw explainSqlite(file, error);
  }
  return store;
}

/**
 * PostgreSQL, shared by any number of processes. A server that is down at start is not fatal:
 * the bot answers without recording and the store catches up when the server is back.
 */
async function openPostgres(url: string, retentionDays: number, logger: Logger): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: POSTGRES_POOL_SIZE,
    connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
  });
  // An idle connection the server drops must not crash the process: the next query reconnects.
  pool.on("error", (error) => logger.warn({ reason: error.message }, "PostgreSQL connection lost"));
  const lockPool = new pg.Pool({
    connectionString: url,
    max: LOCK_POOL_SIZE,
    connectionTimeoutMillis: LOCK_CONNECT_TIMEOUT_MS,
  });
  lockPool.on("error", (error) =>
    logger.warn({ reason: error.message }, "PostgreSQL lock connection lost"),
  );
  const locks = new Kysely<Database>({ dialect: new PostgresDialect({ pool: lockPool }) });
  const store = new Store(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), {
    retentionDays,
    secret: secretFromDatabase,
    // Replicas share the database: two pinning in one channel still leave one summary pin.
    channelLock: advisoryLock(locks, logger),
    onClose: () => locks.destroy(),
  });
  try {
    await store.ready();
  } catch (error) {
    logger.error(
      { reason: (error as Error).message },
      "PostgreSQL is unreachable: answering without recording until it is back",
    );
  }
  return store;
}

/** Opens the store DATABASE_URL names, migrated to the latest version. */
export async function openStore(
  location: StoreLocation,
  options: { retentionDays: number; logger: Logger },
): Promise<Store> {
  return location.dialect === "postgres"
    ? openPostgres(location.url, options.retentionDays, options.logger)
    : openSqlite(location, options.retentionDays);
}

/** Where the store is, for the start-up log line; a PostgreSQL URL without its password. */
export function describeStore(location: StoreLocation): string {
  if (location.dialect === "postgres") {
    const url = new URL(location.url);
    url.password = url.password ? "***" : "";
    return url.toString();
  }
  return "file" in location ? `sqlite:${shown(location.file)}` : "sqlite::memory:";
}
