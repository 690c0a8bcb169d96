import { PermissionFlagsBits } from "discord-api-types/v10";

/** Whether a permission bitfield holds `permission`; Administrator holds every permission. */
export function holds(bits: bigint, permission: bigint): boolean {
  const admin = PermissionFlagsBits.Administrator;
  return (bits & admin) === admin || (bits & permission) === permission;
}
