// Discord's permission arithmetic (base role permissions, then channel overwrites).
import { PermissionFlagsBits as P } from "discord.js";

export const ALL_PERMISSIONS = Object.values(P).reduce((all, bit) => all | bit, 0n);

/** What @everyone may do in the fake guild unless overridden. */
export const DEFAULT_EVERYONE_PERMISSIONS =
  P.ViewChannel |
  P.SendMessages |
  P.ReadMessageHistory |
  P.EmbedLinks |
  P.AttachFiles |
  P.AddReactions |
  P.UseExternalEmojis |
  P.UseApplicationCommands;

/** Permissions of the bot's managed role unless overridden (includes PinMessages). */
export const DEFAULT_BOT_PERMISSIONS =
  P.ViewChannel |
  P.SendMessages |
  P.SendMessagesInThreads |
  P.EmbedLinks |
  P.AttachFiles |
  P.ReadMessageHistory |
  P.AddReactions |
  P.UseExternalEmojis |
  P.UseApplicationCommands |
  P.PinMessages;

/** A channel permission overwrite; type 0 = role, 1 = member. */
export interface Overwrite {
  id: string;
  type: 0 | 1;
  allow: bigint;
  deny: bigint;
}

export interface PermissionSubject {
  userId: string;
  roleIds: readonly string[];
}

export interface PermissionContext {
  guildId: string;
  ownerId: string;
  /** role id → permissions, including @everyone (id = guild id). */
  rolePermissions: ReadonlyMap<string, bigint>;
}

/** Guild-level permissions of a member: @everyone | roles; owner and Administrator get everything. */
export function basePermissions(ctx: PermissionContext, subject: PermissionSubject): bigint {
  if (subject.userId === ctx.ownerId) return ALL_PERMISSIONS;
  let perms = ctx.rolePermissions.get(ctx.guildId) ?? 0n;
  for (const roleId of subject.roleIds) perms |= ctx.rolePermissions.get(roleId) ?? 0n;
  return perms & P.Administrator ? ALL_PERMISSIONS : perms;
}

/** Channel permissions: base permissions with @everyone, role and member overwrites applied. */
export function channelPermissions(
  ctx: PermissionContext,
  subject: PermissionSubject,
  overwrites: readonly Overwrite[],
): bigint {
  let perms = basePermissions(ctx, subject);
  if (perms & P.Administrator) return ALL_PERMISSIONS;
  const everyone = overwrites.find((o) => o.type === 0 && o.id === ctx.guildId);
  if (everyone) perms = (perms & ~everyone.deny) | everyone.allow;
  let allow = 0n;
  let deny = 0n;
  for (const o of overwrites) {
    if (o.type === 0 && o.id !== ctx.guildId && subject.roleIds.includes(o.id)) {
      allow |= o.allow;
      deny |= o.deny;
    }
  }
  perms = (perms & ~deny) | allow;
  const own = overwrites.find((o) => o.type === 1 && o.id === subject.userId);
  if (own) perms = (perms & ~own.deny) | own.allow;
  return perms & P.ViewChannel ? perms : 0n;
}

export { P as PermissionBits };
