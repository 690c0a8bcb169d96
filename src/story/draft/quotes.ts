import { isSaying } from "../../language/saying.js";
import type { Entity, Quote } from "../schema.js";
import type { EntityMention } from "./entities.js";
import { keywordsOf } from "./keywords.js";
import type { ReadParagraph } from "./mentions.js";
import { dateSpans, type Token } from "./nlp.js";
import { slug, uniqueId } from "./slug.js";

export interface DraftedQuotes {
  quotes: Quote[];
  /** Quoted terms: words in quotation marks that nobody says. */
  terms: string[];
  undecided: string[];
}

const PRONOUNS = new Set(["he", "she", "they", "it", "we"]);
const SPEAKING_KINDS = new Set(["person", "group", "organisation", "media", "country"]);

interface Span {
  start: number;
  end: number;
}

const inside = (span: Span, outer: Span) => span.start >= outer.start && span.end <= outer.end;

/** The verb of saying that attributes a quotation: first after it, else the last before it. */
function sayingVerb(
  tokens: Token[],
  quote: Span,
  sentence: Span,
): { token: Token; after: boolean } | null {
  const outside = tokens.filter((token) => inside(token, sentence) && !inside(token, quote));
  const saying = (token: Token) =>
    isSaying(token.normal) && (token.tags.has("Verb") || token.normal === "according");
  const after = outside.find((token) => token.start >= quote.end && saying(token));
  if (after) return { token: after, after: true };
  const before = outside.filter((token) => token.end <= quote.start && saying(token)).pop();
  return before ? { token: before, after: false } : null;
}

/** Offsets of the relative clauses ", which …," and ", who …," in a sentence: their names are not its subject. */
function relativeClauses(text: string, sentence: Span): Span[] {
  const spans: Span[] = [];
  for (const match of text
    .slice(sentence.start, sentence.end)
    .matchAll(/, (?:which|who) [^,]*,/gu)) {
    spans.push({
      start: sentence.start + match.index,
      end: sentence.start + match.index + match[0].length,
    });
  }
  return spans;
}

