// npm run deploy-commands: registers every command in commands/ with Discord (bulk overwrite),
// in DISCORD_GUILD_ID when set (instant; for testing) or globally.
import { ConfigError, loadConfig, requireToken } from "../src/config.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const token = requireToken(config);
  // Loaded only once the configuration is known to be usable, so that mistakes answer at once.
  const [{ deployCommands }, { loadCommands }] = await Promise.all([
    import("../src/discord/deploy.js"),
    import("../src/interactions/load-commands.js"),
  ]);
  const commands = await loadCommands((message) => console.warn(`warning: ${message}`));
  const result = await deployCommands({
    token,
    clientId: config.DISCORD_CLIENT_ID,
    guildId: config.DISCORD_GUILD_ID,
    apiBase: config.DISCORD_API_BASE,
    commands: commands.values(),
  });
  const where =
    result.scope.type === "guild" ? `in guild ${result.scope.guildId}` : "globally (every server)";
  console.log(
    `Registered ${result.registered.length} commands ${where} for application ${result.applicationId}:`,
  );
  for (const command of result.registered) console.log(`  /${command.name}  (id ${command.id})`);
  if (config.DISCORD_PUBLIC_KEY) {
    console.log(
      [
        "",
        "HTTP interactions: in the developer portal (General Information → Interactions Endpoint URL)",
        `enter the public https URL that reaches this bot's POST /interactions (INTERACTIONS_PORT ${config.INTERACTIONS_PORT ?? "?"}),`,
        "e.g. https://bot.example.org/interactions, and save: Discord sends a signed PING and keeps the",
        "URL only if the bot answers it. With DISCORD_GATEWAY=off every interaction then arrives that way.",
      ].join("\n"),
    );
  }
}

main().catch(async (error: unknown) => {
  const line =
    error instanceof ConfigError
      ? error.message
      : (await import("../src/discord/cli-errors.js")).describeFailure(error);
  console.error(`deploy-commands: ${line}`);
  process.exitCode = 1;
});
