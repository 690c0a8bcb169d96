import { start } from "./start.js";

/** `npm start`: the Discord bot when DISCORD_TOKEN is set, else the local console. */
await start({ forceConsole: false, argv: process.argv });