/** Everything the article says about who said something, where, when, and who reported it. */
export function draftQuotes(
  read: ReadParagraph[],
  entities: Entity[],
  mentions: EntityMention[],
): DraftedQuotes {
  const kindOf = new Map(entities.map((entity) => [entity.id, entity.kind]));
  const quotes: Quote[] = [];
  const terms: string[] = [];
  const undecided: string[] = [];
  const ids = new Set<string>();
  let lastSpeaker: Quote | null = null;

  for (const entry of read) {
    const text = entry.paragraph.text;
    const here = mentions.filter((mention) => mention.paragraph === entry.paragraph.number);
    for (const quotation of entry.quotations) {
      const words = text
        .slice(quotation.start + 1, quotation.end - 1)
        .replace(/[,.;:]+$/u, "")
        .trim();
      if (quotation.kind === "term") {
        terms.push(words);
        continue;
      }
      const first = entry.sentences.find(
        (s) => quotation.start >= s.start && quotation.start < s.end,
      );
      const last = entry.sentences.find((s) => quotation.end > s.start && quotation.end <= s.end);
      const sentence = { start: first?.start ?? 0, end: last?.end ?? text.length };
      const attribution = text.slice(sentence.start, sentence.end);
      const verb = sayingVerb(entry.tokens, quotation, sentence);
      const clauses = relativeClauses(text, sentence);
      const speakers = here.filter(
        (mention) =>
          inside(mention, sentence) &&
          !inside(mention, quotation) &&
          SPEAKING_KINDS.has(kindOf.get(mention.entity) ?? "") &&
          !clauses.some((clause) => inside(mention, clause)),
      );
      const pronoun = (from: number, to: number) =>
        entry.tokens.find(
          (token) =>
            token.start >= from &&
            token.end <= to &&
            PRONOUNS.has(token.normal) &&
            token.tags.has("Pronoun"),
        );

      let speaker: string | null = null;
      let continued = false;
      let sure = true;
      if (verb?.after) {
        const between = speakers.filter(
          (m) => m.start >= quotation.end && m.end <= verb.token.start,
        );
        const clauseEnd = text.slice(verb.token.end, sentence.end).search(/[,;.]/u);
        const object = speakers.filter(
          (m) =>
            m.start >= verb.token.end && (clauseEnd < 0 || m.end <= verb.token.end + clauseEnd),
        );
        if (between.length > 0) speaker = (between[between.length - 1] as EntityMention).entity;
        else if (pronoun(quotation.end, verb.token.start) && lastSpeaker) {
          speaker = lastSpeaker.speaker;
          continued = true;
        } else if (object.length > 0) speaker = (object[object.length - 1] as EntityMention).entity;
      } else if (verb) {
        const before = speakers.filter((m) => m.end <= verb.token.start);
        const he = pronoun(before[before.length - 1]?.end ?? sentence.start, verb.token.start);
        if (he) {
          // "he is reported to have said": the person named last before the pronoun.
          const named = here
            .filter((m) => m.end <= he.start && kindOf.get(m.entity) === "person")
            .pop();
          speaker = named?.entity ?? lastSpeaker?.speaker ?? null;
          continued = named === undefined;
        } else if (before.length > 0) speaker = (before[before.length - 1] as EntityMention).entity;
      }
      if (speaker === null) {
        sure = false;
        const nearest = [...here].sort(
          (a, b) => Math.abs(a.start - quotation.start) - Math.abs(b.start - quotation.start),
        )[0];
        speaker = nearest?.entity ?? lastSpeaker?.speaker ?? entities[0]?.id ?? null;
      }
      if (speaker === null) continue;

      // Words about someone else: "Lindqvist asked … “in light of …,” said Okafor."
      const subject = here.find((m) => inside(m, sentence) && m.start < quotation.start);
      const fragment = /^\p{Ll}/u.test(words);
      const about =
        verb?.after &&
        fragment &&
        subject &&
        subject.entity !== speaker &&
        SPEAKING_KINDS.has(kindOf.get(subject.entity) ?? "")
          ? subject.entity
          : null;

      const outsideQuote = (span: Span) => inside(span, sentence) && !inside(span, quotation);
      // The date of the saying stands right after its verb: "said on Jan. 19".
      const when =
        dateSpans(text)
          .filter(outsideQuote)
          .filter(
            (span) =>
              verb !== null &&
              span.start >= verb.token.end &&
              /^[\s,]*(?:on|in)?\s*$/u.test(text.slice(verb.token.end, span.start)),
          )
          .map((span) =>
            text
              .slice(span.start, span.end)
              .replace(/^(?:on|in|since|by)\s+/iu, "")
              .replace(/[,.;]+$/u, ""),
          )[0] ?? null;
      const afterVerb = verb ? text.slice(verb.token.end, sentence.end) : "";
      const clause = afterVerb.search(/[,;.]/u);
      const media = speakers.find(
        (m) =>
          kindOf.get(m.entity) === "media" &&
          verb &&
          m.start >= verb.token.end &&
          (clause < 0 || m.end <= verb.token.end + clause),
      );
      let where: string | null = null;
      let toldMedia: string | null = null;
      if (verb?.token.normal === "told" && media) {
        where = text.slice(verb.token.end, media.end).trim();
        toldMedia = media.entity;
      } else {
        const place = here.find(
          (m) =>
            outsideQuote(m) &&
            ["place", "country"].includes(kindOf.get(m.entity) ?? "") &&
            /\b(?:in|at)\s+$/u.test(text.slice(Math.max(0, m.start - 4), m.start)) &&
            (!verb || m.start > verb.token.start),
        );
        where = place ? place.text : null;
      }
      const reporter = here.find((m) => {
        if (!outsideQuote(m) || kindOf.get(m.entity) === "person" || m.entity === speaker)
          return false;
        const before = text.slice(Math.max(0, m.titleStart - 40), m.titleStart);
        return /\b(?:reported by|according to)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/u.test(before);
      });
      let reportedBy = reporter?.entity ?? null;
      if (reportedBy === null && toldMedia !== null) {
        // "Marsh told the Harbour Gazette": the outlet she told is the one that reports it.
        reportedBy = toldMedia;
        where = null;
      }
      if (continued && lastSpeaker && lastSpeaker.speaker === speaker) {
        reportedBy ??= lastSpeaker.reportedBy;
        where ??= lastSpeaker.where;
      }
      if (!sure) {
        undecided.push(
          `quote in ¶${entry.paragraph.number} “${words.slice(0, 50)}…”: speaker not found, given to "${speaker}"`,
        );
      }
      const quote: Quote = {
        id: uniqueId(`${speaker}-${slug(keywordsOf(words).slice(0, 3).join(" "), 3)}`, ids),
        speaker,
        words: { paragraph: entry.paragraph.number, text: words },
        attribution: { paragraph: entry.paragraph.number, text: attribution },
        when,
        where,
        reportedBy,
        voice: about ? "about" : "own",
        about,
        topics: keywordsOf(words).slice(0, 5),
        draft: true,
      };
      quotes.push(quote);
      lastSpeaker = quote;
    }
  }
  return { quotes, terms, undecided };
}
