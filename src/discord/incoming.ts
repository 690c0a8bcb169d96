import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
} from "discord.js";
import type { Incoming, Responder } from "../interactions/incoming.js";
import { rawOptions } from "../interactions/options.js";
import { invokerOf } from "./options.js";
import { editOptions, replyOptions } from "./payload.js";

const cannot = (what: string) => () => Promise.reject(new Error(`cannot ${what} here`));

/** Replies through discord.js: a command's or a button's (only a button updates its message). */
function messageResponder(interaction: ChatInputCommandInteraction | ButtonInteraction): Responder {
  return {
    reply: async (payload) => void (await interaction.reply(replyOptions(payload))),
    update: interaction.isButton()
      ? async (payload) => void (await interaction.update(editOptions(payload)))
      : cannot("update a message"),
    defer: async (ephemeral) =>
      void (await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {})),
    choices: cannot("offer choices"),
    edit: async (payload) => void (await interaction.editReply(editOptions(payload))),
    followUp: async (payload) => void (await interaction.followUp(replyOptions(payload))),
    get state() {
      return interaction.replied ? "answered" : interaction.deferred ? "deferred" : "fresh";
    },
  };
}

/**
 * A discord.js interaction as the router reads it, with a responder over discord.js's own reply
 * methods; undefined for the kinds the bot does not answer.
 */
export function fromGateway(
  interaction: Interaction,
): { incoming: Incoming; responder: Responder } | undefined {
  const base = {
    id: interaction.id,
    invoker: { ...invokerOf(interaction), userId: interaction.user.id },
    username: interaction.user.username,
    ...(interaction.guildId ? { guildId: interaction.guildId } : {}),
  };
  if (interaction.isChatInputCommand()) {
    const options = rawOptions(interaction.options.data);
    return {
      incoming: { ...base, kind: "command", name: interaction.commandName, options },
      responder: messageResponder(interaction),
    };
  }
  if (interaction.isButton()) {
    return {
      incoming: { ...base, kind: "button", name: interaction.customId, options: {} },
      responder: messageResponder(interaction),
    };
  }
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return {
      incoming: {
        ...base,
        kind: "autocomplete",
        name: interaction.commandName,
        options: rawOptions(interaction.options.data),
        focused: { name: focused.name, value: String(focused.value) },
      },
      responder: {
        reply: cannot("reply"),
        update: cannot("update a message"),
        defer: cannot("defer"),
        choices: (choices) => interaction.respond(choices),
        edit: cannot("edit"),
        followUp: cannot("follow up"),
        get state() {
          return interaction.responded ? "answered" : "fresh";
        },
      },
    };
  }
  return undefined;
}
