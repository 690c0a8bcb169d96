import { type APIMessage, Routes } from "discord-api-types/v10";
import type { PinEffect, Status } from "../interactions/contract.js";
import type { Logger } from "../log.js";
import { buildError, finalize } from "../replies/build.js";
import { EPHEMERAL } from "../replies/limits.js";
import { type MessagePayload, messagePayloadSchema } from "../replies/payload.js";
import type { ChannelLock } from "../store/lock.js";
import {
  classifyDiscordError,
  type DiscordFailure,
  discordCodeOf,
  statusOf,
} from "./discord-errors.js";
import type { REST } from "./discordjs-rest.js";
import { carriesMarker, markPayload } from "./marker.js";
import { nonce } from "./snowflake.js";

/** Discord keeps at most 250 pins per channel and lists them 50 at a time. */
const PINS_PER_PAGE = 50;
const MAX_PIN_PAGES = 6;

export interface EffectOutcome {
  status: Status;
  /** The ephemeral answer to the moderator. */
  reply: MessagePayload;
  /** The pinned message's link, when it was pinned. */
  url?: string;
  /** How many older summary pins of the bot were unpinned. */
  replaced: number;
  /** Why it failed, for the operators' log: the step and what Discord said. */
  reason?: string;
}

export interface EffectOptions {
  /** REST with the bot token: the gateway client's own, or the HTTP mode's. */
  rest: REST;
  botId: string;
  logger: Logger;
  /** Audit-log reason for the pin. */
  reason?: string;
  /** The channel's server, for the pinned message's link. */
  guildId?: string | undefined;
  /** One summary at a time per channel: in this process, or across replicas (src/store/lock.ts). */
  lock: ChannelLock;
}

/** The bot's view of a pinned message: what the flow reads of it. */
type Pinned = Pick<APIMessage, "id" | "author" | "content" | "embeds">;

interface PinsPage {
  items: { pinned_at: string; message: APIMessage }[];
  has_more: boolean;
}

type Step = "post" | "pin";

/** What the moderator reads when a step fails for a reason Discord names. */
const EXPLANATIONS: Record<DiscordFailure, Record<Step, string>> = {
  "pin-limit": {
    post: "This channel has reached Discord's limit of 250 pinned messages.",
    pin: "This channel already has 250 pinned messages, Discord's limit, so nothing was pinned. Unpin an old message and run /pin-summary again.",
  },
  "unknown-message": {
    post: "Discord lost the summary message while I was posting it; nothing was pinned. Run /pin-summary again.",
    pin: "The summary message vanished before I could pin it (was it deleted?); nothing was pinned. Run /pin-summary again.",
  },
  "missing-permissions": {
    post: "I can't post the summary here: I'm missing Send Messages or Embed Links in this channel. Ask an admin to grant them.",
    pin: "I can't pin here: I'm missing the Pin Messages permission in this channel. Ask an admin to grant it; nothing was pinned.",
  },
  "missing-access": {
    post: "I can't see this channel: I'm missing View Channel or Read Message History here. Ask an admin to grant them.",
    pin: "I can't see this channel: I'm missing View Channel or Read Message History here. Ask an admin to grant them; nothing was pinned.",
  },
  "discord-down": {
    post: "Discord is having trouble right now, so nothing was posted or pinned. Try /pin-summary again in a few minutes.",
    pin: "Discord is having trouble right now, so nothing was pinned. Try /pin-summary again in a few minutes.",
  },
};

class StepFailed extends Error {
  constructor(
    readonly step: Step,
    readonly failure: DiscordFailure,
    readonly error: unknown,
  ) {
    super(`${step} failed: ${failure}`);
  }
}

/** Runs a REST step; a failure Discord names becomes a StepFailed, anything else propagates. */
async function attempt<T>(step: Step, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const failure = classifyDiscordError(error);
    if (failure === undefined) throw error;
    throw new StepFailed(step, failure, error);
  }
}

/** The bot's own pins that carry `marker`, newest first, across every page of the channel's pins. */
export async function findMarkedPins(
  rest: REST,
  channelId: string,
  marker: string,
  botId: string,
): Promise<Pinned[]> {
  const found: Pinned[] = [];
  let before: string | undefined;
  for (let page = 0; page < MAX_PIN_PAGES; page++) {
    const query = new URLSearchParams({ limit: String(PINS_PER_PAGE) });
    if (before) query.set("before", before);
    const { items, has_more } = (await rest.get(Routes.channelMessagesPins(channelId), {
      query,
    })) as PinsPage;
    for (const { message } of items) {
      if (carriesMarker(message, marker, botId)) found.push(message);
    }
    const last = items.at(-1);
    if (!has_more || !last) break;
    before = last.pinned_at;
  }
  return found;
}

