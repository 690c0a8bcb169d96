// The moderators' store, specified once and run on SQLite and on PostgreSQL (PGlite).
import { afterEach, describe, expect, it } from "vitest";
import {
  MAX_RECORD_BATCH,
  MAX_RECORDED_QUESTION,
  type NewAsk,
  type Store,
} from "../../src/store/store.js";
import { DIALECTS } from "./support.js";

const DAY = 24 * 60 * 60 * 1000;
const GUILD = "1200000000000000001";
const OTHER_GUILD = "1200000000000000009";

let counter = 0;
function ask(overrides: Partial<NewAsk> = {}): NewAsk {
  counter++;
  return {
    id: `ask-${counter}`,
    story: "astana-talks",
    question: "What time do the talks start?",
    status: "not_found",
    answerIds: [],
    score: 0.2,
    latency_ms: 0.5,
    guild_id: GUILD,
    channel_id: "1200000000000000010",
    userId: "1200000000000000200",
    ...overrides,
  };
}

describe.each(DIALECTS)("the question store on %s", (_, makeStore) => {
  const open: Store[] = [];
  let clock = Date.parse("2026-11-01T12:00:00Z");
  const store = async (retentionDays = 90) => {
    const made = await makeStore({ retentionDays, now: () => new Date(clock) });
    open.push(made);
    return made;
  };
  afterEach(async () => {
    for (const made of open.splice(0)) await made.close();
    clock = Date.parse("2026-11-01T12:00:00Z");
  });

  describe("GIVEN many questions recorded at once", () => {
    it("THEN every one is written, also past one INSERT's worth", async () => {
      const s = await store();
      const many = Array.from({ length: MAX_RECORD_BATCH + 50 }, () => ask());
      await Promise.all(many.map((one) => s.recordAsk(one)));
      const rows = await s.db.selectFrom("asks").select("id").execute();
      expect(rows).toHaveLength(many.length);
    });

    it("THEN an interaction recorded twice (the same id) is kept once, without an error", async () => {
      const s = await store();
      const once = ask();
      await Promise.all([s.recordAsk(once), s.recordAsk(once)]);
      await s.recordAsk(once);
      expect(await s.db.selectFrom("asks").select("id").execute()).toHaveLength(1);
    });

    it("THEN a row that cannot be written costs only itself, not its batch", async () => {
      const s = await store();
      const good = ask();
      const bad = ask({ story: null as unknown as string });
      const [written, refused] = await Promise.allSettled([s.recordAsk(good), s.recordAsk(bad)]);
      expect(written.status).toBe("fulfilled");
      expect(refused.status).toBe("rejected");
      expect(await s.db.selectFrom("asks").select("id").execute()).toEqual([{ id: good.id }]);
    });

    it("THEN closing the store writes those still waiting for their batch", async () => {
      const s = await store();
      const waiting = s.recordAsk(ask());
      await s.close();
      await expect(waiting).resolves.toBeUndefined();
    });
  });

  describe("GIVEN questions the story did not answer", () => {
    it("THEN /gaps groups them by their folded text, with counts and the last time asked", async () => {
      const s = await store();
      await s.recordAsk(ask({ question: "What time do the talks start?" }));
      clock += 1000;
      await s.recordAsk(ask({ question: "what TIME do the talks start" }));
      await s.recordAsk(ask({ question: "Who pays for the hotel?" }));
      const { unanswered } = await s.gaps(GUILD, "astana-talks", 7);
      expect(unanswered).toEqual([
        {
          key: "what time do the talks start",
          example: "what TIME do the talks start",
          count: 2,
          lastAsked: new Date(clock).toISOString(),
        },
        expect.objectContaining({ example: "Who pays for the hotel?", count: 1 }),
      ]);
    });

    it("THEN answered questions, other servers, other stories and older days are left out", async () => {
      const s = await store();
      await s.recordAsk(ask({ status: "answered", answerIds: ["start-date"] }));
      await s.recordAsk(ask({ guild_id: OTHER_GUILD }));
      await s.recordAsk(ask({ story: "hanseatic-league" }));
      clock -= 8 * DAY;
      await s.recordAsk(ask());
      clock += 8 * DAY;
      expect((await s.gaps(GUILD, "astana-talks", 7)).unanswered).toEqual([]);
      expect((await s.gaps(GUILD, "astana-talks", 9)).unanswered).toHaveLength(1);
    });

    it("THEN the console's questions (no server) form a server of their own", async () => {
      const s = await store();
      await s.recordAsk(ask({ guild_id: null, channel_id: null }));
      expect((await s.gaps(null, "astana-talks", 7)).unanswered).toHaveLength(1);
      expect((await s.gaps(GUILD, "astana-talks", 7)).unanswered).toEqual([]);
    });
  });

  it("GIVEN a very long question THEN it is recorded cut to the cap", async () => {
    const s = await store();
    await s.recordAsk(ask({ question: "why ".repeat(1000) }));
    const [group] = (await s.gaps(GUILD, "astana-talks", 7)).unanswered;
    expect(group?.example.length).toBe(MAX_RECORDED_QUESTION);
  });

  it("GIVEN a member's question THEN the store holds a keyed hash, never the Discord id", async () => {
    const s = await store();
    await s.recordAsk(ask({ userId: "1200000000000000200" }));
    const rows = await s.db.selectFrom("asks").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain("1200000000000000200");
    expect(rows[0]?.user_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  describe("GIVEN votes on an answer", () => {
    it("THEN each member has one vote, which they may change", async () => {
      const s = await store();
      await s.recordAsk(ask({ id: "a1", status: "answered", answerIds: ["start-date"] }));
      expect(await s.vote("a1", "member-1", false)).toBe("recorded");
      expect(await s.vote("a1", "member-1", false)).toBe("unchanged");
      expect(await s.vote("a1", "member-1", true)).toBe("changed");
      expect(await s.vote("a1", "member-2", false)).toBe("recorded");
      expect((await s.gaps(GUILD, "astana-talks", 7)).unhelpful).toEqual([
        {
          askId: "a1",
          question: "What time do the talks start?",
          answerIds: ["start-date"],
          notHelpful: 1,
          helpful: 1,
        },
      ]);
    });

    it("THEN answers with only 👍 are not listed as unhelpful", async () => {
      const s = await store();
      await s.recordAsk(ask({ id: "a1", status: "answered", answerIds: ["start-date"] }));
      await s.vote("a1", "member-1", true);
      expect((await s.gaps(GUILD, "astana-talks", 7)).unhelpful).toEqual([]);
    });

    it("THEN a vote on an answer that was never recorded, or was not an answer, is refused", async () => {
      const s = await store();
      await s.recordAsk(ask({ id: "missed" }));
      expect(await s.vote("no-such-answer", "member-1", true)).toBe("unknown");
      expect(await s.vote("missed", "member-1", true)).toBe("unknown");
    });

    it("THEN a vote on an answer older than the retention period is refused", async () => {
      const s = await store(30);
      await s.recordAsk(ask({ id: "old", status: "answered", answerIds: ["start-date"] }));
      clock += 31 * DAY;
      expect(await s.vote("old", "member-1", true)).toBe("expired");
    });
  });

  describe("GIVEN a channel's story", () => {
    it("THEN it is kept, and a second choice replaces the first", async () => {
      const s = await store();
      expect(await s.channelStory("c1")).toBeUndefined();
      await s.setChannelStory("c1", GUILD, "astana-talks");
      await s.setChannelStory("c1", GUILD, "hanseatic-league");
      expect(await s.channelStory("c1")).toBe("hanseatic-league");
      expect(await s.channelStory("c2")).toBeUndefined();
    });
  });

  describe("GIVEN a member asks to be forgotten", () => {
    it("THEN their questions, their votes and the votes on their answers go; others' stay", async () => {
      const s = await store();
      await s.recordAsk(ask({ id: "mine", userId: "me", status: "answered", answerIds: ["x"] }));
      await s.recordAsk(ask({ id: "mine-2", userId: "me" }));
      await s.recordAsk(
        ask({ id: "theirs", userId: "them", status: "answered", answerIds: ["x"] }),
      );
      await s.vote("theirs", "me", false);
      await s.vote("mine", "them", false);
      await s.vote("theirs", "them", true);
      expect(await s.forgetUser("me")).toEqual({ questions: 2, votes: 2 });
      const asks = await s.db.selectFrom("asks").select("id").execute();
      expect(asks.map((row) => row.id)).toEqual(["theirs"]);
      expect(await s.db.selectFrom("votes").selectAll().execute()).toHaveLength(1);
    });
  });

  describe("GIVEN rows older than RETENTION_DAYS", () => {
    it("THEN pruning deletes them with their votes and keeps the rest", async () => {
      const s = await store(30);
      await s.recordAsk(ask({ id: "old", status: "answered", answerIds: ["x"] }));
      await s.vote("old", "member-1", false);
      clock += 31 * DAY;
      await s.recordAsk(ask({ id: "new" }));
      expect(await s.prune()).toEqual({ questions: 1, votes: 1 });
      const asks = await s.db.selectFrom("asks").select("id").execute();
      expect(asks.map((row) => row.id)).toEqual(["new"]);
    });
  });

  it("GIVEN the store is opened again THEN the migrations are not run twice and members hash the same", async () => {
    const s = await store();
    await s.recordAsk(ask({ userId: "member-1" }));
    const first = await s.userKey("member-1");
    const again = await s.ready();
    expect(again.hash("member-1")).toBe(first);
    const migrations = await s.db
      .selectFrom("kysely_migration" as never)
      .selectAll()
      .execute();
    expect(migrations).toHaveLength(1);
  });
});
