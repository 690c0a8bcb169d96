/**
 * The interaction ids seen within the signature window: a signed request posted twice (inside
 * the window its timestamp allows) is a replay, since Discord sends each interaction once. The
 * oldest ids go first past `capacity`, so memory stays bounded whatever the rate.
 */
export class SeenInteractions {
  private readonly seenAt = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly capacity: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records `id`; false when it was already seen within the window. */
  first(id: string): boolean {
    const now = this.now();
    const earlier = this.seenAt.get(id);
    if (earlier !== undefined && now - earlier <= this.windowMs) return false;
    this.seenAt.delete(id);
    this.seenAt.set(id, now);
    // Map order is insertion order: the first entries are the oldest.
    for (const [oldest, at] of this.seenAt) {
      if (this.seenAt.size <= this.capacity && now - at <= this.windowMs) break;
      this.seenAt.delete(oldest);
    }
    return true;
  }
}
