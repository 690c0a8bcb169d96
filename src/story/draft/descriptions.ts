import {
  COUNTRY_WORDS,
  DESCRIBING_SUFFIXES,
  GROUP_WORDS,
  MEDIA_WORDS,
  ORGANISATION_WORDS,
  PLACE_WORDS,
  ROLE_WORDS,
} from "../../language/naming.js";
import { isTitleWord, TITLE_HEADS } from "../../language/titles.js";
import type { NameRun, ReadParagraph } from "./mentions.js";
import type { Token } from "./nlp.js";

/**
 * The article's own description of something it names, verbatim: a title ("Freedonian Foreign
 * Minister"), a phrase before the name ("key rebel group", "state-run Ostrava Press Agency"), or an
 * apposition (", a London-based war monitor,"; "The W.H.O.'s envoy, Luca …,").
 */
export interface Description {
  paragraph: number;
  text: string;
  /** The description's head word, lower case: what kind of thing it says the name is. */
  head: string;
  /** 1 a title or a phrase joined to the name, 2 an apposition, 3 a relative clause. */
  rank: 1 | 2 | 3;
  /** Whether the description is a person's title ("Freedonian President"). */
  title: boolean;
}

/** Head words that make a phrase a description of what follows or precedes it. */
function describes(head: string): boolean {
  return [
    GROUP_WORDS,
    ORGANISATION_WORDS,
    MEDIA_WORDS,
    PLACE_WORDS,
    COUNTRY_WORDS,
    ROLE_WORDS,
  ].some((words) => words.has(head))
    ? true
    : TITLE_HEADS.has(head);
}

const STOP_TAGS = [
  "Determiner",
  "Preposition",
  "Conjunction",
  "Pronoun",
  "Adverb",
  "Auxiliary",
  "Modal",
  "Copula",
  "QuestionWord",
  "Date",
  "Value",
];

