// The service: the pure commands with the moderators' store behind them, as every adapter uses it.
import { PermissionFlagsBits as P } from "discord.js";
import { describe, expect, it } from "vitest";
import type { Invoker } from "../../src/interactions/contract.js";
import { Service } from "../../src/interactions/service.js";
import type { Store } from "../../src/store/store.js";
import { GAPS_PER_PAGE } from "../../src/views/gaps.js";
import {
  customIds,
  dispatcher,
  embedOf,
  fieldsOf,
  isEphemeral,
  readable,
  seed,
} from "../commands/support.js";
import { memoryLogger } from "../e2e/harness.js";
import { Outage, sqliteStore } from "../store/support.js";

const GUILD = "1200000000000000001";
const CHANNEL = "1200000000000000010";
const MEMBER: Invoker = {
  guildId: GUILD,
  channelId: CHANNEL,
  userId: "1200000000000000200",
  memberPermissions: P.SendMessages,
};
const MODERATOR: Invoker = {
  ...MEMBER,
  userId: "1200000000000000300",
  memberPermissions: P.ManageMessages | P.ManageChannels,
};
const ANSWERED = "When do the talks start?";
const UNANSWERED = "What colour is the negotiating table?";

function service(outage?: Outage) {
  const { logger, logs } = memoryLogger();
  const store = sqliteStore(outage ? { outage } : {});
  return { service: new Service(dispatcher, store, logger), store, logs };
}

/** Makes every recording take a while, as on a busy database. */
function slowRecording(store: Store, ms = 30): void {
  const record = store.recordAsk.bind(store);
  store.recordAsk = async (ask) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await record(ask);
  };
}

let asks = 0;
/** Asks as a member, each under a fresh interaction id, and waits for the recording. */
async function ask(target: Service, question: string, invoker: Invoker = MEMBER) {
  asks++;
  const result = await target.command(
    "ask",
    { question, story: seed.story.id },
    { ...invoker, askId: `1300000000000${String(asks).padStart(6, "0")}` },
  );
  await target.flush();
  return result;
}

const gaps = (target: Service, invoker: Invoker = MODERATOR) =>
  target.command("gaps", { story: seed.story.id }, invoker);

describe("GIVEN a member asks a question", () => {
  it("THEN the answer is recorded: story, question, status, what answered, score, latency, where and when", async () => {
    const { service: s, store } = service();
    await ask(s, ANSWERED);
    const [row] = await store.db.selectFrom("asks").selectAll().execute();
    expect(row).toMatchObject({
      story: seed.story.id,
      question: ANSWERED,
      status: "answered",
      guild_id: GUILD,
      channel_id: CHANNEL,
    });
    expect(JSON.parse(row?.answer_ids ?? "[]")).not.toHaveLength(0);
    expect(row?.score).toBeGreaterThan(0);
    expect(row?.latency_ms).toBeGreaterThan(0);
    expect(row?.user_hash).not.toContain(MEMBER.userId);
  });

  it("THEN an answer carries 👍 Helpful and 👎 Not helpful beside its Show ¶N buttons", async () => {
    const { service: s } = service();
    const result = await ask(s, ANSWERED);
    const ids = customIds(result.reply);
    expect(ids.some((id) => id.startsWith("paragraph:"))).toBe(true);
    expect(ids.filter((id) => id.startsWith("vote:"))).toHaveLength(2);
  });

  it("THEN a question in several parts is recorded too, and its answer carries the vote buttons", async () => {
    const { service: s, store } = service();
    const result = await ask(s, "When do the talks start, and how many died in Wadi Barada?");
    expect(embedOf(result.reply).title).toBe("Your question, part by part");
    expect(customIds(result.reply).filter((id) => id.startsWith("vote:"))).toHaveLength(2);
    const [row] = await store.db.selectFrom("asks").selectAll().execute();
    expect(row).toMatchObject({ status: "answered" });
    expect(JSON.parse(row?.answer_ids ?? "[]")).not.toHaveLength(0);
  });

  it("THEN a question that is only a mention is recorded as an error", async () => {
    const { service: s, store } = service();
    await ask(s, "<@1200000000000000100>");
    const [row] = await store.db.selectFrom("asks").select("status").execute();
    expect(row?.status).toBe("error");
  });
});

