/**
 * English words of dates that drafting reads into sortable keys: months and their
 * abbreviations, eras, and the words that qualify a year ("c. 1200", "around 1360").
 */
export const MONTHS: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** The month (1–12) a word or an abbreviation names ("Jan.", "Sept", "March"), if any. */
export function monthOf(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/u, "");
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex(
    (month) => month === lower || (lower.length <= 4 && month.startsWith(lower)),
  );
  return index >= 0 ? index + 1 : undefined;
}

/** Eras before year 1 ("38 BCE") and after ("AD 911"). */
export const ERAS_BEFORE: ReadonlySet<string> = new Set(["bc", "bce", "b.c.", "b.c.e."]);
export const ERAS_AFTER: ReadonlySet<string> = new Set(["ad", "ce", "a.d.", "c.e."]);

/** Words before a bare number that make it a year: "in 1356", "since 1157", "c. 1380". */
export const YEAR_CUES: ReadonlySet<string> = new Set([
  "after",
  "and",
  "around",
  "before",
  "between",
  "by",
  "c.",
  "circa",
  "from",
  "in",
  "of",
  "since",
  "to",
  "until",
  "till",
]);