const lastWord = (text: string) =>
  (text.split(/\s+/).pop() ?? "").toLowerCase().replace(/[’']s?$/u, "");

/** The head of a noun phrase: its last word before "of", "for", "to", "in", "that", "which". */
function headOf(phrase: string): string {
  const words = phrase.split(/\s+/);
  const cut = words.findIndex(
    (word, index) => index > 0 && ["of", "for", "to", "in", "that", "which", "who"].includes(word),
  );
  const noun = cut > 0 ? words.slice(0, cut) : words;
  const known = noun
    .filter((word) => !/[’']s?$/u.test(word))
    .map((word) => lastWord(word))
    .find((word) => describes(word));
  return known ?? lastWord(noun.join(" "));
}

const hasAny = (token: Token, tags: string[]) => tags.some((tag) => token.tags.has(tag));

/** The lower-case or adjective words straight before a name: "key rebel group …". */
function phraseBefore(read: ReadParagraph, start: number): { from: number; text: string } | null {
  const text = read.paragraph.text;
  const bracket = /\[([^\]]+)\]\s*$/u.exec(text.slice(0, start));
  if (bracket?.[1]) {
    const from = bracket.index + 1;
    return { from, text: bracket[1] };
  }
  const before = read.tokens.filter((token) => token.end <= start);
  let from = start;
  let words = 0;
  for (let index = before.length - 1; index >= 0 && words < 5; index -= 1) {
    const token = before[index] as Token;
    const gap = text.slice(token.end, from);
    if (!/^(?:\s+|-)$/u.test(gap)) break;
    const verb =
      token.tags.has("Verb") && !hasAny(token, ["Noun", "Adjective", "Infinitive", "Hyphenated"]);
    if (hasAny(token, STOP_TAGS) && !token.tags.has("Acronym")) break;
    if (verb && token.tags.has("PastTense")) break;
    from = token.start;
    words += 1;
  }
  if (from === start) return null;
  return { from, text: text.slice(from, start).trim() };
}

/** The segment after ", " that follows a name, up to the next comma or the sentence's end. */
function segmentAfter(read: ReadParagraph, end: number, sentenceEnd: number) {
  const text = read.paragraph.text;
  const opening = /^[”’"]?, /u.exec(text.slice(end, sentenceEnd));
  if (!opening) return null;
  const from = end + opening[0].length;
  const rest = text.slice(from, sentenceEnd);
  const stop = rest.search(/,|;|\.$/u);
  let segment = (stop >= 0 ? rest.slice(0, stop) : rest).trim();
  // "U.S. envoy to Freedonia to discuss …": the description ends before the purpose.
  const purpose = read.tokens.find(
    (token, index) =>
      token.start >= from &&
      token.start < from + segment.length &&
      token.normal === "to" &&
      read.tokens[index + 1]?.tags.has("Infinitive"),
  );
  if (purpose) segment = text.slice(from, purpose.start).trim();
  return segment.length > 0 ? { from, text: segment } : null;
}

/** Every description the article gives of one mention of a name. */
export function describeMention(read: ReadParagraph, run: NameRun): Description[] {
  const found: Description[] = [];
  const paragraph = run.paragraph;
  const text = read.paragraph.text;
  const located = read.sentences.find((entry) => entry.sentence.id === run.sentence.id);
  const sentenceStart = located?.start ?? 0;
  const sentenceEnd = located?.end ?? text.length;
  if (run.title) {
    found.push({ paragraph, text: run.title, head: lastWord(run.title), rank: 1, title: true });
  }
  const before = phraseBefore(read, run.titleStart);
  if (before) {
    const head = lastWord(before.text);
    const suffix = DESCRIBING_SUFFIXES.find((ending) => before.text.endsWith(ending));
    if (suffix) {
      found.push({
        paragraph,
        text: text.slice(before.from, run.end),
        head: lastWord(run.text),
        rank: 1,
        title: false,
      });
    } else if (describes(head) && !/^\p{Lu}/u.test(lastWord(before.text))) {
      found.push({ paragraph, text: before.text, head, rank: 1, title: TITLE_HEADS.has(head) });
    }
  }
  // "the Vantorian capital of Karsk"
  const of = /(?:^|\s)((?:the\s+)?(?:[\p{L}’-]+\s+)?([\p{L}]+)\s+of\s+)$/u.exec(
    text.slice(sentenceStart, run.titleStart),
  );
  if (of?.[1] && of[2] && (PLACE_WORDS.has(of[2]) || COUNTRY_WORDS.has(of[2]))) {
    found.push({
      paragraph,
      text: text.slice(run.titleStart - of[1].length, run.end),
      head: of[2],
      rank: 1,
      title: false,
    });
  }
  // "The World Health Organization’ peace envoy for Freedonia, Luca de Santis, will attend"
  const lead = text.slice(sentenceStart, run.titleStart);
  if (lead.endsWith(", ")) {
    const segment =
      lead
        .slice(0, -2)
        .split(/[,;:]\s/u)
        .pop() ?? "";
    const words = segment.trim().split(/\s+/);
    const closes = /^(?:,|\.|$)/u.test(text.slice(run.end, run.end + 1));
    if (words.length <= 12 && closes && describes(headOf(segment.trim()))) {
      found.push({
        paragraph,
        text: segment.trim(),
        head: headOf(segment.trim()),
        rank: 1,
        title: TITLE_HEADS.has(headOf(segment.trim())),
      });
    }
  }
  const after = segmentAfter(read, run.end, sentenceEnd);
  if (after) {
    const words = after.text.split(/\s+/);
    const first = (words[0] ?? "").toLowerCase();
    const head = headOf(after.text);
    const titled =
      isTitleWord(first) || (words.length > 1 && isTitleWord((words[1] ?? "").replace(/,$/u, "")));
    if (["which", "who"].includes(first) && words.length <= 20) {
      found.push({ paragraph, text: after.text, head: "", rank: 3, title: false });
    } else if (
      words.length <= 25 &&
      (["a", "an"].includes(first) || (first === "the" && describes(head)) || titled)
    ) {
      found.push({ paragraph, text: after.text, head, rank: 2, title: titled });
    }
  }
  return found;
}
