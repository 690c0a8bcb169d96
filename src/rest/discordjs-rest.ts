import { createRequire } from "node:module";
import type * as Rest from "@discordjs/rest";

// discord.js loads @discordjs/rest's CommonJS build. Taking that same build here, rather than
// the ESM one an `import` would get, keeps one copy in memory and one DiscordAPIError class, so
// `instanceof` holds for errors from the gateway client's REST and from the HTTP mode's alike.
const rest = createRequire(import.meta.url)("@discordjs/rest") as typeof Rest;

export const { REST, DiscordAPIError, HTTPError } = rest;
export type REST = Rest.REST;
export type DiscordAPIError = Rest.DiscordAPIError;
export type HTTPError = Rest.HTTPError;
