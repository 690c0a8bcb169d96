import type { CommandInteractionOption, Interaction } from "discord.js";
import type { Invoker, RawOptions } from "../interactions/contract.js";

/** A slash command's option values by name (sub-command levels flattened), as commands read them. */
export function rawOptions(data: readonly CommandInteractionOption[]): RawOptions {
  const options: RawOptions = {};
  for (const option of data) {
    if (option.options) Object.assign(options, rawOptions(option.options));
    else options[option.name] = option.value;
  }
  return options;
}

/**
 * Who asks and where: the member's and the bot's permissions in the channel, as Discord sent
 * them with the interaction; the interaction's id is what an /ask is recorded under.
 */
export function invokerOf(interaction: Interaction): Invoker {
  return {
    userId: interaction.user.id,
    askId: interaction.id,
    ...(interaction.guildId ? { guildId: interaction.guildId } : {}),
    ...(interaction.memberPermissions
      ? { memberPermissions: interaction.memberPermissions.bitfield }
      : {}),
    ...(interaction.appPermissions ? { appPermissions: interaction.appPermissions.bitfield } : {}),
    ...(interaction.channelId ? { channelId: interaction.channelId } : {}),
  };
}
