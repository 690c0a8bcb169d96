import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  type SendableChannels,
} from "discord.js";
import type { PinEffect } from "../interactions/contract.js";
import type { Served, Service } from "../interactions/service.js";
import type { Logger } from "../log.js";
import { buildError } from "../replies/build.js";
import type { Cooldown } from "./cooldown.js";
import { reasonOf } from "./discord-errors.js";
import { postAndPin } from "./effects.js";
import { invokerOf, rawOptions } from "./options.js";
import { editOptions, replyOptions } from "./payload.js";

export interface RouterOptions {
  service: Service;
  logger: Logger;
  /** Per-user limit on commands; undefined: none. */
  cooldown?: Cooldown | undefined;
}

export interface Router {
  /** Answers one interaction; never rejects (failures are answered and logged). */
  handle(interaction: Interaction): Promise<void>;
  /** Stops taking interactions and waits up to `graceMs` for those in flight. */
  close(graceMs: number): Promise<void>;
}

type Kind = "command" | "autocomplete" | "button";
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
 * The one router for chat-input commands, autocomplete and buttons: runs the same handlers as
 * the console, sends their payloads unchanged, carries out effects, applies the cooldown, and is
 * the one error boundary (a handler that throws gets an ephemeral "something went wrong").
 */
export function createRouter({ service, logger, cooldown }: RouterOptions): Router {
  const inFlight = new Set<Promise<void>>();
  let closed = false;

  async function answerCommand(interaction: ChatInputCommandInteraction): Promise<Outcome> {
    if (cooldown) {
      const verdict = cooldown.take(interaction.user.id);
      if (!verdict.allowed) {
        const { limit, windowMs } = cooldown.limits;
        const retry = `<t:${Math.ceil(verdict.retryAt / 1000)}:R>`; // Discord shows "in 7 seconds"
        await interaction.reply(
          replyOptions(
            buildError(
              `Slow down a little: each person can run ${limit} commands every ${windowMs / 1000} seconds. Try again ${retry}.`,
            ),
          ),
        );
        return { status: "cooldown", reason: "cooldown" };
      }
    }
    const result = await service.command(
      interaction.commandName,
      rawOptions(interaction.options.data),
      invokerOf(interaction),
    );
    if (result.effect) return carryOut(interaction, result.effect);
    await interaction.reply(replyOptions(result.reply));
    return outcomeOf(result);
  }

  /** Effects take several REST calls: acknowledge first (ephemeral), then report by editing. */
  async function carryOut(
    interaction: ChatInputCommandInteraction,
    effect: PinEffect,
  ): Promise<Outcome> {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const channel = await channelOf(interaction);
    if (!channel) {
      await interaction.editReply(
        editOptions(buildError("I can only do that in a server text channel I can see.")),
      );
      return { status: "error", reason: "no sendable channel" };
    }
    const outcome = await postAndPin(channel, effect, {
      botId: interaction.client.user.id,
      logger: logger.child({ interaction: interaction.id }),
      reason: `/${interaction.commandName} by ${interaction.user.username}`,
    });
    await interaction.editReply(editOptions(outcome.reply));
    return {
      status: outcome.status,
      ...(outcome.status === "error" ? { reason: outcome.reason ?? "pin failed" } : {}),
    };
  }

  async function answerAutocomplete(interaction: AutocompleteInteraction): Promise<Outcome> {
    const focused = interaction.options.getFocused(true);
    const choices = await service.autocomplete(
      interaction.commandName,
      rawOptions(interaction.options.data),
      { name: focused.name, value: String(focused.value) },
      invokerOf(interaction),
    );
    await interaction.respond(choices);
    return { status: choices.length > 0 ? "answered" : "not_found" };
  }

  async function answerButton(interaction: ButtonInteraction): Promise<Outcome> {
    const result = await service.button(interaction.customId, invokerOf(interaction));
    if (result.update && result.status !== "error") {
      await interaction.update(editOptions(result.reply));
    } else {
      await interaction.reply(replyOptions(result.reply));
    }
    return outcomeOf(result);
  }

  async function answerFailure(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
        return;
      }
      if (!interaction.isRepliable()) return;
      const payload = buildError(
        `${FAILURE_TEXT} (reference ${interaction.id}); please try again in a moment.`,
      );
      if (interaction.deferred && !interaction.replied) {
        await interaction.editReply(editOptions(payload));
      } else if (interaction.replied) {
        await interaction.followUp(replyOptions(payload));
      } else {
        await interaction.reply(replyOptions(payload));
      }
    } catch (error) {
      logger.error({ err: error, interaction: interaction.id }, "could not send the error reply");
    }
  }

  /** Which handler answers an interaction, and how it is named in the log. */
  function routeOf(
    interaction: Interaction,
  ): { kind: Kind; name: string; answer: () => Promise<Outcome> } | undefined {
    if (interaction.isChatInputCommand()) {
      return {
        kind: "command",
        name: interaction.commandName,
        answer: () => answerCommand(interaction),
      };
    }
    if (interaction.isAutocomplete()) {
      return {
        kind: "autocomplete",
        name: interaction.commandName,
        answer: () => answerAutocomplete(interaction),
      };
    }
    if (interaction.isButton()) {
      return {
        kind: "button",
        name: interaction.customId,
        answer: () => answerButton(interaction),
      };
    }
    return undefined;
  }

  async function dispatch(interaction: Interaction): Promise<void> {
    const started = performance.now();
    const route = routeOf(interaction);
    if (!route) {
      logger.debug({ interaction: interaction.id, type: interaction.type }, "ignored interaction");
      return;
    }
    const { kind, name, answer } = route;
    let outcome: Outcome;
    try {
      outcome = await answer();
    } catch (error) {
      outcome = { status: "failed", reason: reasonOf(error) };
      logger.error(
        { err: error, interaction: interaction.id, kind, command: name, reason: outcome.reason },
        "handler failed",
      );
      await answerFailure(interaction);
    }
    const entry = {
      interaction: interaction.id,
      kind,
      command: name,
      user: interaction.user.id,
      ...outcome,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    // Autocomplete fires on every keystroke: logged at debug level only.
    if (kind === "autocomplete") logger.debug(entry, "interaction");
    else logger.info(entry, "interaction");
  }

  async function refuse(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) await interaction.respond([]);
      else if (interaction.isRepliable()) {
        await interaction.reply(
          replyOptions(buildError("The bot is restarting; please try again in a moment.")),
        );
      }
    } catch (error) {
      logger.debug({ err: error, interaction: interaction.id }, "could not refuse while stopping");
    }
  }

  return {
    async handle(interaction) {
      if (closed) return refuse(interaction);
      const task = dispatch(interaction);
      inFlight.add(task);
      try {
        await task;
      } finally {
        inFlight.delete(task);
      }
    },
    async close(graceMs) {
      closed = true;
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

/** The channel to post in: only a guild channel the bot can send to. */
async function channelOf(
  interaction: ChatInputCommandInteraction,
): Promise<SendableChannels | undefined> {
  if (!interaction.inGuild()) return undefined;
  const channel =
    interaction.channel ??
    (await interaction.client.channels.fetch(interaction.channelId).catch(() => null));
  return channel?.isSendable() ? channel : undefined;
}
