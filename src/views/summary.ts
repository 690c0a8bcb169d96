import { z } from "zod";
import type { CommandContext } from "../interactions/contract.js";
import { buildReply } from "../replies/build.js";
import type { MessagePayload } from "../replies/payload.js";

export const summaryLength = z.enum(["short", "full"], {
  error: "must be short or full.",
});
export type SummaryLength = z.infer<typeof summaryLength>;

export const SUMMARY_CHOICES = [
  { name: "short (3 points)", value: "short" },
  { name: "full (up to 8 points)", value: "full" },
] as const;

/** The curated summary as a message: every bullet with its cited excerpts. */
export function summaryMessage(
  context: CommandContext,
  length: SummaryLength,
  options: { buttons: boolean },
): { message: MessagePayload; citations: { paragraph: number; text: string }[] } {
  const bullets = context.story.summary[length];
  const citations = bullets.flatMap((bullet) => bullet.citations);
  const message = buildReply({
    title: `Summary: ${context.story.meta.headline}`,
    sections: bullets.map((bullet, index) => ({
      heading: `${index + 1}. ${bullet.text}`,
      excerpts: bullet.citations,
    })),
    story: context.story,
    buttons: options.buttons,
  });
  return { message, citations };
}