describe("GIVEN questions the story could not answer", () => {
  it("THEN /gaps shows them to a moderator, grouped, with counts and the nearest curated question", async () => {
    const { service: s } = service();
    await ask(s, UNANSWERED);
    await ask(s, "what colour is the negotiating table");
    await ask(s, ANSWERED);
    const result = await gaps(s);
    expect(result.status).toBe("answered");
    expect(isEphemeral(result.reply)).toBe(true);
    const [group] = fieldsOf(result.reply);
    expect(group?.name).toMatch(/^❓ 2× /);
    expect(group?.value).toContain("negotiating table");
    expect(group?.value).toMatch(/nearest curated question: “.+”/);
    expect(fieldsOf(result.reply)).toHaveLength(1);
  });

  it("THEN /gaps right after the questions counts them all, even while they are still being written", async () => {
    const { service: s, store } = service();
    slowRecording(store);
    for (const askId of ["1300000000000900001", "1300000000000900002"]) {
      await s.command("ask", { question: UNANSWERED, story: seed.story.id }, { ...MEMBER, askId });
    }
    expect(fieldsOf((await gaps(s)).reply)[0]?.name).toMatch(/^❓ 2× /);
  });

  it("THEN in the console /gaps is a plain table", async () => {
    const { service: s } = service();
    await ask(s, UNANSWERED, { channelId: "console" });
    const result = await s.command("gaps", { story: seed.story.id }, { channelId: "console" });
    expect(result.tables?.[0]?.rows).toEqual([
      [
        expect.any(String) as string,
        expect.any(String) as string,
        UNANSWERED,
        expect.any(String) as string,
      ],
    ]);
  });

  it("THEN more groups than a page holds are paged with buttons that show the next page", async () => {
    const { service: s } = service();
    for (let i = 0; i < GAPS_PER_PAGE + 2; i++)
      await ask(s, `Is there a rule number ${i} for the hall?`);
    const first = await gaps(s);
    expect(embedOf(first.reply).description).toContain("Page 1 of 2");
    const next = customIds(first.reply).find((id) => id.startsWith("gaps:") && id.endsWith(":1"));
    const second = await s.button(next ?? "", MODERATOR);
    expect(second.update).toBe(true);
    expect(embedOf(second.reply).description).toContain("Page 2 of 2");
    expect(fieldsOf(second.reply)).toHaveLength(2);
  });

  it("THEN a member without Manage Messages is refused, by the command and by its page buttons", async () => {
    const { service: s } = service();
    const refused = await gaps(s, MEMBER);
    expect(refused).toMatchObject({ status: "error", reason: "missing permission" });
    expect(readable(refused.reply)).toContain("Manage Messages");
    const page = await s.button(`gaps:${seed.story.id}:30:1`, MEMBER);
    expect(page).toMatchObject({ status: "error", reason: "missing permission" });
  });
});

describe("GIVEN a member votes on an answer", () => {
  const voteIds = async (s: Service) =>
    customIds((await ask(s, ANSWERED)).reply).filter((id) => id.startsWith("vote:"));

  it("THEN the vote is acknowledged only to them, and 👎 answers show in /gaps with the question", async () => {
    const { service: s } = service();
    const [, down] = await voteIds(s);
    const ack = await s.button(down ?? "", MEMBER);
    expect(ack.status).toBe("answered");
    expect(isEphemeral(ack.reply)).toBe(true);
    const listed = fieldsOf((await gaps(s)).reply);
    expect(listed.at(-1)?.name).toBe("👎 1 · 👍 0");
    expect(listed.at(-1)?.value).toContain(ANSWERED);
  });

  it("THEN a vote cast while its answer is still being written is counted", async () => {
    const { service: s, store } = service();
    slowRecording(store);
    const answer = await s.command(
      "ask",
      { question: ANSWERED, story: seed.story.id },
      { ...MEMBER, askId: "1300000000000900003" },
    );
    const up = customIds(answer.reply).find((id) => id.endsWith(":up"));
    expect((await s.button(up ?? "", MEMBER)).status).toBe("answered");
  });

  it("THEN voting again changes the vote instead of adding one", async () => {
    const { service: s } = service();
    const [up, down] = await voteIds(s);
    await s.button(down ?? "", MEMBER);
    expect(readable((await s.button(up ?? "", MEMBER)).reply)).toContain("changed");
    expect(fieldsOf((await gaps(s)).reply)).toEqual([]);
  });

  it("THEN a forged vote button gets a clear ephemeral line", async () => {
    const { service: s } = service();
    for (const forged of ["vote:999999:up", "vote:<script>:down", "vote:1:sideways"]) {
      const result = await s.button(forged, MEMBER);
      expect(result.status, forged).toBe("error");
      expect(isEphemeral(result.reply)).toBe(true);
    }
  });
});

