/**
 * The tables of the moderators' store, as Kysely sees them. Times are ISO 8601 UTC strings, so
 * they compare and sort the same way in SQLite and PostgreSQL.
 */
export interface AsksTable {
  /** The interaction's id (a console question gets a generated one). */
  id: string;
  story: string;
  /** The question as typed, capped at MAX_RECORDED_QUESTION characters. */
  question: string;
  /** The question folded for grouping: case, accents, punctuation and spacing removed. */
  question_key: string;
  status: "answered" | "not_found" | "error";
  /** The record or sentence ids the answer cited, as a JSON array. */
  answer_ids: string;
  score: number | null;
  latency_ms: number;
  guild_id: string | null;
  channel_id: string | null;
  /** HMAC-SHA256 of the Discord user id under the installation's secret; never the id. */
  user_hash: string;
  asked_at: string;
}

export interface VotesTable {
  ask_id: string;
  user_hash: string;
  /** 1 for 👍 Helpful, 0 for 👎 Not helpful. */
  helpful: number;
  voted_at: string;
}

export interface ChannelStoriesTable {
  channel_id: string;
  guild_id: string | null;
  story: string;
  set_at: string;
}

/** Per-installation values that must be the same for every process sharing the store. */
export interface InstallationTable {
  key: string;
  value: string;
}

export interface Database {
  asks: AsksTable;
  votes: VotesTable;
  channel_stories: ChannelStoriesTable;
  installation: InstallationTable;
}
