// Snowflake ids and the fixed ids of the fake guild.

const DISCORD_EPOCH = 1420070400000n;
let last = 0n;

let rolling = 0;

/** A snowflake for a given time (e.g. in the past); the low bits come from a rolling counter. */
export function snowflakeAt(ms: number): string {
  rolling = (rolling + 1) & 0x3fffff;
  return (((BigInt(ms) - DISCORD_EPOCH) << 22n) | BigInt(rolling)).toString();
}

/** A new, strictly increasing snowflake based on the current time. */
export function snowflake(): string {
  let next = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
  if (next <= last) next = last + 1n;
  last = next;
  return next.toString();
}

/**
 * Fixed ids of the fake world, known before the server starts so tests can build permission
 * overwrites for the constructor. `bot` is both the bot user id and the application id.
 */
export const FAKE_IDS = {
  guild: "1200000000000000001",
  channel: "1200000000000000010",
  bot: "1200000000000000100",
  botRole: "1200000000000000101",
  user: "1200000000000000200",
  userRole: "1200000000000000201",
  owner: "1200000000000000300",
} as const;