/** Unpins older summaries; one that vanished meanwhile is already gone, which is what we want. */
async function unpinAll(
  rest: REST,
  channelId: string,
  messages: Pinned[],
  logger: Logger,
  /** Collects each message as it is unpinned, so that a failure part-way can pin them again. */
  unpinned: Pinned[] = [],
): Promise<number> {
  let count = 0;
  for (const message of messages) {
    try {
      await rest.delete(Routes.channelMessagesPin(channelId, message.id));
      unpinned.push(message);
      count++;
    } catch (error) {
      if (classifyDiscordError(error) !== "unknown-message") throw error;
      logger.debug({ message: message.id }, "previous summary pin already gone");
    }
  }
  return count;
}

/**
 * The post-and-pin effect: posts the message (mentions suppressed, marked as the bot's own),
 * pins it, then unpins the bot's previous pins with the same marker, found through the channel's
 * pins so that this holds across restarts. At the pin limit, a previous summary makes room for
 * the new one. When pinning fails the posted message is deleted again, so the channel is left as
 * it was. Failures Discord names become clear ephemeral replies; others are thrown.
 */
export function postAndPin(
  channelId: string,
  effect: PinEffect,
  options: EffectOptions,
): Promise<EffectOutcome> {
  // One summary at a time per channel, so that concurrent runs see each other's pins.
  return options.lock(channelId, () => postAndPinNow(channelId, effect, options));
}

async function postAndPinNow(
  channelId: string,
  effect: PinEffect,
  { rest, botId, logger, reason, guildId }: EffectOptions,
): Promise<EffectOutcome> {
  const marked = messagePayloadSchema.parse(markPayload(effect.message, effect.marker));
  // Only pins older than ours: two moderators pinning at once must not unpin each other's.
  const olderThan = (id: string) =>
    findMarkedPins(rest, channelId, effect.marker, botId).then((pins) =>
      pins.filter((pin) => BigInt(pin.id) < BigInt(id)),
    );
  const pin = (id: string) =>
    rest.put(Routes.channelMessagesPin(channelId, id), reason ? { reason } : {});
  let posted: APIMessage | undefined;
  /** Older summaries unpinned to make room: pinned again if this run fails after all. */
  const made: Pinned[] = [];
  let replaced = 0;
  try {
    // A nonce Discord enforces: if a retried POST already landed, no second summary appears.
    const { flags: _ephemeralOnly, ...message } = marked;
    const sent = (await attempt("post", () =>
      rest.post(Routes.channelMessages(channelId), {
        body: { ...message, nonce: nonce(), enforce_nonce: true },
      }),
    )) as APIMessage;
    posted = sent;
    await attempt("pin", async () => {
      try {
        await pin(sent.id);
      } catch (error) {
        if (classifyDiscordError(error) !== "pin-limit") throw error;
        const previous = await olderThan(sent.id);
        if (previous.length === 0) throw error;
        replaced += await unpinAll(rest, channelId, previous, logger, made);
        await pin(sent.id);
      }
    });
  } catch (error) {
    // Whatever failed after posting, leave the channel as it was: no stray summary, the
    // previous one pinned again if it made room.
    if (posted) await removeQuietly(rest, channelId, posted, logger);
    await repinQuietly(rest, channelId, made, logger);
    if (!(error instanceof StepFailed)) throw error;
    logger.warn(
      { step: error.step, failure: error.failure, httpStatus: statusOf(error.error) },
      "post-and-pin refused by Discord",
    );
    return {
      status: "error",
      reply: buildError(EXPLANATIONS[error.failure][error.step]),
      replaced,
      reason: `${error.step}: ${error.failure}${discordCodeOf(error.error)}`,
    };
  }

  let note = "";
  try {
    replaced += await unpinAll(rest, channelId, await olderThan(posted.id), logger);
  } catch (error) {
    if (classifyDiscordError(error) === undefined) throw error;
    logger.warn({ err: error }, "could not unpin the previous summary");
    note = " I couldn't unpin the previous summary, though; please unpin it by hand.";
  }
  const replacedText = replaced > 0 ? " It replaces the previous summary pin." : "";
  const url = messageUrl(guildId, channelId, posted.id);
  return {
    status: "answered",
    url,
    replaced,
    reply: finalize({
      content: `📌 Posted and pinned the summary: ${url}${replacedText}${note}`,
      flags: EPHEMERAL,
    }),
  };
}

async function repinQuietly(
  rest: REST,
  channelId: string,
  messages: Pinned[],
  logger: Logger,
): Promise<void> {
  for (const message of messages) {
    try {
      await rest.put(Routes.channelMessagesPin(channelId, message.id));
    } catch (error) {
      logger.warn({ err: error, message: message.id }, "could not pin the previous summary again");
    }
  }
}

async function removeQuietly(
  rest: REST,
  channelId: string,
  message: Pinned,
  logger: Logger,
): Promise<void> {
  try {
    await rest.delete(Routes.channelMessage(channelId, message.id));
  } catch (error) {
    logger.warn({ err: error, message: message.id }, "could not delete the unpinned summary");
  }
}

/** A message's link, as Discord's clients open it. */
function messageUrl(guildId: string | undefined, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId ?? "@me"}/${channelId}/${messageId}`;
}
