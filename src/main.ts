import { loadConfig } from "./config.js";
import { runConsole } from "./console/run.js";
import {
  type DiscordBot,
  handleShutdownSignals,
  startDiscordBot,
  stopAndExit,
} from "./discord/start.js";
import { serve } from "./interactions/boot.js";
import type { Service } from "./interactions/service.js";
import { createLogger } from "./log.js";

/**
 * `npm start` (and `npm run console`, which adds --console): reads and checks the configuration
 * (.env where present), loads the stories, then serves Discord when a token is set, unless
 * --console asks for the local console. Broken configuration or story data stops with one line
 * naming the cause and a non-zero exit.
 */
async function main(argv: string[]): Promise<void> {
  try {
    const config = loadConfig();
    if (config.DISCORD_TOKEN && !argv.includes("--console")) {
      const logger = createLogger(config.LOG_LEVEL);
      // Signals are handled from the start: a SIGTERM while logging in still exits 0.
      let bot: DiscordBot | undefined;
      let service: Service | undefined;
      const everything = {
        stop: async () => {
          await bot?.stop();
          await service?.close();
        },
      };
      handleShutdownSignals(everything, { logger });
      service = await serve(config, logger);
      bot = await startDiscordBot(config, {
        logger,
        service,
        onFatalClose: () => stopAndExit(everything, 1, { logger }),
      });
    } else {
      // The console talks to a person: only warnings go to the log unless LOG_LEVEL says otherwise.
      const logger = createLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : "warn");
      const service = await serve(config, logger);
      try {
        await runConsole(service, { json: argv.includes("--json"), logger });
      } finally {
        await service.close();
      }
    }
  } catch (error) {
    process.stderr.write(`storybot: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

await main(process.argv);
