/**
 * Splits a paragraph into sentences.
 *
 * A sentence ends at ".", "!" or "?" (with any closing quotes or brackets after it) when
 * white space and then a capital letter, a digit or an opening quote follow. It does not
 * end after an abbreviation ("U.S.", "Jan.", "Mr.") or a single-letter initial, so dates
 * such as "Jan. 19" and "Dec. 30, 2016" and names such as "U.N. spokesman" stay whole.
 * Text after the last terminator (a paragraph with no final period) is a sentence too.
 */
const ABBREVIATIONS = new Set(
  [
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "gov",
    "sen",
    "rep",
    "st",
    "no",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "jr",
    "sr",
  ].map((word) => `${word}.`),
);

const BOUNDARY = /[.!?]+[”’"')\]]*(?=\s+[“‘"'([]?[\p{Lu}\p{N}])/gu;

function endsWithAbbreviation(before: string): boolean {
  const lastWord = before.split(/\s+/).pop() ?? "";
  const word = lastWord.replace(/^[“‘"'([]+/u, "").toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Dotted initials and acronyms: "U.S.", "U.N.", "J."
  return /^(\p{L}\.)+$/u.test(word);
}

export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    const candidate = paragraph.slice(start, end);
    if (match[0].startsWith(".") && endsWithAbbreviation(paragraph.slice(start, match.index + 1))) {
      continue;
    }
    sentences.push(candidate.trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest.length > 0) sentences.push(rest);
  return sentences;
}
