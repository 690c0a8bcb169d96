import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from "kysely";
import { foldPhrase } from "../language/fold.js";
import { type ChannelLock, processLock } from "./lock.js";
import { migrate } from "./migrations.js";
import type { AsksTable, Database } from "./schema.js";
import { UserHasher } from "./user-hash.js";

/** A question longer than this is recorded cut to it (the matcher never reads more either). */
export const MAX_RECORDED_QUESTION = 500;
/** How long a recorded question waits for others to share its INSERT. */
export const RECORD_BATCH_MS = 10;
/** The most questions one INSERT writes (12 columns each: far below any bound-parameter limit). */
export const MAX_RECORD_BATCH = 200;
/** How many groups and answers /gaps reads at most: more than any page shows. */
export const MAX_GAP_ROWS = 200;

const DAY_MS = 24 * 60 * 60 * 1000;

/** One /ask as it is recorded; the time and the grouping key are the store's to set. */
export type NewAsk = Omit<AsksTable, "question_key" | "asked_at" | "answer_ids" | "user_hash"> & {
  answerIds: string[];
  /** The Discord user id: the store keeps only its keyed hash. */
  userId: string;
};

/** What a vote did: counted, changed from the member's earlier one, or refused and why. */
export type VoteOutcome = "recorded" | "changed" | "unchanged" | "unknown" | "expired";

/** Questions the story did not answer, grouped by their folded text. */
export interface UnansweredGroup {
  key: string;
  /** The question as it was last typed. */
  example: string;
  count: number;
  lastAsked: string;
}

/** An answer members voted on, with at least one 👎. */
export interface UnhelpfulAnswer {
  askId: string;
  question: string;
  answerIds: string[];
  notHelpful: number;
  helpful: number;
}

export interface Gaps {
  unanswered: UnansweredGroup[];
  unhelpful: UnhelpfulAnswer[];
}

export interface StoreOptions {
  retentionDays: number;
  /** Where the installation's secret for hashing user ids comes from (see user-hash.ts). */
  secret: (db: Kysely<Database>) => Promise<Buffer>;
  /** The clock, for tests of retention. */
  now?: () => Date;
  /** One pin flow at a time per channel: this process's own unless the database shares one. */
  channelLock?: ChannelLock;
  /** Closes what the lock holds (its own connections), after the store's. */
  onClose?: () => Promise<void>;
}

type AsksWhere = (eb: ExpressionBuilder<Database, "asks">) => Expression<SqlBool>;
type VotesWhere = (eb: ExpressionBuilder<Database, "votes">) => Expression<SqlBool>;

/** "This server": a guild id, or the console's questions, which have none (SQL `is null`). */
function inServer(guildId: string | null): AsksWhere {
  return (eb) =>
    guildId === null ? eb("asks.guild_id", "is", null) : eb("asks.guild_id", "=", guildId);
}

/** The folded text questions are grouped by, so that case, accents and punctuation don't split a group. */
export function questionKey(question: string): string {
  return foldPhrase(question);
}

/**
 * The one data-access module of the moderators' store, over SQLite or PostgreSQL through the same
 * Kysely queries: what members asked, their votes, and the story each channel follows.
 * "This server" is a guild id; the console's questions have none and form their own server.
 */
export class Store {
  private readonly now: () => Date;
  private preparing: Promise<UserHasher> | undefined;

  /** Holds a channel while a summary is posted and pinned there (see lock.ts). */
  readonly channelLock: ChannelLock;
  private readonly queued: {
    values: AsksTable;
    resolve: () => void;
    reject: (error: unknown) => void;
  }[] = [];
  private batchTimer: NodeJS.Timeout | undefined;
  /** Every recordAsk not yet settled: close() waits for them. */
  private readonly recording = new Set<Promise<void>>();

  constructor(
    readonly db: Kysely<Database>,
    private readonly options: StoreOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.channelLock = options.channelLock ?? processLock();
  }

  /**
   * Runs the migrations and reads the secret, once; every operation waits for it. A failure is
   * forgotten, so the next operation tries again (a database that was down at start is used once
   * it is back).
   */
  ready(): Promise<UserHasher> {
    this.preparing ??= (async () => {
      await migrate(this.db as Kysely<unknown>);
      return new UserHasher(await this.options.secret(this.db));
    })().catch((error: unknown) => {
      this.preparing = undefined;
      throw error;
    });
    return this.preparing;
  }

  /** A member's key in the store: the keyed hash of their Discord id. */
  async userKey(userId: string): Promise<string> {
    return (await this.ready()).hash(userId);
  }

