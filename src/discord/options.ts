import type { Interaction } from "discord.js";
import type { Invoker } from "../interactions/contract.js";

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
