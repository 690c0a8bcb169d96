import type { Client } from "discord.js";
import type { CommandSet } from "../interactions/contract.js";
import type { Logger } from "../log.js";

export interface RegistrationDrift {
  /** Commands this version has that Discord does not offer. */
  missing: string[];
  /** Commands Discord offers that this version no longer has. */
  removed: string[];
}

/**
 * Compares the names of the commands registered with Discord (in DISCORD_GUILD_ID when set,
 * else globally) with this version's.
 */
export async function registrationDrift(
  client: Client<true>,
  commands: CommandSet,
  guildId?: string,
): Promise<RegistrationDrift> {
  const registered = await client.application.commands.fetch(guildId ? { guildId } : {});
  const byName = new Map(registered.map((command) => [command.name, command]));
  const missing = [...commands.keys()].filter((name) => !byName.has(name));
  const removed = [...byName.keys()].filter((name) => !commands.has(name));
  return { missing, removed };
}

/** Logs at start whether `npm run deploy-commands` needs running; never fails the start. */
export async function checkRegistration(
  client: Client<true>,
  commands: CommandSet,
  logger: Logger,
  guildId?: string,
): Promise<void> {
  try {
    const drift = await registrationDrift(client, commands, guildId);
    const scope = guildId ? `guild ${guildId}` : "global";
    if (drift.missing.length + drift.removed.length === 0) {
      logger.info({ scope }, "registered commands match this version");
      return;
    }
    logger.warn(
      { scope, ...drift },
      "the commands registered with Discord differ from this version's: run npm run deploy-commands",
    );
  } catch (error) {
    logger.warn(
      { reason: (error as Error).message },
      "could not compare the registered commands with this version's",
    );
  }
}
