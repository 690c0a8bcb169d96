import { boot } from "./boot.js";
import { ConfigError, loadConfig } from "./config.js";
import { runConsole } from "./console/run.js";
import { type DiscordBot, handleShutdownSignals, startDiscordBot } from "./discord/start.js";
import { createLogger } from "./log.js";

/**
 * The process entry shared by `npm start` and `npm run console`: reads and checks the
 * configuration (.env where present), loads the story, then serves Discord when a token is set
 * (unless the console is forced) or runs the console. Broken configuration or story data stops
 * with one line naming the cause and a non-zero exit.
 */
export async function start(options: { forceConsole: boolean; argv: string[] }): Promise<void> {
  try {
    const config = loadConfig();
    if (config.DISCORD_TOKEN && !options.forceConsole) {
      const logger = createLogger(config.LOG_LEVEL);
      // Signals are handled from the start: a SIGTERM while logging in still exits 0.
      let bot: DiscordBot | undefined;
      handleShutdownSignals({ stop: async () => bot?.stop() }, { logger });
      const context = await boot(config.STORY, logger);
      bot = await startDiscordBot(config, { logger, context });
    } else {
      // The console talks to a person: only warnings go to the log unless LOG_LEVEL says otherwise.
      const logger = createLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : "warn");
      const context = await boot(config.STORY, logger);
      await runConsole(context, { json: options.argv.includes("--json"), logger });
    }
  } catch (error) {
    const reason = error instanceof ConfigError ? error.message : (error as Error).message;
    process.stderr.write(`storybot: ${reason}\n`);
    process.exitCode = 1;
  }
}
