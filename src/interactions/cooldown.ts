/** How many commands one user may run in a sliding window. */
export interface CooldownLimits {
  limit: number;
  windowMs: number;
}

/** No tighter than the issue allows: 5 commands in 10 s. */
export const DEFAULT_COOLDOWN: CooldownLimits = { limit: 5, windowMs: 10_000 };

export type CooldownVerdict = { allowed: true } | { allowed: false; retryAt: number };

/**
 * A per-user sliding-window limit: at most `limit` accepted commands in any `windowMs`.
 * Refused attempts are not counted, so waiting is always enough. Entries of users who have been
 * quiet for a whole window are swept as other users arrive, so memory follows active users only.
 */
export class Cooldown {
  private readonly recent = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    readonly limits: CooldownLimits = DEFAULT_COOLDOWN,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one command for `userId` if the limit allows it. */
  take(userId: string): CooldownVerdict {
    const now = this.now();
    this.sweep(now);
    const since = now - this.limits.windowMs;
    const times = (this.recent.get(userId) ?? []).filter((time) => time > since);
    if (times.length >= this.limits.limit) {
      this.recent.set(userId, times);
      return { allowed: false, retryAt: (times[0] as number) + this.limits.windowMs };
    }
    times.push(now);
    this.recent.set(userId, times);
    return { allowed: true };
  }

  /** Users currently tracked (for tests and metrics). */
  get size(): number {
    return this.recent.size;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.limits.windowMs) return;
    this.lastSweep = now;
    const since = now - this.limits.windowMs;
    for (const [userId, times] of this.recent) {
      if ((times.at(-1) ?? 0) <= since) this.recent.delete(userId);
    }
  }
}