describe("GIVEN a moderator sets the channel's story", () => {
  it("THEN commands in that channel answer from it, and /stories says so", async () => {
    const { service: s } = service();
    const set = await s.command("use-story", { story: "harbour-vote" }, MODERATOR);
    expect(set.status).toBe("answered");
    expect((await s.command("summary", {}, MEMBER)).story).toBe("harbour-vote");
    expect(readable((await s.command("stories", {}, MEMBER)).reply)).toMatch(
      /This channel follows .*\(harbour-vote\)/,
    );
    const elsewhere = await s.command(
      "summary",
      {},
      { ...MEMBER, channelId: "1200000000000000011" },
    );
    expect(elsewhere.story).toBe(seed.story.id);
  });

  it("THEN autocomplete in that channel follows it", async () => {
    const { service: s } = service();
    await s.command("use-story", { story: "harbour-vote" }, MODERATOR);
    const inChannel = await s.autocomplete("ask", {}, { name: "question", value: "" }, MEMBER);
    const byDefault = await s.autocomplete("ask", {}, { name: "question", value: "" }, {});
    expect(inChannel).not.toEqual(byDefault);
  });

  it("THEN a member without Manage Channels is refused and nothing changes", async () => {
    const { service: s } = service();
    const refused = await s.command("use-story", { story: "harbour-vote" }, MEMBER);
    expect(refused).toMatchObject({ status: "error", reason: "missing permission" });
    expect((await s.command("summary", {}, MEMBER)).story).toBe(seed.story.id);
  });

  it("THEN an unknown story is refused with the list of stories", async () => {
    const { service: s } = service();
    const refused = await s.command("use-story", { story: "no-such-story" }, MODERATOR);
    expect(refused).toMatchObject({ status: "error", reason: "unknown story" });
    expect(readable(refused.reply)).toContain("harbour-vote");
  });
});

describe("GIVEN a member asks to be forgotten", () => {
  it("THEN /forget-me asks first, and the button deletes their questions and votes", async () => {
    const { service: s, store } = service();
    await ask(s, UNANSWERED);
    await ask(s, ANSWERED, MODERATOR);
    const asked = await s.command("forget-me", {}, MEMBER);
    expect(isEphemeral(asked.reply)).toBe(true);
    expect(await store.db.selectFrom("asks").selectAll().execute()).toHaveLength(2);
    const [confirm] = customIds(asked.reply);
    const done = await s.button(confirm ?? "", MEMBER);
    expect(readable(done.reply)).toContain("Deleted 1 question and 0 votes");
    expect(await store.db.selectFrom("asks").selectAll().execute()).toHaveLength(1);
  });
});

describe("GIVEN the database is down", () => {
  it("THEN members still get their answers, and the failure is logged once, not per question", async () => {
    const outage = new Outage();
    const { service: s, logs } = service(outage);
    await ask(s, ANSWERED);
    outage.down = true;
    for (let i = 0; i < 5; i++) expect((await ask(s, ANSWERED)).status).toBe("answered");
    const failures = logs.filter((line) => line.msg?.startsWith("database unavailable"));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ reason: "connect ECONNREFUSED 127.0.0.1:5432" });
  });

  it("THEN store commands say it is unavailable, and recording resumes when it is back", async () => {
    const outage = new Outage();
    const { service: s, store, logs } = service(outage);
    await ask(s, ANSWERED);
    outage.down = true;
    const down = await gaps(s);
    expect(down).toMatchObject({ status: "error", reason: "database unavailable" });
    expect(readable(down.reply)).toContain("answers still work");
    outage.down = false;
    await ask(s, UNANSWERED);
    expect(logs.some((line) => line.msg === "database is back: recording resumed")).toBe(true);
    expect(await store.db.selectFrom("asks").selectAll().execute()).toHaveLength(2);
  });
});
