import {
  REST,
  type RESTGetCurrentApplicationResult,
  type RESTOptions,
  type RESTPutAPIApplicationCommandsResult,
  Routes,
} from "discord.js";
import type { Command } from "../interactions/contract.js";

export interface DeployOptions {
  token: string;
  /** The application id; fetched from `GET /applications/@me` when not given. */
  clientId?: string | undefined;
  /** Register in this guild only (instant; for testing); otherwise globally. */
  guildId?: string | undefined;
  /** `DISCORD_API_BASE`: another Discord-compatible server (discord.js appends /v10). */
  apiBase?: string | undefined;
  commands: Iterable<Command>;
  /** Extra REST options (tests: retries, timeout). */
  rest?: Partial<RESTOptions>;
}

export interface DeployResult {
  applicationId: string;
  scope: { type: "guild"; guildId: string } | { type: "global" };
  /** What Discord now holds, as it answered the bulk overwrite. */
  registered: { id: string; name: string }[];
}

/**
 * Bulk-overwrites the application's commands with `commands` (their `data.toJSON()`): in one
 * guild when `guildId` is set, else globally. Commands not in the list are removed by Discord.
 */
export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const rest = new REST({
    ...(options.apiBase ? { api: options.apiBase } : {}),
    ...options.rest,
  }).setToken(options.token);
  const applicationId =
    options.clientId ??
    ((await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult).id;
  const body = [...options.commands].map((command) => command.data.toJSON());
  const route = options.guildId
    ? Routes.applicationGuildCommands(applicationId, options.guildId)
    : Routes.applicationCommands(applicationId);
  const registered = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return {
    applicationId,
    scope: options.guildId ? { type: "guild", guildId: options.guildId } : { type: "global" },
    registered: registered.map(({ id, name }) => ({ id, name })),
  };
}
