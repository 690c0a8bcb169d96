import { BOT_NAMES, CLOSING_FILLER, REPHRASINGS } from "../language/chat.js";

/** What reaches the matcher at most: the /ask option's own cap (Discord enforces it too). */
export const MAX_QUESTION_LENGTH = 500;

const MENTIONS = [
  /<@[!&]?\d+>/gu, // users and roles
  /<#\d+>/gu, // channels
  /<a?:[\w~]+:\d+>/gu, // custom emoji
  /<\/[\w -]+:\d+>/gu, // command mentions
  /@(?:everyone|here)\b/giu,
  /(?:^|\s)@[\p{L}\p{N}_.]+/gu, // a typed @name
  /\bhttps?:\/\/\S+/giu,
  /:[a-z][a-z0-9_+-]*:/giu, // emoji shortcodes (":wave:", never the "9:30:" of a time)
];
/** Pictographs, flags, skin tones, joiners and variation selectors: emoji of every form. */
const EMOJI =
  /\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0e|\ufe0f|\u20e3/gu;
/** Control and format characters, and halves of surrogate pairs standing alone. */
const INVISIBLE =
  /[\p{Cc}\p{Cf}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

const bot = BOT_NAMES.join("|");
/** "hey bot, …", "ok storybot: …", "bot …" at the start; "…, bot" at the end ("the robot" stays). */
const ADDRESS_START = new RegExp(
  `^\\s*(?:(?:hey|hi|hello|yo|ok|okay|oi|so|dear|hiya)\\s*[,!]?\\s*)?(?:${bot})\\b\\s*[,:!.-]*\\s*`,
  "iu",
);
const ADDRESS_END = new RegExp(`,\\s*(?:${bot})\\s*[?!.]*\\s*$`, "iu");

/**
 * A question as the matcher should see it: at most {@link MAX_QUESTION_LENGTH} characters, with
 * mentions, channel and role references, links, emoji and invisible characters dropped, and the
 * words addressed to the bot itself ("hey bot", "… thanks") taken off. Returns the empty string
 * when nothing that could be asked is left (a bare @everyone is not a question).
 */
export function cleanQuestion(raw: string): string {
  let text = raw.slice(0, MAX_QUESTION_LENGTH).replace(INVISIBLE, " ");
  for (const pattern of MENTIONS) text = text.replace(pattern, " ");
  text = text.replace(EMOJI, " ").replace(ADDRESS_START, "").replace(ADDRESS_END, "");
  for (const filler of CLOSING_FILLER) text = text.replace(filler, "");
  for (const [pattern, plain] of REPHRASINGS) text = text.replace(pattern, plain);
  text = text.replace(/\s+/gu, " ").trim();
  return /[\p{L}\p{N}]/u.test(text) ? text : "";
}
