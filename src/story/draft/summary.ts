import type { Sentence } from "../article.js";
import type { Summary } from "../schema.js";

/** At most this many bullets in the short summary and in the full one (the schema's limits). */
export const SHORT_BULLETS = 3;
export const FULL_BULLETS = 8;

/**
 * The lead sentences as the summary: a news story puts what matters most first. Each bullet is
 * one sentence, cited whole, for the moderator to shorten and merge.
 */
export function draftSummary(facts: Sentence[]): Summary {
  const bullets = facts.slice(0, FULL_BULLETS).map((sentence) => ({
    text: sentence.text,
    citations: [{ paragraph: sentence.paragraph, text: sentence.text }],
    draft: true as const,
  }));
  return { short: bullets.slice(0, SHORT_BULLETS), full: bullets };
}
