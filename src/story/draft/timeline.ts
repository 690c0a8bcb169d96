import { compareDates } from "../dates.js";
import type { StoryMeta, TimelineEvent } from "../schema.js";
import { type DateExpression, findDates, inferYears } from "./dates.js";
import { keywordsOf } from "./keywords.js";
import type { ReadParagraph } from "./mentions.js";
import { slug, uniqueId } from "./slug.js";

/** A date the article writes, in the sentence that writes it. */
export interface DatedSentence extends DateExpression {
  paragraph: number;
  sentence: string;
  text: string;
}

/** Every date expression of the body, with years inferred from the article's full dates. */
export function datesOf(read: ReadParagraph[]): DatedSentence[] {
  const found: DatedSentence[] = [];
  for (const entry of read) {
    for (const { sentence } of entry.sentences) {
      for (const date of findDates(sentence.text)) {
        found.push({
          ...date,
          paragraph: sentence.paragraph,
          sentence: sentence.id,
          text: sentence.text,
        });
      }
    }
  }
  return inferYears(found) as DatedSentence[];
}

/**
 * One timeline event per date and sentence, the date kept as written, the sentence cited whole
 * and standing for the event until a moderator shortens it. Ordered by date; undated last.
 */
export function draftTimeline(dates: DatedSentence[]): TimelineEvent[] {
  const ids = new Set<string>();
  const seen = new Set<string>();
  const events: TimelineEvent[] = [];
  for (const date of dates) {
    const key = `${date.sentence}|${date.asWritten}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const words = keywordsOf(date.text.replace(date.asWritten, " ")).slice(0, 3).join(" ");
    events.push({
      id: uniqueId(slug(`${date.asWritten} ${words}`, 6), ids),
      ...(date.date ? { date: date.date } : {}),
      asWritten: date.asWritten,
      event: date.text,
      citations: [{ paragraph: date.paragraph, text: date.text }],
      draft: true,
    });
  }
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => compareDates(a.event.date, b.event.date) || a.index - b.index)
    .map(({ event }) => event);
}

/** The dates of the events reported, once each, in order: what meta.eventDates holds. */
export function eventDates(dates: DatedSentence[]): StoryMeta["eventDates"] {
  const unique = new Map<string, StoryMeta["eventDates"][number]>();
  for (const date of dates) {
    const key = `${date.asWritten}|${date.date ?? ""}`;
    if (!unique.has(key)) {
      unique.set(key, { ...(date.date ? { date: date.date } : {}), asWritten: date.asWritten });
    }
  }
  return [...unique.values()]
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => compareDates(a.entry.date, b.entry.date) || a.index - b.index)
    .map(({ entry }) => entry);
}
