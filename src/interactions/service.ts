import { randomUUID } from "node:crypto";
import type { Logger } from "../log.js";
import type { Metrics } from "../metrics.js";
import { buildReply } from "../replies/build.js";
import {
  isForgetMeButton,
  looksLikeVote,
  parseGapsButton,
  parseVoteButton,
} from "../replies/buttons.js";
import type { AutocompleteChoice } from "../replies/payload.js";
import { StoreHealth } from "../store/health.js";
import type { Store, VoteOutcome } from "../store/store.js";
import { gapsRefusal, gapsView, type Table } from "../views/gaps.js";
import {
  type CommandResult,
  errorResult,
  type FocusedOption,
  type Invoker,
  type PinEffect,
  type RawOptions,
  type StoreEffect,
} from "./contract.js";
import type { Dispatcher } from "./dispatch.js";

/** How long a channel's story is trusted before it is read again (another process may change it). */
export const CHANNEL_STORY_TTL_MS = 30_000;
/** How often recorded rows past the retention period are deleted. */
export const PRUNE_INTERVAL_MS = 60 * 60 * 1000;

/** What an interaction is answered with: store effects are done; a pin is left to Discord's adapter. */
export interface Served extends Omit<CommandResult, "effect"> {
  effect?: PinEffect;
  /** The same content as plain tables, where the console shows a table (/gaps). */
  tables?: Table[];
}

const UNAVAILABLE = "The question store is unavailable right now";

const VOTE_REPLIES: Record<VoteOutcome, string> = {
  recorded: "Thanks: your vote is counted.",
  changed: "Thanks: your vote is changed.",
  unchanged: "You had already voted that way; nothing changed.",
  unknown:
    "I have no record of that answer (it may have been deleted): ask again to vote on a fresh one.",
  expired: "That answer is older than this server keeps answers, so it can't be voted on any more.",
};

/**
 * The dispatcher with the moderators' store behind it, shared by the gateway, the console and
 * the tests: looks up the channel's story, runs the pure command, records each /ask after
 * answering (never making the member wait or fail), and carries out the store's effects (a
 * channel's story, /gaps, votes, /forget-me). A failing store is logged (StoreHealth) and never
 * costs a member their answer.
 */
export class Service {
  private readonly pending = new Set<Promise<void>>();
  private readonly channelStories = new Map<string, { story: string | undefined; at: number }>();
  private readonly health: StoreHealth;
  private pruner: NodeJS.Timeout | undefined;

  constructor(
    readonly dispatcher: Dispatcher,
    readonly store: Store,
    private readonly logger: Logger,
    /** Where database errors are counted (GET /metrics). */
    readonly metrics?: Metrics,
  ) {
    this.health = new StoreHealth(logger, Date.now, (operation) =>
      metrics?.databaseFailed(operation),
    );
  }

  /** Deletes rows past the retention period now and every PRUNE_INTERVAL_MS. */
  startPruning(): void {
    void this.prune();
    this.pruner = setInterval(() => void this.prune(), PRUNE_INTERVAL_MS);
    this.pruner.unref();
  }

  private async prune(): Promise<void> {
    try {
      const deleted = await this.store.prune();
      this.health.succeeded();
      if (deleted.questions + deleted.votes > 0) {
        this.logger.info(
          { ...deleted, retentionDays: this.store.retentionDays },
          "old rows deleted",
        );
      }
    } catch (error) {
      this.health.failed("prune", error);
    }
  }

  /** Runs a store operation; a failure is logged (at most once a minute) and gives undefined. */
  private async attempt<T>(operation: string, run: () => Promise<T>): Promise<T | undefined> {
    try {
      const value = await run();
      this.health.succeeded();
      return value;
    } catch (error) {
      this.health.failed(operation, error);
      return undefined;
    }
  }

  private async channelStoryOf(channelId: string | undefined): Promise<string | undefined> {
    if (channelId === undefined) return undefined;
    const cached = this.channelStories.get(channelId);
    if (cached && performance.now() - cached.at < CHANNEL_STORY_TTL_MS) return cached.story;
    const story = await this.attempt("read channel story", () =>
      this.store.channelStory(channelId),
    );
    // A store that is down keeps the last known story rather than switching to the default.
    if (story === undefined && cached) return cached.story;
    this.channelStories.set(channelId, { story, at: performance.now() });
    return story;
  }

  private async prepared(invoker: Invoker, withAskId: boolean): Promise<Invoker> {
    const channelStory = await this.channelStoryOf(invoker.channelId);
    return {
      ...invoker,
      ...(channelStory ? { channelStory } : {}),
      ...(withAskId ? { askId: invoker.askId ?? randomUUID() } : {}),
    };
  }

  /** Runs a slash command: the reply at once, the recording after it. */
  async command(name: string, options: RawOptions, invoker: Invoker = {}): Promise<Served> {
    const prepared = await this.prepared(invoker, true);
    const started = performance.now();
    const result = this.dispatcher.run(name, options, prepared);
    const latency = performance.now() - started;
    if (result.trace && result.story) {
      this.record(prepared, result.story, result.status, result.trace, latency);
    }
    return this.carryOut(result, prepared);
  }

  async autocomplete(
    name: string,
    options: RawOptions,
    focused: FocusedOption,
    invoker: Invoker = {},
  ): Promise<AutocompleteChoice[]> {
    return this.dispatcher.autocomplete(
      name,
      options,
      focused,
      await this.prepared(invoker, false),
    );
  }

