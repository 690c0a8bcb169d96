import { MAX_FRONT_MATTER_WORDS, PHOTO_CREDIT_WORDS } from "../../language/front-matter.js";
import type { FrontMatter } from "../article.js";
import { normalizeText } from "../text.js";

/** The article's non-blank lines, normalised as loading normalises them. */
export function articleLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map(normalizeText)
    .filter((line) => line.length > 0);
}

const wordCount = (line: string) => line.split(" ").length;

/** A short line in capitals, such as "KOVGRAD" or "NEW YORK, Jan. 3": a wire report's dateline. */
function isDateline(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  return (
    letters.length > 1 &&
    wordCount(line) <= MAX_FRONT_MATTER_WORDS &&
    line.split(",")[0] === line.split(",")[0]?.toUpperCase()
  );
}

/** A short line that credits a photo: "Reuters photo", "Photo: Reuters". */
function isPhotoCredit(line: string): boolean {
  if (wordCount(line) > MAX_FRONT_MATTER_WORDS || /[.!?]$/u.test(line)) return false;
  const lower = ` ${line.toLowerCase().replace(/[^\p{L}\s]/gu, " ")} `;
  return [...PHOTO_CREDIT_WORDS].some((word) => lower.includes(` ${word} `));
}

/**
 * The front matter of an article: its first line is the headline, and the lines before the
 * first paragraph are repeats of it, a dateline or a photo credit. What it does not state
 * stays null.
 */
export function draftFrontMatter(raw: string): FrontMatter {
  const lines = articleLines(raw);
  const headline = lines[0] ?? "";
  let dateline: string | null = null;
  let photoCredit: string | null = null;
  for (const line of lines.slice(1)) {
    if (line === headline) continue;
    if (dateline === null && isDateline(line)) dateline = line;
    else if (photoCredit === null && isPhotoCredit(line)) photoCredit = line;
    else break;
  }
  return { headline, dateline, photoCredit };
}
