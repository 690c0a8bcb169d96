import { start } from "../start.js";

/** `npm run console [-- --json]`: always the local console, whatever DISCORD_TOKEN says. */
await start({ forceConsole: true, argv: process.argv });
