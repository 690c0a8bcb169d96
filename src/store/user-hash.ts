import { createHmac, randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

const SECRET_BYTES = 32;
const SECRET_KEY = "user-hash-secret";

/** Hashes Discord user ids with HMAC-SHA256 under the installation's secret: the store never holds an id. */
export class UserHasher {
  constructor(private readonly secret: Buffer) {}

  hash(userId: string): string {
    return createHmac("sha256", this.secret).update(userId).digest("hex");
  }
}

const freshSecret = () => randomBytes(SECRET_BYTES).toString("hex");

/**
 * The secret of a SQLite store: a file beside the database, made on first start, readable by
 * its owner only.
 */
export function secretFromFile(path: string): Buffer {
  if (!existsSync(path)) writeFileSync(path, `${freshSecret()}\n`, { mode: 0o600, flag: "wx" });
  return Buffer.from(readFileSync(path, "utf8").trim(), "hex");
}

/**
 * The secret of a shared store (PostgreSQL, or SQLite in memory): kept in the database itself,
 * so that every process sharing it hashes a member the same way. The first process to start
 * makes it; the others read it.
 */
export async function secretFromDatabase(db: Kysely<Database>): Promise<Buffer> {
  await db
    .insertInto("installation")
    .values({ key: SECRET_KEY, value: freshSecret() })
    .onConflict((conflict) => conflict.column("key").doNothing())
    .execute();
  const row = await db
    .selectFrom("installation")
    .select("value")
    .where("key", "=", SECRET_KEY)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.value, "hex");
}
