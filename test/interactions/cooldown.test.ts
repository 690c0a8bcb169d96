// The per-user cooldown: a sliding window that forgets quiet users.
import { describe, expect, it } from "vitest";
import { Cooldown } from "../../src/interactions/cooldown.js";

describe("Cooldown", () => {
  it("GIVEN 5 commands in 10 s THEN the 6th is refused until the oldest leaves the window", () => {
    let now = 1_000_000;
    const cooldown = new Cooldown({ limit: 5, windowMs: 10_000 }, () => now);
    for (let i = 0; i < 5; i++) {
      expect(cooldown.take("a")).toEqual({ allowed: true });
      now += 1000;
    }
    expect(cooldown.take("a")).toEqual({ allowed: false, retryAt: 1_010_000 });
    expect(cooldown.take("b")).toEqual({ allowed: true });
    now = 1_009_999;
    expect(cooldown.take("a")).toEqual({ allowed: false, retryAt: 1_010_000 });
    now = 1_010_000;
    expect(cooldown.take("a")).toEqual({ allowed: true });
    expect(cooldown.take("a")).toEqual({ allowed: false, retryAt: 1_011_000 });
  });

  it("GIVEN users who went quiet THEN they are forgotten", () => {
    let now = 0;
    const cooldown = new Cooldown({ limit: 5, windowMs: 10_000 }, () => now);
    for (let i = 0; i < 100; i++) cooldown.take(`user-${i}`);
    now = 20_001;
    cooldown.take("late");
    expect(cooldown.size).toBe(1);
  });
});
