import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";

/**
 * The store's versioned migrations, applied in name order at start. A migration, once released,
 * is never edited: a change to the tables is a new entry.
 */
const MIGRATIONS: Record<string, Migration> = {
  "001_questions_votes_channels": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("asks")
        .addColumn("id", "text", (column) => column.primaryKey())
        .addColumn("story", "text", (column) => column.notNull())
        .addColumn("question", "text", (column) => column.notNull())
        .addColumn("question_key", "text", (column) => column.notNull())
        .addColumn("status", "text", (column) => column.notNull())
        .addColumn("answer_ids", "text", (column) => column.notNull())
        .addColumn("score", "real")
        .addColumn("latency_ms", "real", (column) => column.notNull())
        .addColumn("guild_id", "text")
        .addColumn("channel_id", "text")
        .addColumn("user_hash", "text", (column) => column.notNull())
        .addColumn("asked_at", "text", (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex("asks_by_guild_story")
        .on("asks")
        .columns(["guild_id", "story", "status", "asked_at"])
        .execute();
      await db.schema.createIndex("asks_by_user").on("asks").column("user_hash").execute();
      await db.schema.createIndex("asks_by_time").on("asks").column("asked_at").execute();

      await db.schema
        .createTable("votes")
        .addColumn("ask_id", "text", (column) => column.notNull())
        .addColumn("user_hash", "text", (column) => column.notNull())
        .addColumn("helpful", "integer", (column) => column.notNull())
        .addColumn("voted_at", "text", (column) => column.notNull())
        .addPrimaryKeyConstraint("votes_one_per_member", ["ask_id", "user_hash"])
        .execute();
      await db.schema.createIndex("votes_by_user").on("votes").column("user_hash").execute();

      await db.schema
        .createTable("channel_stories")
        .addColumn("channel_id", "text", (column) => column.primaryKey())
        .addColumn("guild_id", "text")
        .addColumn("story", "text", (column) => column.notNull())
        .addColumn("set_at", "text", (column) => column.notNull())
        .execute();

      await db.schema
        .createTable("installation")
        .addColumn("key", "text", (column) => column.primaryKey())
        .addColumn("value", "text", (column) => column.notNull())
        .execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the store's tables up to date; throws with the failing migration's error. */
export async function migrate(db: Kysely<unknown>): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error;
  return (results ?? [])
    .filter((result) => result.status === "Success")
    .map((result) => result.migrationName);
}
