import { boot } from "../boot.js";
import { createLogger } from "../log.js";
import { runConsole } from "./run.js";

/** `npm run console [-- --json]`: always the local console, whatever DISCORD_TOKEN says. */
const logger = createLogger(process.env.LOG_LEVEL || "warn");
try {
  const context = await boot(process.env.STORY || undefined, logger);
  await runConsole(context, { json: process.argv.includes("--json"), logger });
} catch (error) {
  process.stderr.write(`storybot: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
