import type { Logger } from "../log.js";
import type { Metrics } from "../metrics.js";
import { buildError } from "../replies/build.js";
import { reasonOf } from "../rest/discord-errors.js";
import type { REST } from "../rest/discordjs-rest.js";
import { postAndPin } from "../rest/pin.js";
import type { ChannelLock } from "../store/lock.js";
import type { PinEffect } from "./contract.js";
import type { Cooldown } from "./cooldown.js";
import type { Incoming, InteractionKind, Responder } from "./incoming.js";
import type { Served, Service } from "./service.js";

/** What posting and pinning needs: REST with the bot token, the bot's user id, the lock. */
export interface PinAccess {
  /** REST with the bot token, made on first use where it is not already there. */
  rest(): Promise<REST>;
  botId(): Promise<string>;
  lock: ChannelLock;
}

export interface RouterOptions {
  service: Service;
  logger: Logger;
  pins: PinAccess;
  /** Per-user limit on commands; undefined: none. */
  cooldown?: Cooldown | undefined;
  metrics?: Metrics | undefined;
}

export interface Router {
  /** Answers one interaction; never rejects (failures are answered and logged). */
  handle(incoming: Incoming, responder: Responder): Promise<void>;
  /** Interactions being answered now. */
  readonly inFlight: number;
  /** Waits up to `graceMs` for the interactions in flight. */
  drain(graceMs: number): Promise<void>;
}

/** How an interaction ended, for the log: a command's status (and why, for errors) or what happened instead. */
interface Outcome {
  status: string;
  reason?: string | undefined;
}

const outcomeOf = (result: Served): Outcome => ({
  status: result.status,
  ...(result.reason ? { reason: result.reason } : {}),
});

export const FAILURE_TEXT = "Something went wrong while answering that. It has been logged";

/**
 * The one router for chat-input commands, autocomplete and buttons, whatever delivered them
 * (gateway or HTTP): runs the same handlers as the console, sends their payloads unchanged,
 * carries out effects, applies the cooldown, and is the one error boundary (a handler that
 * throws gets an ephemeral "something went wrong").
 */
export function createRouter({ service, logger, pins, cooldown, metrics }: RouterOptions): Router {
  const inFlight = new Set<Promise<void>>();

  async function answerCommand(incoming: Incoming, responder: Responder): Promise<Outcome> {
    if (cooldown) {
      const verdict = cooldown.take(incoming.invoker.userId);
      if (!verdict.allowed) {
        const { limit, windowMs } = cooldown.limits;
        const retry = `<t:${Math.ceil(verdict.retryAt / 1000)}:R>`; // Discord shows "in 7 seconds"
        await responder.reply(
          buildError(
            `Slow down a little: each person can run ${limit} commands every ${windowMs / 1000} seconds. Try again ${retry}.`,
          ),
        );
        return { status: "cooldown", reason: "cooldown" };
      }
    }
    const result = await service.command(incoming.name, incoming.options, incoming.invoker);
    if (result.effect) return carryOut(incoming, responder, result.effect);
    await responder.reply(result.reply);
    return outcomeOf(result);
  }

  /** Effects take several REST calls: acknowledge first (ephemeral), then report by editing. */
  async function carryOut(
    incoming: Incoming,
    responder: Responder,
    effect: PinEffect,
  ): Promise<Outcome> {
    await responder.defer(true);
    const channelId = incoming.invoker.channelId;
    if (!incoming.guildId || !channelId) {
      await responder.edit(buildError("I can only do that in a server text channel I can see."));
      return { status: "error", reason: "no server channel" };
    }
    const outcome = await postAndPin(channelId, effect, {
      rest: await pins.rest(),
      botId: await pins.botId(),
      lock: pins.lock,
      guildId: incoming.guildId,
      logger: logger.child({ interaction: incoming.id }),
      reason: `/${incoming.name} by ${incoming.username}`,
    });
    await responder.edit(outcome.reply);
    return {
      status: outcome.status,
      ...(outcome.status === "error" ? { reason: outcome.reason ?? "pin failed" } : {}),
    };
  }

  async function answerAutocomplete(incoming: Incoming, responder: Responder): Promise<Outcome> {
    const choices = await service.autocomplete(
      incoming.name,
      incoming.options,
      incoming.focused ?? { name: "", value: "" },
      incoming.invoker,
    );
    await responder.choices(choices);
    return { status: choices.length > 0 ? "answered" : "not_found" };
  }

  async function answerButton(incoming: Incoming, responder: Responder): Promise<Outcome> {
    const result = await service.button(incoming.name, incoming.invoker);
    if (result.update && result.status !== "error") await responder.update(result.reply);
    else await responder.reply(result.reply);
    return outcomeOf(result);
  }

  const ANSWER: Record<
    InteractionKind,
    (incoming: Incoming, responder: Responder) => Promise<Outcome>
  > = {
    command: answerCommand,
    autocomplete: answerAutocomplete,
    button: answerButton,
  };

  async function answerFailure(incoming: Incoming, responder: Responder): Promise<void> {
    try {
      if (incoming.kind === "autocomplete") {
        if (responder.state === "fresh") await responder.choices([]);
        return;
      }
      const payload = buildError(
        `${FAILURE_TEXT} (reference ${incoming.id}); please try again in a moment.`,
      );
      if (responder.state === "deferred") await responder.edit(payload);
      else if (responder.state === "answered") await responder.followUp(payload);
      else await responder.reply(payload);
    } catch (error) {
      logger.error(
        { err: error, interaction: incoming.id, reason: reasonOf(error) },
        "could not send the error reply",
      );
    }
  }

  async function dispatch(incoming: Incoming, responder: Responder): Promise<void> {
    const started = performance.now();
    const { kind, name } = incoming;
    let outcome: Outcome;
    try {
      outcome = await ANSWER[kind](incoming, responder);
    } catch (error) {
      outcome = { status: "failed", reason: reasonOf(error) };
      logger.error(
        { err: error, interaction: incoming.id, kind, command: name, reason: outcome.reason },
        "handler failed",
      );
      await answerFailure(incoming, responder);
    }
    const ms = performance.now() - started;
    // A button's custom id carries ids: the metric counts buttons by their prefix only.
    metrics?.interaction(kind, kind === "button" ? buttonFamily(name) : name, outcome.status, ms);
    const entry = {
      interaction: incoming.id,
      kind,
      command: name,
      user: incoming.invoker.userId,
      ...outcome,
      ms: Math.round(ms * 10) / 10,
    };
    // Autocomplete fires on every keystroke: logged at debug level only.
    if (kind === "autocomplete") logger.debug(entry, "interaction");
    else logger.info(entry, "interaction");
  }

  return {
    async handle(incoming, responder) {
      const task = dispatch(incoming, responder);
      inFlight.add(task);
      try {
        await task;
      } finally {
        inFlight.delete(task);
      }
    },
    get inFlight() {
      return inFlight.size;
    },
    async drain(graceMs) {
      if (inFlight.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...inFlight]),
        new Promise((resolve) => {
          timer = setTimeout(resolve, graceMs);
        }),
      ]);
      clearTimeout(timer);
    },
  };
}

/** "vote:123:up" → "vote": what kind of button, without the ids it carries. */
function buttonFamily(customId: string): string {
  return customId.split(":", 1)[0] ?? customId;
}
