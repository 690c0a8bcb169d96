import type { CitedExcerpt } from "../retrieval/result.js";
import { paragraphButtons } from "./buttons.js";
import { EPHEMERAL, LIMITS } from "./limits.js";
import {
  type ActionRow,
  type Embed,
  type MessagePayload,
  messagePayloadSchema,
} from "./payload.js";
import { inert, ownText, truncate } from "./text.js";

/** Colours of the embed's side bar. */
const COLOURS = {
  answer: 0x2b7bb9,
  notFound: 0x99aab5,
  error: 0xd9534f,
  notice: 0x4f9d69,
} as const;

/** The one rule for showing an excerpt: a block quote of the verbatim words, then its ¶. */
export function quoteExcerpt(excerpt: Pick<CitedExcerpt, "paragraph" | "text">): string {
  return `> ${ownText(excerpt.text)} (¶${excerpt.paragraph})`;
}

/** Joins parts while they fit, so that whole excerpts are dropped rather than cut. */
function joinWithin(parts: string[], max: number, separator = "\n"): string {
  let text = "";
  for (const part of parts) {
    const next = text.length === 0 ? part : `${text}${separator}${part}`;
    if (next.length > max) return text.length === 0 ? truncate(part, max) : text;
    text = next;
  }
  return text;
}

/** Checks a payload against Discord's limits: the one gate every reply passes. */
export function finalize(payload: Omit<MessagePayload, "allowed_mentions">): MessagePayload {
  return messagePayloadSchema.parse({ ...payload, allowed_mentions: { parse: [] } });
}

const RESERVED = 200;

/** The story a reply comes from: its footer names it and its buttons point into it. */
export interface ReplyStory {
  id: string;
  meta: { title: string };
}

/** The footer of every reply that comes from a story. */
export function storyFooter(story: ReplyStory): string {
  return `${story.meta.title} · story: ${story.id} · excerpts are verbatim from the article`;
}

export interface Section {
  heading: string;
  /** Our own words, or words a user typed mixed in (made inert). */
  body?: MixedText;
  excerpts: Pick<CitedExcerpt, "paragraph" | "text">[];
}

/** Text that mixes our own words with words a user typed, which are made inert. */
export type MixedText = string | (string | { user: string })[];

function render(text: MixedText): string {
  if (typeof text === "string") return ownText(text);
  return text.map((part) => (typeof part === "string" ? ownText(part) : inert(part.user))).join("");
}

export interface ReplyInput {
  title: string;
  /** Our own text (from the curated records) shown above the sections. */
  text?: MixedText;
  /** Excerpts that belong to the text itself, shown right under it. */
  excerpts?: Pick<CitedExcerpt, "paragraph" | "text">[];
  sections?: Section[];
  /** What the user typed, echoed back inert. */
  asked?: string;
  /** The story the reply comes from: named in the footer. */
  story?: ReplyStory;
  kind?: keyof typeof COLOURS;
  /** "Show ¶N" buttons for the cited paragraphs (needs `story`). */
  buttons?: boolean;
  /** More rows of buttons, after the "Show ¶N" ones. */
  rows?: ActionRow[];
  ephemeral?: boolean;
}

/**
 * The one reply builder: an embed with the answer, each excerpt as a block quote with its ¶,
 * sections as fields, "Show ¶N" buttons for the cited paragraphs; every limit enforced.
 */
export function buildReply(input: ReplyInput): MessagePayload {
  const excerpts = input.excerpts ?? [];
  const description = joinWithin(
    [input.text ? render(input.text) : "", ...excerpts.map(quoteExcerpt)].filter(
      (part) => part.length > 0,
    ),
    LIMITS.embedDescription,
  );
  const fields: NonNullable<Embed["fields"]> = [];
  if (input.asked !== undefined) {
    fields.push({
      name: "You asked",
      value: truncate(inert(input.asked), LIMITS.embedFieldValue) || "—",
    });
  }
  const title = truncate(ownText(input.title), LIMITS.embedTitle);
  const footer = input.story ? truncate(storyFooter(input.story), LIMITS.embedFooter) : undefined;
  // Room kept back for the "… more not shown" field and for what an adapter may add to the
  // footer (a marker), so the 6000 total holds whatever the story's text is.
  let budget =
    LIMITS.embedTotal - RESERVED - title.length - description.length - (footer?.length ?? 0);
  budget -= fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  const sections = input.sections ?? [];
  let shown = 0;
  for (const section of sections) {
    if (fields.length >= LIMITS.embedFields - 1) break;
    const name = truncate(ownText(section.heading), LIMITS.embedFieldName);
    const value =
      joinWithin(
        [section.body ? render(section.body) : "", ...section.excerpts.map(quoteExcerpt)].filter(
          (p) => p.length > 0,
        ),
        LIMITS.embedFieldValue,
      ) || "—";
    if (name.length + value.length > budget) break;
    budget -= name.length + value.length;
    fields.push({ name, value });
    shown++;
  }
  if (shown < sections.length) {
    fields.push({
      name: "…",
      value: `${sections.length - shown} more not shown (Discord's size limit).`,
    });
  }
  const embed: Embed = {
    title,
    color: COLOURS[input.kind ?? "answer"],
    ...(description.length > 0 ? { description } : {}),
    ...(fields.length > 0 ? { fields } : {}),
    ...(footer ? { footer: { text: footer } } : {}),
  };
  const paragraphs = [...excerpts, ...sections.flatMap((section) => section.excerpts)].map(
    (e) => e.paragraph,
  );
  const components = [
    ...(input.buttons && input.story ? paragraphButtons(input.story.id, paragraphs) : []),
    ...(input.rows ?? []),
  ];
  return finalize({
    embeds: [embed],
    ...(components.length > 0 ? { components } : {}),
    ...(input.ephemeral ? { flags: EPHEMERAL } : {}),
  });
}

/** A refusal or error: plain, ephemeral, never a crash. */
export function buildError(message: string): MessagePayload {
  return finalize({ content: truncate(message, LIMITS.content), flags: EPHEMERAL });
}
