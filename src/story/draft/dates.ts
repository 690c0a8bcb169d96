import { ERAS_AFTER, ERAS_BEFORE, monthOf, YEAR_CUES } from "../../language/dates.js";
import { dateSpans } from "./nlp.js";

/** A date as the article writes it, where it stands in its text, and its sortable key if known. */
export interface DateExpression {
  start: number;
  end: number;
  asWritten: string;
  /** Partial ISO key ("2017-01-19", "1356", "0880", "-0037"); absent when the year is unknown. */
  date?: string;
  /** Set for a month and day with no year ("Jan. 19"): the year comes from the article. */
  month?: number;
  day?: number;
}

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

const pad = (year: number) =>
  year < 0 ? `-${String(-year).padStart(4, "0")}` : String(year).padStart(4, "0");
const two = (n: number) => String(n).padStart(2, "0");

interface Pattern {
  regex: RegExp;
  read: (match: RegExpExecArray) => Omit<DateExpression, "start" | "end" | "asWritten"> | null;
}

/** The forms of dates drafting reads, longest first. */
const PATTERNS: Pattern[] = [
  {
    // "Dec. 30, 2016", "Jan. 19", "March 4"
    regex: new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:,\s*(\d{4}))?\b`, "gu"),
    read: (match) => {
      const month = monthOf(match[1] ?? "");
      const day = Number(match[2]);
      if (!month || day < 1 || day > 31) return null;
      return match[3] ? { date: `${match[3]}-${two(month)}-${two(day)}` } : { month, day };
    },
  },
  {
    // "March 2016"
    regex: new RegExp(String.raw`\b(${MONTH})\s+(\d{4})\b`, "gu"),
    read: (match) => {
      const month = monthOf(match[1] ?? "");
      return month ? { date: `${match[2]}-${two(month)}` } : null;
    },
  },
  {
    // "the late 12th century", "9th century BC"
    regex:
      /\b(?:(?:early|late|mid|mid-)\s*)?(\d{1,2})(?:st|nd|rd|th)[\s-]century(?:\s+(BCE|BC|B\.C\.))?/gu,
    read: (match) => {
      const century = Number(match[1]);
      const before = match[2] !== undefined;
      return { date: pad(before ? -(century * 100 - 1) : (century - 1) * 100) };
    },
  },
  {
    // "the 880s", "the 1440s"
    regex: /\bthe\s+(\d{3,4})s\b/gu,
    read: (match) => ({ date: pad(Number(match[1])) }),
  },
  {
    // "38 BCE", "AD 911"
    regex: /\b(?:(AD|A\.D\.)\s+(\d{1,4})|(\d{1,4})\s+(BCE|BC|B\.C\.E\.|B\.C\.|CE|AD)(?=\W|$))/gu,
    read: (match) => {
      if (match[2]) return { date: pad(Number(match[2])) };
      const year = Number(match[3]);
      const era = (match[4] ?? "").toLowerCase();
      if (ERAS_BEFORE.has(era)) return { date: pad(1 - year) };
      return ERAS_AFTER.has(era) ? { date: pad(year) } : null;
    },
  },
  {
    // "from 1462 to 1488", "between 1389 and 1392", "1470 to 1474"
    regex: /\b(?:(?:from|between)\s+)?(\d{3,4})\s+(?:to|and|until)\s+(\d{3,4})\b/gu,
    read: (match) => {
      const [from, to] = [Number(match[1]), Number(match[2])];
      return to > from && to - from < 400 ? { date: pad(from) } : null;
    },
  },
];

/** "in 1356", "c. 1200", "since 1157": a bare number is a year only after such a word. */
const BARE_YEAR =
  /(?:^|\s)((?:c\.|circa|around)\s+)?(\d{3,4})(?![\d,.]\d)(?!\s+(?:\p{Ll}+s|per)\b)/gu;

/** A bare number is a year when a word such as "in", "since" or "c." stands before it. */
function readBareYear(text: string, match: RegExpExecArray): DateExpression | null {
  const year = Number(match[2]);
  if (year < 100 || year > 2100) return null;
  const offset = match.index + match[0].indexOf(match[1] ?? match[2] ?? "");
  const before = text.slice(0, offset).trimEnd().split(/\s+/).pop()?.toLowerCase() ?? "";
  if (!match[1] && !YEAR_CUES.has(before)) return null;
  const start = offset;
  const end = match.index + match[0].length;
  return { start, end, asWritten: text.slice(start, end), date: pad(year) };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Every date a text writes, as written, with its key where the text gives the year. compromise
 * finds the date phrases; each is read by the forms above, and the forms compromise does not
 * know (eras, decades, centuries, years after "in" or "c.") are read from the text itself.
 */
export function findDates(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  const add = (expression: DateExpression) => {
    if (!found.some((other) => overlaps(other, expression))) found.push(expression);
  };
  const read = (from: number, to: number) => {
    const part = text.slice(from, to);
    for (const pattern of PATTERNS) {
      for (const match of part.matchAll(pattern.regex)) {
        const value = pattern.read(match as RegExpExecArray);
        if (!value) continue;
        const start = from + match.index;
        const written = match[0].replace(/^the\s+/u, "");
        const lead = match[0].length - written.length;
        add({ start: start + lead, end: start + match[0].length, asWritten: written, ...value });
      }
    }
    for (const match of part.matchAll(BARE_YEAR)) {
      const year = readBareYear(part, match as RegExpExecArray);
      if (year) add({ ...year, start: year.start + from, end: year.end + from });
    }
  };
  for (const span of dateSpans(text)) read(span.start, span.end);
  read(0, text.length);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Gives a month and day with no year ("Jan. 19") the year that puts it nearest a full date the
 * article writes ("Dec. 30, 2016" makes "Jan. 19" 2017-01-19); without a full date, no key.
 */
export function inferYears(dates: DateExpression[]): DateExpression[] {
  const full = dates.find((date) => date.date && /^\d{4}-\d{2}-\d{2}$/u.test(date.date));
  if (!full?.date) return dates;
  const reference = Date.parse(full.date);
  const year = Number(full.date.slice(0, 4));
  return dates.map((date) => {
    if (date.date || !date.month || !date.day) return date;
    const { month, day } = date;
    const candidates = [year - 1, year, year + 1].map((y) => ({
      y,
      distance: Math.abs(Date.UTC(y, month - 1, day) - reference),
    }));
    candidates.sort((a, b) => a.distance - b.distance);
    const best = candidates[0]?.y ?? year;
    return { ...date, date: `${best}-${two(month)}-${two(day)}` };
  });
}
