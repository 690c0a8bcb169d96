// The stores the specs run on: SQLite in memory and PostgreSQL (PGlite), each fresh, through the
// same Store the bot uses. Suites that touch the store run once per dialect.
import { PGlite } from "@electric-sql/pglite";
import SQLite from "better-sqlite3";
import {
  Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  SqliteDialect,
  type UnknownRow,
} from "kysely";
import pino from "pino";
import type { Dispatcher } from "../../src/interactions/dispatch.js";
import { Service } from "../../src/interactions/service.js";
import type { Logger } from "../../src/log.js";
import type { Database } from "../../src/store/schema.js";
import { Store, type StoreOptions } from "../../src/store/store.js";
import { secretFromDatabase } from "../../src/store/user-hash.js";
import { pgliteKysely } from "./pglite.js";

type Extra = Partial<Omit<StoreOptions, "secret">>;

/** Makes every query fail while `down` is true: a database that dies and comes back. */
export class Outage implements KyselyPlugin {
  down = false;

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.down) throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

export function sqliteStore({ outage, ...options }: Extra & { outage?: Outage } = {}): Store {
  const database = new SQLite(":memory:");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return new Store(outage ? db.withPlugin(outage) : db, {
    retentionDays: 90,
    secret: secretFromDatabase,
    ...options,
  });
}

// PGlite takes seconds to start: one instance per test file, emptied for each new store.
let shared: PGlite | undefined;

/** A fresh PostgreSQL store: the file's one PGlite, with every table of the last test dropped. */
export async function postgresStore(options: Extra = {}): Promise<Store> {
  shared ??= new PGlite();
  await shared.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  return new Store(pgliteKysely(shared, { keepOpen: true }), {
    retentionDays: 90,
    secret: secretFromDatabase,
    ...options,
  });
}

/** For `describe.each`: each dialect's name and a maker of fresh stores. */
export const DIALECTS: [string, (options?: Extra) => Promise<Store>][] = [
  ["SQLite", async (options) => sqliteStore(options)],
  ["PostgreSQL (PGlite)", postgresStore],
];

export const silentLogger: Logger = pino({ level: "silent" });

/** The service over a dispatcher with a fresh in-memory SQLite store. */
export function memoryService(dispatcher: Dispatcher, logger: Logger = silentLogger): Service {
  return new Service(dispatcher, sqliteStore(), logger);
}
