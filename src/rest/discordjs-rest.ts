import { createRequire } from "node:module";
import type * as Rest from "@discordjs/rest";

// discord.js loads @discordjs/rest's CommonJS build. Taking that same build here, rather than
// the ESM one an `import` would get, keeps one copy in memory where both are used (the gateway
// and the HTTP mode in one process). Imported only where REST is made (src/http/start.ts
// loads it on first use); elsewhere only its types are.
const rest = createRequire(import.meta.url)("@discordjs/rest") as typeof Rest;

export const { REST } = rest;
export type REST = Rest.REST;
export type DiscordAPIError = Rest.DiscordAPIError;
export type HTTPError = Rest.HTTPError;
