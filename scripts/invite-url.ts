// npm run invite-url: prints the OAuth2 URL that adds the bot to a server with the scopes
// `bot applications.commands` and the permissions /pin-summary needs.
import { REST, type RESTGetCurrentApplicationResult, Routes } from "discord.js";
import { ConfigError, loadConfig } from "../src/config.js";
import { describeFailure } from "../src/discord/cli-errors.js";
import { invitePermissionNames, inviteUrl } from "../src/discord/invite.js";

async function main(): Promise<void> {
  const config = loadConfig();
  let clientId = config.DISCORD_CLIENT_ID;
  if (!clientId && config.DISCORD_TOKEN) {
    const rest = new REST({
      ...(config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {}),
    }).setToken(config.DISCORD_TOKEN);
    clientId = ((await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult)
      .id;
  }
  if (!clientId) {
    throw new ConfigError(
      "DISCORD_CLIENT_ID is not set: set it (developer portal → General Information → Application ID) or set DISCORD_TOKEN",
    );
  }
  console.log(inviteUrl(clientId));
  console.error(
    `scopes: bot applications.commands · permissions: ${invitePermissionNames().join(", ")}`,
  );
}

main().catch((error: unknown) => {
  console.error(`invite-url: ${describeFailure(error)}`);
  process.exitCode = 1;
});
