import { LIMITS } from "./limits.js";
import type { ActionRow, Button } from "./payload.js";

/**
 * Every button the bot sends, and the one place its custom_id is written and read. The ids are
 * stateless: each carries what its click needs (a story and ¶, an /ask id, a /gaps page), and an
 * id that does not parse is treated as stale or forged, never trusted.
 */

const STYLE = { primary: 1, secondary: 2, success: 3, danger: 4 } as const;

const STORY_ID = "[a-z0-9][a-z0-9-]*";
/** An /ask's recorded id: a Discord snowflake, or a console id. */
const ASK_ID = "[A-Za-z0-9-]{1,40}";

const button = (label: string, customId: string, style: number): Button => ({
  type: 2,
  style,
  label,
  custom_id: customId,
});

/** Stateless "Show ¶N" buttons: the custom_id carries the story and the paragraph number. */
export function paragraphButtons(story: string, paragraphs: number[]): ActionRow[] {
  const unique = [...new Set(paragraphs)].filter((n) => n > 0).slice(0, LIMITS.buttonsPerRow);
  if (unique.length === 0) return [];
  return [
    {
      type: 1,
      components: unique.map((paragraph) =>
        button(`Show ¶${paragraph}`, `paragraph:${story}:${paragraph}`, STYLE.secondary),
      ),
    },
  ];
}

/** The story and paragraph a "Show ¶N" button points at, or undefined for any other id. */
export function parseParagraphButton(
  customId: string,
): { story: string; paragraph: number } | undefined {
  const match = new RegExp(`^paragraph:(${STORY_ID}):(\\d{1,6})$`).exec(customId);
  return match ? { story: match[1] as string, paragraph: Number(match[2]) } : undefined;
}

/** "👍 Helpful" and "👎 Not helpful" under an answer recorded as `askId`. */
export function voteButtons(askId: string): ActionRow {
  return {
    type: 1,
    components: [
      button("👍 Helpful", `vote:${askId}:up`, STYLE.secondary),
      button("👎 Not helpful", `vote:${askId}:down`, STYLE.secondary),
    ],
  };
}

export function parseVoteButton(customId: string): { askId: string; helpful: boolean } | undefined {
  const match = new RegExp(`^vote:(${ASK_ID}):(up|down)$`).exec(customId);
  return match ? { askId: match[1] as string, helpful: match[2] === "up" } : undefined;
}

/** A vote-shaped id that does not parse: answered as forged rather than as any other button. */
export const looksLikeVote = (customId: string) => customId.startsWith("vote:");

const FORGET_ME = "forget-me:confirm";

export function forgetMeButton(): ActionRow {
  return {
    type: 1,
    components: [button("Delete my questions and votes", FORGET_ME, STYLE.danger)],
  };
}

export const isForgetMeButton = (customId: string) => customId === FORGET_ME;

/** "◀ Newer" and "Older ▶" for a page of /gaps; the id carries the story, days and page. */
export function gapsPageButtons(
  story: string,
  days: number,
  page: number,
  pages: number,
): ActionRow[] {
  if (pages <= 1) return [];
  const go = (label: string, to: number) => ({
    ...button(label, `gaps:${story}:${days}:${to}`, STYLE.secondary),
    ...(to < 0 || to >= pages ? { disabled: true } : {}),
  });
  return [{ type: 1, components: [go("◀ Previous", page - 1), go("Next ▶", page + 1)] }];
}

export function parseGapsButton(
  customId: string,
): { story: string; days: number; page: number } | undefined {
  const match = new RegExp(`^gaps:(${STORY_ID}):(\\d{1,4}):(\\d{1,4})$`).exec(customId);
  return match
    ? { story: match[1] as string, days: Number(match[2]), page: Number(match[3]) }
    : undefined;
}
