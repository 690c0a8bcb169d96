// PostgreSQL for the store's tests: PGlite (real PostgreSQL compiled to WASM) in-process, behind
// the small part of pg's Pool that Kysely's PostgresDialect uses. PGlite has one connection, so
// connections are handed out one at a time: a transaction never interleaves with another query.
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import type { Database } from "../../src/store/schema.js";

interface PoolClient {
  query(sql: string, parameters?: readonly unknown[]): Promise<unknown>;
  release(): void;
}

/**
 * Kysely over a PGlite database. `keepOpen`: destroying the Kysely instance leaves PGlite running
 * (a shared instance the test file closes itself).
 */
export function pgliteKysely(pglite = new PGlite(), { keepOpen = false } = {}): Kysely<Database> {
  let queue: Promise<void> = Promise.resolve();
  const client = (release: () => void): PoolClient => ({
    async query(sql, parameters) {
      const result = await pglite.query(sql, parameters as unknown[]);
      return {
        command: sql.trimStart().split(/\s/, 1)[0]?.toUpperCase(),
        rowCount: result.affectedRows ?? result.rows.length,
        rows: result.rows,
      };
    },
    release,
  });
  const pool = {
    connect(): Promise<PoolClient> {
      const turn = queue;
      let release = () => {};
      queue = new Promise((resolve) => {
        release = resolve;
      });
      return turn.then(() => client(release));
    },
    end: () => (keepOpen ? Promise.resolve() : pglite.close()),
  };
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: pool as never }),
  });
}
