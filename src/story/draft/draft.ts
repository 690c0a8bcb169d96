import type { z } from "zod";
import { type Article, parseArticle } from "../article.js";
import type { storyMetaSchema } from "../schema.js";
import type { StoryRecords } from "../story.js";
import { draftAttendance } from "./attendance.js";
import { draftEntities } from "./entities.js";
import { articleLines, draftFrontMatter } from "./front-matter.js";
import { readHeadline, readParagraphs } from "./mentions.js";
import { draftQa } from "./qa.js";
import type { AnswerKind } from "./questions.js";
import { draftQuotes } from "./quotes.js";
import { draftSummary } from "./summary.js";
import { datesOf, draftTimeline, eventDates } from "./timeline.js";

/**
 * The records a story folder holds, except the optional lexicon and retrieval settings; meta as
 * written to its file, where what the schema defaults may be left out.
 */
export type DraftedRecords = Omit<StoryRecords, "lexicon" | "tuning" | "meta"> & {
  meta: z.input<typeof storyMetaSchema>;
};

export interface Draft {
  article: Article;
  records: DraftedRecords;
  /** Speech read as speech needs a quote record; words in quotation marks that nobody says. */
  quotedTerms: string[];
  /** Sentences with no fact, which get no qa record. */
  skipped: { id: string; text: string }[];
  questionKinds: Record<string, AnswerKind>;
  /** Everything drafting could not decide, for the moderator. */
  undecided: string[];
}

/** Why an article cannot be drafted: the one line the command prints. */
export class DraftError extends Error {
  override name = "DraftError";
}

/** Drafts every record of a story from its article alone. */
export function draftStory(raw: string): Draft {
  if (articleLines(raw).length === 0) throw new DraftError("the article is empty");
  const front = draftFrontMatter(raw);
  const article = parseArticle(raw, front);
  if (article.paragraphs.length === 0) {
    throw new DraftError("the article has no paragraphs after its headline");
  }
  const read = readParagraphs(article);
  const entities = draftEntities(read, readHeadline(article));
  const quotes = draftQuotes(read, entities.entities, entities.mentions);
  const attendance = draftAttendance(read, entities.entities, entities.mentions);
  const qa = draftQa(read, entities.entities, entities.mentions, quotes.quotes);
  const dates = datesOf(read);
  const skippedIds = new Set(qa.skipped.map((sentence) => sentence.id));
  const facts = article.sentences.filter((sentence) => !skippedIds.has(sentence.id));
  const lead = facts[0] ?? article.sentences[0];
  return {
    article,
    records: {
      meta: {
        title: front.headline,
        headline: front.headline,
        dateline: front.dateline,
        photoCredit: front.photoCredit,
        about: lead?.text ?? front.headline,
        // What attendance is about, only where there is attendance.
        ...(attendance.gathering ? { gathering: attendance.gathering } : {}),
        outlet: null,
        url: null,
        author: null,
        publishedAt: null,
        eventDates: eventDates(dates),
      },
      entities: entities.entities,
      quotes: quotes.quotes,
      attendance: attendance.attendance,
      qa: qa.qa,
      timeline: draftTimeline(dates),
      summary: draftSummary(facts),
    },
    quotedTerms: quotes.terms,
    skipped: qa.skipped,
    questionKinds: qa.kinds,
    undecided: [
      ...entities.undecided,
      ...quotes.undecided,
      ...attendance.undecided,
      ...qa.undecided,
    ],
  };
}
