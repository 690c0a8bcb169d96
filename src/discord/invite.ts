import { PermissionsBitField } from "discord.js";
import { BOT_PIN_PERMISSIONS } from "../views/pin-permissions.js";

/**
 * What the bot asks for when invited: View Channel, Send Messages, Embed Links, Read Message
 * History and Pin Messages, the permissions /pin-summary checks. Answering commands needs none.
 */
export const INVITE_PERMISSIONS = Object.values(BOT_PIN_PERMISSIONS).reduce(
  (all, bit) => all | bit,
  0n,
);

export const INVITE_SCOPES = ["bot", "applications.commands"] as const;

/** The OAuth2 URL that adds the bot to a server with the scopes and permissions above. */
export function inviteUrl(clientId: string): string {
  const query = new URLSearchParams({
    client_id: clientId,
    scope: INVITE_SCOPES.join(" "),
    permissions: INVITE_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${query}`;
}

/** The names of the invite's permissions, as Discord's UI shows them. */
export function invitePermissionNames(): string[] {
  return new PermissionsBitField(INVITE_PERMISSIONS)
    .toArray()
    .map((name) => name.replace(/([a-z])([A-Z])/g, "$1 $2"));
}