  get retentionDays(): number {
    return this.options.retentionDays;
  }

  /** The oldest time still kept. */
  private cutoff(): string {
    return new Date(this.now().getTime() - this.options.retentionDays * DAY_MS).toISOString();
  }

  /**
   * Records one /ask; resolves once it is written. Questions recorded within RECORD_BATCH_MS of
   * each other are written by one INSERT (up to MAX_RECORD_BATCH rows): under load that is one
   * statement for many interactions instead of one each. An interaction recorded twice (the
   * same id) is kept once.
   */
  recordAsk(ask: NewAsk): Promise<void> {
    const recording = this.record(ask);
    this.recording.add(recording);
    void recording.then(
      () => this.recording.delete(recording),
      () => this.recording.delete(recording),
    );
    return recording;
  }

  private async record(ask: NewAsk): Promise<void> {
    const { answerIds, userId, ...row } = ask;
    const userHash = await this.userKey(userId);
    const question = row.question.slice(0, MAX_RECORDED_QUESTION);
    const values: AsksTable = {
      ...row,
      question,
      question_key: questionKey(question),
      user_hash: userHash,
      answer_ids: JSON.stringify(answerIds),
      asked_at: this.now().toISOString(),
    };
    return new Promise((resolve, reject) => {
      this.queued.push({ values, resolve, reject });
      if (this.queued.length >= MAX_RECORD_BATCH) void this.writeQueued();
      else this.batchTimer ??= setTimeout(() => void this.writeQueued(), RECORD_BATCH_MS);
    });
  }

  /** Writes the questions waiting for their batch; each learns whether it was written. */
  private async writeQueued(): Promise<void> {
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    const batch = this.queued.splice(0);
    if (batch.length === 0) return;
    try {
      await this.db
        .insertInto("asks")
        .values(batch.map((queued) => queued.values))
        .onConflict((conflict) => conflict.column("id").doNothing())
        .execute();
      for (const queued of batch) queued.resolve();
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      // One bad row must not cost the others: each is tried on its own.
      await Promise.all(
        batch.map(async (queued) => {
          try {
            await this.db
              .insertInto("asks")
              .values(queued.values)
              .onConflict((conflict) => conflict.column("id").doNothing())
              .execute();
            queued.resolve();
          } catch (alone) {
            queued.reject(alone);
          }
        }),
      );
    }
  }

  /** One vote per member per answer; a second vote replaces the first. */
  async vote(askId: string, userId: string, helpful: boolean): Promise<VoteOutcome> {
    const userHash = await this.userKey(userId);
    const ask = await this.db
      .selectFrom("asks")
      .select(["asked_at", "status"])
      .where("id", "=", askId)
      .executeTakeFirst();
    if (ask?.status !== "answered") return "unknown";
    if (ask.asked_at < this.cutoff()) return "expired";
    const value = helpful ? 1 : 0;
    return this.db.transaction().execute(async (trx) => {
      const earlier = await trx
        .selectFrom("votes")
        .select("helpful")
        .where("ask_id", "=", askId)
        .where("user_hash", "=", userHash)
        .executeTakeFirst();
      await trx
        .insertInto("votes")
        .values({
          ask_id: askId,
          user_hash: userHash,
          helpful: value,
          voted_at: this.now().toISOString(),
        })
        .onConflict((conflict) =>
          conflict.columns(["ask_id", "user_hash"]).doUpdateSet({
            helpful: value,
            voted_at: this.now().toISOString(),
          }),
        )
        .execute();
      if (!earlier) return "recorded";
      return earlier.helpful === value ? "unchanged" : "changed";
    });
  }

