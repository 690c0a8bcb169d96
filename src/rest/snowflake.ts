/** Discord's epoch: snowflakes count milliseconds from 2015-01-01. */
const DISCORD_EPOCH = 1_420_070_400_000n;
const RANDOM_BITS = 22n;

/**
 * A fresh snowflake-shaped nonce for a message Discord must create once: if a retried POST
 * already landed, Discord answers with that message instead of posting a second.
 */
export function nonce(now = Date.now()): string {
  const random = BigInt(Math.floor(Math.random() * 2 ** Number(RANDOM_BITS)));
  return (((BigInt(now) - DISCORD_EPOCH) << RANDOM_BITS) | random).toString();
}