  /** A button: vote, /gaps page, /forget-me confirmation, or "Show ¶N". */
  async button(customId: string, invoker: Invoker = {}): Promise<Served> {
    const vote = parseVoteButton(customId);
    if (vote) return this.runEffect({ type: "vote", ...vote }, invoker);
    if (looksLikeVote(customId)) {
      return errorResult(
        "That vote button isn't one I made: vote with the buttons under an answer.",
        "forged button",
      );
    }
    const page = parseGapsButton(customId);
    if (page) {
      const refusal = gapsRefusal(invoker);
      if (refusal) return errorResult(refusal, "missing permission");
      if (!this.dispatcher.library.get(page.story)) {
        return errorResult("That story is no longer served: run /gaps again.", "stale button");
      }
      return {
        ...(await this.runEffect({ type: "report-gaps", ...page }, invoker)),
        update: true,
      };
    }
    if (isForgetMeButton(customId)) {
      return { ...(await this.runEffect({ type: "forget-me" }, invoker)), update: true };
    }
    return this.dispatcher.button(customId);
  }

  /** Waits for the recordings still being written: shutdown loses none. */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  async close(): Promise<void> {
    clearInterval(this.pruner);
    await this.flush();
    await this.store.close();
  }

  private record(
    invoker: Invoker,
    story: string,
    status: CommandResult["status"],
    trace: NonNullable<CommandResult["trace"]>,
    latency: number,
  ): void {
    const write = this.attempt("record question", () =>
      this.store.recordAsk({
        id: invoker.askId ?? randomUUID(),
        story,
        question: trace.question,
        status,
        answerIds: trace.answerIds,
        score: trace.score,
        latency_ms: Math.round(latency * 1000) / 1000,
        guild_id: invoker.guildId ?? null,
        channel_id: invoker.channelId ?? null,
        userId: invoker.userId ?? CONSOLE_USER,
      }),
    ).then(() => undefined);
    this.pending.add(write);
    void write.finally(() => this.pending.delete(write));
  }

  private async carryOut(result: CommandResult, invoker: Invoker): Promise<Served> {
    const { effect, ...rest } = result;
    if (!effect || effect.type === "post-and-pin")
      return { ...rest, ...(effect ? { effect } : {}) };
    return this.runEffect(effect, invoker, rest);
  }

  /** Carries out a store effect; `acknowledgement` is the command's reply where it has one. */
  private async runEffect(
    effect: StoreEffect,
    invoker: Invoker,
    acknowledgement?: Served,
  ): Promise<Served> {
    return (
      (await this.attempt(effect.type, () => this.storeEffect(effect, invoker, acknowledgement))) ??
      errorResult(
        `${UNAVAILABLE}; answers still work. Please try again in a moment.`,
        "database unavailable",
      )
    );
  }

  private async storeEffect(
    effect: StoreEffect,
    invoker: Invoker,
    acknowledgement: Served | undefined,
  ): Promise<Served> {
    const userId = invoker.userId ?? CONSOLE_USER;
    // Questions answered a moment ago may still be being written: what reads or deletes them
    // waits for those writes (not for later ones), so /gaps counts them and a vote finds them.
    if (effect.type !== "set-channel-story") await Promise.allSettled([...this.pending]);
    switch (effect.type) {
      case "set-channel-story": {
        const channelId = invoker.channelId;
        if (channelId === undefined) {
          return errorResult("A channel's story can only be set in a channel.", "no channel");
        }
        await this.store.setChannelStory(channelId, invoker.guildId ?? null, effect.story);
        this.channelStories.set(channelId, { story: effect.story, at: performance.now() });
        return (
          acknowledgement ??
          notice("Channel story set", `This channel now follows “${effect.title}”.`)
        );
      }
      case "report-gaps": {
        const served = this.dispatcher.library.get(effect.story);
        if (!served) return errorResult("That story is no longer served.", "unknown story");
        const gaps = await this.store.gaps(invoker.guildId ?? null, effect.story, effect.days);
        const { reply, tables } = gapsView({
          story: served.story,
          days: effect.days,
          page: effect.page,
          gaps,
          nearest: (question) => served.retriever.ask(question).suggestions[0],
        });
        return { status: "answered", citations: [], reply, tables, story: effect.story };
      }
      case "forget-me": {
        const deleted = await this.store.forgetUser(userId);
        return notice(
          "Forgotten",
          `Deleted ${deleted.questions} question${deleted.questions === 1 ? "" : "s"} and ${deleted.votes} vote${deleted.votes === 1 ? "" : "s"}. What you ask from now on is recorded again, as for everyone (see /help).`,
        );
      }
      case "vote": {
        const outcome = await this.store.vote(effect.askId, userId, effect.helpful);
        if (outcome === "unknown" || outcome === "expired") {
          return errorResult(VOTE_REPLIES[outcome], `vote ${outcome}`);
        }
        return notice(effect.helpful ? "👍 Helpful" : "👎 Not helpful", VOTE_REPLIES[outcome]);
      }
    }
  }
}

/** The console is one member of its own. */
export const CONSOLE_USER = "console";

function notice(title: string, text: string): Served {
  return {
    status: "answered",
    citations: [],
    reply: buildReply({ kind: "notice", title, text, ephemeral: true }),
  };
}
