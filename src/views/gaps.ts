import { PermissionFlagsBits } from "discord-api-types/v10";
import { type Invoker, memberMay } from "../interactions/contract.js";
import { buildReply, type Section } from "../replies/build.js";
import { gapsPageButtons } from "../replies/buttons.js";
import type { MessagePayload } from "../replies/payload.js";
import type { Gaps } from "../store/store.js";
import type { Story } from "../story/story.js";

/** Groups and answers shown per /gaps page: well inside an embed's 25 fields and 6000 characters. */
export const GAPS_PER_PAGE = 8;
/** /gaps looks this many days back unless told otherwise. */
export const DEFAULT_GAPS_DAYS = 30;

/** Why a member may not see /gaps, or undefined. Servers can widen the default permission. */
export function gapsRefusal(invoker: Invoker | undefined): string | undefined {
  return memberMay(invoker, PermissionFlagsBits.ManageMessages)
    ? undefined
    : "You need the Manage Messages permission to see what members asked.";
}

/** A plain table, for the console. */
export interface Table {
  title: string;
  columns: string[];
  rows: string[][];
}

export interface GapsView {
  reply: MessagePayload;
  tables: Table[];
}

interface GapsInput {
  story: Story;
  days: number;
  page: number;
  gaps: Gaps;
  /** The curated question nearest to an unanswered one, if any. */
  nearest: (question: string) => string | undefined;
}

type Item =
  | { kind: "unanswered"; group: Gaps["unanswered"][number] }
  | { kind: "unhelpful"; answer: Gaps["unhelpful"][number] };

const discordTime = (iso: string) => `<t:${Math.floor(Date.parse(iso) / 1000)}:R>`;
const quoted = (text: string) => `“${text}”`;

function section(item: Item, nearest: GapsInput["nearest"]): Section {
  if (item.kind === "unanswered") {
    const { group } = item;
    const near = nearest(group.example);
    return {
      heading: `❓ ${group.count}× · last ${group.lastAsked.slice(0, 10)}`,
      body: [
        { user: quoted(group.example) },
        `\nlast asked ${discordTime(group.lastAsked)}`,
        near ? `\nnearest curated question: ${quoted(near)}` : "\nno curated question is near",
      ],
      excerpts: [],
    };
  }
  const { answer } = item;
  return {
    heading: `👎 ${answer.notHelpful} · 👍 ${answer.helpful}`,
    body: [
      { user: quoted(answer.question) },
      `\nanswered from ${answer.answerIds.join(", ") || "(nothing cited)"}`,
    ],
    excerpts: [],
  };
}

/**
 * What /gaps shows: the questions the story did not answer (grouped, most asked first) and the
 * answers members marked not helpful, a page at a time with ◀/▶ buttons, only to the moderator.
 */
export function gapsView({ story, days, page, gaps, nearest }: GapsInput): GapsView {
  const items: Item[] = [
    ...gaps.unanswered.map((group) => ({ kind: "unanswered" as const, group })),
    ...gaps.unhelpful.map((answer) => ({ kind: "unhelpful" as const, answer })),
  ];
  const pages = Math.max(1, Math.ceil(items.length / GAPS_PER_PAGE));
  const shown = Math.min(Math.max(page, 0), pages - 1);
  const asked = gaps.unanswered.reduce((sum, group) => sum + group.count, 0);
  const text =
    items.length === 0
      ? `Nothing to review from the last ${days} days: every question was answered and no answer was marked not helpful.`
      : `Last ${days} days: ${asked} unanswered question${asked === 1 ? "" : "s"} in ${gaps.unanswered.length} group${gaps.unanswered.length === 1 ? "" : "s"}; ${gaps.unhelpful.length} answer${gaps.unhelpful.length === 1 ? "" : "s"} marked not helpful.${pages > 1 ? ` Page ${shown + 1} of ${pages}.` : ""}`;
  const reply = buildReply({
    kind: "notice",
    title: "What the story couldn't answer",
    text,
    sections: items
      .slice(shown * GAPS_PER_PAGE, (shown + 1) * GAPS_PER_PAGE)
      .map((item) => section(item, nearest)),
    story,
    rows: gapsPageButtons(story.id, days, shown, pages),
    ephemeral: true,
  });
  return {
    reply,
    tables: [
      {
        title: `Unanswered questions, last ${days} days`,
        columns: ["count", "last asked", "question", "nearest curated question"],
        rows: gaps.unanswered.map((group) => [
          String(group.count),
          group.lastAsked.slice(0, 16).replace("T", " "),
          group.example,
          nearest(group.example) ?? "—",
        ]),
      },
      {
        title: "Answers marked not helpful",
        columns: ["👎", "👍", "question", "answered from"],
        rows: gaps.unhelpful.map((answer) => [
          String(answer.notHelpful),
          String(answer.helpful),
          answer.question,
          answer.answerIds.join(", "),
        ]),
      },
    ],
  };
}
