import { type Message, type SendableChannels, SnowflakeUtil } from "discord.js";
import type { PinEffect, Status } from "../interactions/contract.js";
import type { Logger } from "../log.js";
import { buildError, finalize } from "../replies/build.js";
import { EPHEMERAL } from "../replies/limits.js";
import { type MessagePayload, messagePayloadSchema } from "../replies/payload.js";
import {
  classifyDiscordError,
  type DiscordFailure,
  discordCodeOf,
  statusOf,
} from "./discord-errors.js";
import { carriesMarker, markPayload } from "./marker.js";
import { messageOptions } from "./payload.js";

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
  botId: string;
  logger: Logger;
  /** Audit-log reason for the pin. */
  reason?: string;
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
  channel: SendableChannels,
  marker: string,
  botId: string,
): Promise<Message[]> {
  const found: Message[] = [];
  let before: Date | undefined;
  for (let page = 0; page < MAX_PIN_PAGES; page++) {
    const { items, hasMore } = await channel.messages.fetchPins({
      limit: PINS_PER_PAGE,
      cache: false,
      ...(before ? { before } : {}),
    });
    for (const { message } of items) {
      if (carriesMarker(message, marker, botId)) found.push(message);
    }
    const last = items.at(-1);
    if (!hasMore || !last) break;
    before = last.pinnedAt;
  }
  return found;
}

/** Unpins older summaries; one that vanished meanwhile is already gone, which is what we want. */
async function unpinAll(messages: Message[], logger: Logger): Promise<number> {
  let count = 0;
  for (const message of messages) {
    try {
      await message.unpin();
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
  channel: SendableChannels,
  effect: PinEffect,
  options: EffectOptions,
): Promise<EffectOutcome> {
  // One summary at a time per channel, so that concurrent runs see each other's pins.
  const previous = channelQueues.get(channel.id) ?? Promise.resolve();
  const run = previous.then(() => postAndPinNow(channel, effect, options));
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  channelQueues.set(channel.id, settled);
  void settled.then(() => {
    if (channelQueues.get(channel.id) === settled) channelQueues.delete(channel.id);
  });
  return run;
}

const channelQueues = new Map<string, Promise<void>>();

async function postAndPinNow(
  channel: SendableChannels,
  effect: PinEffect,
  { botId, logger, reason }: EffectOptions,
): Promise<EffectOutcome> {
  const marked = messagePayloadSchema.parse(markPayload(effect.message, effect.marker));
  // Only pins older than ours: two moderators pinning at once must not unpin each other's.
  const olderThan = (id: string) =>
    findMarkedPins(channel, effect.marker, botId).then((pins) =>
      pins.filter((pin) => BigInt(pin.id) < BigInt(id)),
    );
  let posted: Message | undefined;
  let made: Message[] = [];
  let replaced = 0;
  try {
    // A nonce Discord enforces: if a retried POST already landed, no second summary appears.
    const message = await attempt<Message>("post", () =>
      channel.send({
        ...messageOptions(marked),
        nonce: SnowflakeUtil.generate().toString(),
        enforceNonce: true,
      }),
    );
    posted = message;
    await attempt("pin", async () => {
      try {
        await message.pin(reason);
      } catch (error) {
        if (classifyDiscordError(error) !== "pin-limit") throw error;
        const previous = await olderThan(message.id);
        if (previous.length === 0) throw error;
        replaced += await unpinAll(previous, logger);
        made = previous;
        await message.pin(reason);
      }
    });
  } catch (error) {
    // Whatever failed after posting, leave the channel as it was: no stray summary, the
    // previous one pinned again if it made room.
    if (posted) await removeQuietly(posted, logger);
    await repinQuietly(made, logger);
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
    replaced += await unpinAll(await olderThan(posted.id), logger);
  } catch (error) {
    if (classifyDiscordError(error) === undefined) throw error;
    logger.warn({ err: error }, "could not unpin the previous summary");
    note = " I couldn't unpin the previous summary, though; please unpin it by hand.";
  }
  const replacedText = replaced > 0 ? " It replaces the previous summary pin." : "";
  return {
    status: "answered",
    url: posted.url,
    replaced,
    reply: finalize({
      content: `📌 Posted and pinned the summary: ${posted.url}${replacedText}${note}`,
      flags: EPHEMERAL,
    }),
  };
}

async function repinQuietly(messages: Message[], logger: Logger): Promise<void> {
  for (const message of messages) {
    try {
      await message.pin();
    } catch (error) {
      logger.warn({ err: error, message: message.id }, "could not pin the previous summary again");
    }
  }
}

async function removeQuietly(message: Message, logger: Logger): Promise<void> {
  try {
    await message.delete();
  } catch (error) {
    logger.warn({ err: error, message: message.id }, "could not delete the unpinned summary");
  }
}
