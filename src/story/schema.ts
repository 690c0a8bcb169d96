import { z } from "zod";

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const id = z.string().regex(ID_PATTERN, "must be lowercase letters, digits and hyphens");

/** Longest story id: it travels inside button ids, which Discord caps at 100 characters. */
export const MAX_STORY_ID = 60;

/** A story's id is its folder's name under data/stories. */
export const storyIdSchema = z
  .string()
  .regex(ID_PATTERN, "must be lowercase letters, digits and hyphens")
  .max(MAX_STORY_ID, `must be at most ${MAX_STORY_ID} characters`);
const nonEmpty = z.string().trim().min(1, "must not be empty");

/**
 * A date as a sortable key: a year, a month or a day, in ISO 8601's partial forms ("0911",
 * "1356-06", "2017-01-19"); years before 1 count down from 0000 ("-0300" is 301 BC).
 */
export const sortableDateSchema = z
  .string()
  .regex(
    /^-?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    "must be a sortable date: YYYY, YYYY-MM or YYYY-MM-DD (before year 1: -YYYY)",
  );

/** A date as the article writes it ("Jan. 19", "911", "the 880s", "9th century"), with an optional sortable key. */
const datedSchema = {
  asWritten: nonEmpty,
  date: sortableDateSchema.optional(),
};

/** A verbatim excerpt of the article and the body paragraph it sits in (0 = the headline). */
export const citationSchema = z.strictObject({
  paragraph: z.number().int().min(0),
  text: nonEmpty,
});

/**
 * Marks a record that `npm run story:new` drafted and no moderator has reviewed yet; a
 * moderator clears it by deleting the field once the record reads right.
 */
const draftMark = { draft: z.literal(true).optional() };

/** What only some articles state (a wire report's dateline, a gathering) is optional: null. */
const unstated = <Schema extends z.ZodType>(schema: Schema) => schema.nullable().default(null);

export const storyMetaSchema = z.strictObject({
  title: nonEmpty,
  headline: nonEmpty,
  dateline: unstated(nonEmpty),
  photoCredit: unstated(nonEmpty),
  about: nonEmpty,
  /** What the attendance records are about, as a reader would name it ("the budget summit"). */
  gathering: unstated(nonEmpty),
  outlet: unstated(nonEmpty),
  url: unstated(z.url()),
  author: unstated(nonEmpty),
  publishedAt: unstated(sortableDateSchema),
  /** The dates of the events the article reports. */
  eventDates: z.array(z.strictObject(datedSchema)).default([]),
});

export const entityKindSchema = z.enum([
  "person",
  "organisation",
  "group",
  "country",
  "place",
  "media",
]);

export const entitySchema = z.strictObject({
  id,
  name: nonEmpty,
  kind: entityKindSchema,
  description: citationSchema.nullable(),
  aliases: z.array(nonEmpty),
  ...draftMark,
});

export const quoteSchema = z.strictObject({
  id,
  speaker: id,
  words: citationSchema,
  attribution: citationSchema,
  when: nonEmpty.nullable(),
  where: nonEmpty.nullable(),
  reportedBy: nonEmpty.nullable(),
  voice: z.enum(["own", "about"]),
  about: id.nullable(),
  topics: z.array(nonEmpty),
  ...draftMark,
});

export const attendanceStatusSchema = z.enum([
  "convening",
  "attending",
  "invited",
  "not_attending",
]);

export const attendanceSchema = z.strictObject({
  id,
  party: id,
  status: attendanceStatusSchema,
  note: nonEmpty,
  citations: z.array(citationSchema).min(1),
  ...draftMark,
});

export const qaSchema = z.strictObject({
  id,
  question: nonEmpty,
  phrasings: z.array(nonEmpty).min(3, "needs at least 3 phrasings"),
  keywords: z.array(nonEmpty).min(1),
  answer: nonEmpty,
  citations: z.array(citationSchema).min(1),
  top: z.boolean().optional(),
  /**
   * false: the record explains what the story does not say ("it reports the invitation, not
   * whether it was accepted"); the bot then answers that the story doesn't say, in its words.
   */
  stated: z.boolean().optional(),
  ...draftMark,
});

export const timelineEventSchema = z.strictObject({
  id,
  ...datedSchema,
  event: nonEmpty,
  citations: z.array(citationSchema).min(1),
  ...draftMark,
});

export const bulletSchema = z.strictObject({
  text: nonEmpty,
  citations: z.array(citationSchema).min(1),
  ...draftMark,
});

export const summarySchema = z.strictObject({
  short: z.array(bulletSchema).min(1).max(3),
  full: z.array(bulletSchema).min(1).max(8),
});

export const lexiconSchema = z.strictObject({
  /**
   * Groups of the story's own words or phrases that mean the same in questions about it; stop
   * words and everyday paraphrases are the shared layer's (src/language, data/language).
   */
  synonyms: z.array(z.array(nonEmpty).min(2)),
  /**
   * Read by earlier versions and ignored now, so that an older story still loads: stop words
   * are the shared layer's (src/language/stopwords.ts).
   */
  stopwords: z.array(z.string()).optional(),
});

/**
 * A story's own retrieval settings, where it needs any: every field is optional, and what is
 * left out takes the defaults in src/retrieval/tuning.ts (which documents each one).
 */
export const retrievalTuningSchema = z
  .strictObject({
    answerThreshold: z.number().min(0).max(1),
    speakerThreshold: z.number().min(0).max(1),
    scoring: z
      .strictObject({
        asked: z.number().min(0).max(1),
        known: z.number().min(0).max(1),
        phrased: z.number().min(0).max(1),
        typeMismatch: z.number().min(0).max(1),
        entityMismatch: z.number().min(0).max(1),
      })
      .partial(),
  })
  .partial();

/** A file of records that a story may leave out: no file reads as no records. */
const records = <Schema extends z.ZodType>(schema: Schema) => z.array(schema).default([]);

/**
 * Every file of a story folder besides the article. A file whose schema has a default may be
 * left out (an article with no quotations needs no quotes.json); the others must be there.
 */
export const storyFiles = {
  meta: { file: "meta.json", schema: storyMetaSchema },
  entities: { file: "entities.json", schema: records(entitySchema) },
  quotes: { file: "quotes.json", schema: records(quoteSchema) },
  attendance: { file: "attendance.json", schema: records(attendanceSchema) },
  qa: { file: "qa.json", schema: records(qaSchema) },
  timeline: { file: "timeline.json", schema: records(timelineEventSchema) },
  summary: { file: "summary.json", schema: summarySchema.default({ short: [], full: [] }) },
  lexicon: { file: "lexicon.json", schema: lexiconSchema.default({ synonyms: [] }) },
  tuning: { file: "retrieval.json", schema: retrievalTuningSchema.default({}) },
} as const;

export type Citation = z.infer<typeof citationSchema>;
export type StoryMeta = z.infer<typeof storyMetaSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type EntityKind = z.infer<typeof entityKindSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Attendance = z.infer<typeof attendanceSchema>;
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;
export type QaRecord = z.infer<typeof qaSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Bullet = z.infer<typeof bulletSchema>;
export type Summary = z.infer<typeof summarySchema>;
export type Lexicon = z.infer<typeof lexiconSchema>;
export type RetrievalTuning = z.infer<typeof retrievalTuningSchema>;