  /** What /gaps shows for a server and a story since a number of days ago. */
  async gaps(guildId: string | null, story: string, days: number): Promise<Gaps> {
    await this.ready();
    const since = new Date(this.now().getTime() - days * DAY_MS).toISOString();
    const unanswered = await this.db
      .selectFrom("asks")
      .select((eb) => [
        "question_key",
        eb.fn.count<number | string>("id").as("count"),
        eb.fn.max("asked_at").as("last_asked"),
      ])
      .where(inServer(guildId))
      .where("story", "=", story)
      .where("status", "=", "not_found")
      .where("asked_at", ">=", since)
      .groupBy("question_key")
      .orderBy("count", "desc")
      .orderBy("last_asked", "desc")
      .limit(MAX_GAP_ROWS)
      .execute();
    const examples = await this.latestWording(
      guildId,
      story,
      since,
      unanswered.map((group) => group.question_key),
    );
    const unhelpful = await this.db
      .selectFrom("votes")
      .innerJoin("asks", "asks.id", "votes.ask_id")
      .select((eb) => [
        "asks.id as ask_id",
        "asks.question as question",
        "asks.answer_ids as answer_ids",
        eb.fn.sum<number | string>(sql<number>`1 - votes.helpful`).as("not_helpful"),
        eb.fn.sum<number | string>("votes.helpful").as("helpful"),
      ])
      .where(inServer(guildId))
      .where("asks.story", "=", story)
      .where("asks.asked_at", ">=", since)
      .groupBy(["asks.id", "asks.question", "asks.answer_ids"])
      .having(sql<number>`sum(1 - votes.helpful)`, ">", 0)
      .orderBy("not_helpful", "desc")
      .orderBy("asks.id", "desc")
      .limit(MAX_GAP_ROWS)
      .execute();
    return {
      unanswered: unanswered.map((group) => ({
        key: group.question_key,
        example: examples.get(group.question_key) ?? group.question_key,
        count: Number(group.count),
        lastAsked: String(group.last_asked),
      })),
      unhelpful: unhelpful.map((row) => ({
        askId: row.ask_id,
        question: row.question,
        answerIds: JSON.parse(row.answer_ids) as string[],
        notHelpful: Number(row.not_helpful),
        helpful: Number(row.helpful),
      })),
    };
  }

  /** The most recent wording of each grouped question. */
  private async latestWording(
    guildId: string | null,
    story: string,
    since: string,
    keys: string[],
  ): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    const rows = await this.db
      .selectFrom("asks")
      .select(["question_key", "question", "asked_at"])
      .where(inServer(guildId))
      .where("story", "=", story)
      .where("status", "=", "not_found")
      .where("asked_at", ">=", since)
      .where("question_key", "in", keys)
      .orderBy("asked_at", "asc")
      .execute();
    return new Map(rows.map((row) => [row.question_key, row.question]));
  }

  async setChannelStory(channelId: string, guildId: string | null, story: string): Promise<void> {
    await this.ready();
    const setAt = this.now().toISOString();
    await this.db
      .insertInto("channel_stories")
      .values({ channel_id: channelId, guild_id: guildId, story, set_at: setAt })
      .onConflict((conflict) =>
        conflict.column("channel_id").doUpdateSet({ story, guild_id: guildId, set_at: setAt }),
      )
      .execute();
  }

  async channelStory(channelId: string): Promise<string | undefined> {
    await this.ready();
    const row = await this.db
      .selectFrom("channel_stories")
      .select("story")
      .where("channel_id", "=", channelId)
      .executeTakeFirst();
    return row?.story;
  }

  /**
   * Deletes a member's questions (with every vote on them) and their votes on other answers.
   * Counts what was deleted.
   */
  async forgetUser(userId: string): Promise<{ questions: number; votes: number }> {
    const userHash = await this.userKey(userId);
    return this.deleteAsks(
      (eb) => eb("asks.user_hash", "=", userHash),
      (eb) => eb("votes.user_hash", "=", userHash),
    );
  }

  /** Deletes questions (with their votes) older than the retention period. */
  async prune(): Promise<{ questions: number; votes: number }> {
    await this.ready();
    const cutoff = this.cutoff();
    return this.deleteAsks((eb) => eb("asks.asked_at", "<", cutoff));
  }

  /** Deletes the questions `asks` selects, every vote on them, and the votes `votes` selects. */
  private deleteAsks(
    asks: AsksWhere,
    votes?: VotesWhere,
  ): Promise<{ questions: number; votes: number }> {
    return this.db.transaction().execute(async (trx) => {
      const doomed = trx.selectFrom("asks").select("asks.id").where(asks);
      const deletedVotes = await trx
        .deleteFrom("votes")
        .where((eb) => {
          const onDoomed = eb("votes.ask_id", "in", doomed);
          return votes ? eb.or([onDoomed, votes(eb)]) : onDoomed;
        })
        .executeTakeFirst();
      const deletedAsks = await trx.deleteFrom("asks").where(asks).executeTakeFirst();
      return {
        questions: Number(deletedAsks.numDeletedRows),
        votes: Number(deletedVotes.numDeletedRows),
      };
    });
  }

  /** Closes the database once every question recorded so far is written. */
  async close(): Promise<void> {
    await this.writeQueued();
    await Promise.allSettled([...this.recording]);
    await this.db.destroy();
    await this.options.onClose?.();
  }
}
