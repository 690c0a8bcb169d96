import {
  ABSENT_VERBS,
  ATTENDING_VERBS,
  CONVENING_VERBS,
  INVITING_VERBS,
  NEGATIONS,
} from "../../language/attendance.js";
import type { Attendance, AttendanceStatus, Entity } from "../schema.js";
import type { EntityMention } from "./entities.js";
import type { ReadParagraph } from "./mentions.js";

export interface DraftedAttendance {
  attendance: Attendance[];
  /** What the parties attend, as the article names it most often ("the Karsk talks"), if it does. */
  gathering: string | null;
  undecided: string[];
}

const PARTY_KINDS = new Set(["person", "group", "organisation", "country", "media"]);

/** Which status wins when one party has several: convening, then staying away, then attending. */
const PRECEDENCE: AttendanceStatus[] = ["convening", "not_attending", "attending", "invited"];

interface Finding {
  party: string;
  status: AttendanceStatus;
  paragraph: number;
  sentence: string;
  gathering: string | null;
}

const phrase = (verbs: readonly string[]) =>
  new RegExp(`\\b(?:${[...verbs].sort((a, b) => b.length - a.length).join("|")})\\b`, "giu");

/** The gathering named right after a verb: "attend the Karsk talks" → "the Karsk talks". */
function gatheringAfter(text: string): string | null {
  const match =
    /^\s+(?:in\s+|to\s+)?(the\s+(?:[\p{L}’'-]+\s+){0,3}?(?:talks|meeting|summit|conference|negotiations|board|session|assembly|ceremony|games|event|vote|election|diet))\b/iu.exec(
      text,
    );
  return match?.[1] ?? null;
}

/** ", which …," and ", led by …,": names inside them are not the subject. */
function asides(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/, (?:which|who|led by|headed by|run by|backed by) [^,]*,/gu)].map(
    (match) => ({ start: match.index, end: match.index + match[0].length }),
  );
}

/**
 * Who attends, was invited, stays away or convenes, where a sentence says so: the party is the
 * subject of "will attend", "would not take part", "is staying away", the object of "invited",
 * the agent of "brokered by".
 */
export function draftAttendance(
  read: ReadParagraph[],
  entities: Entity[],
  mentions: EntityMention[],
): DraftedAttendance {
  const kinds = new Map(entities.map((entity) => [entity.id, entity.kind]));
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  const findings: Finding[] = [];
  for (const entry of read) {
    for (const { sentence, start: offset } of entry.sentences) {
      const text = sentence.text;
      const hidden = asides(text);
      const isVerb = (at: number) =>
        entry.tokens.some(
          (token) =>
            token.start === offset + at && token.tags.has("Verb") && !token.tags.has("Noun"),
        );
      const parties = mentions
        .filter((m) => m.sentence === sentence.id && PARTY_KINDS.has(kinds.get(m.entity) ?? ""))
        .map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }))
        .filter((m) => !hidden.some((aside) => m.start >= aside.start && m.end <= aside.end));
      const subjectOf = (at: number) => parties.filter((m) => m.end <= at).pop();
      const add = (
        party: string | undefined,
        status: AttendanceStatus,
        gathering: string | null,
      ) => {
        if (party)
          findings.push({
            party,
            status,
            paragraph: sentence.paragraph,
            sentence: text,
            gathering,
          });
      };
      const negated = (at: number) => {
        const before = text.slice(Math.max(0, at - 25), at).toLowerCase();
        return [...NEGATIONS].some((word) =>
          new RegExp(`(?:^|\\s)${word}\\s+(?:\\S+\\s+)?$`, "u").test(before),
        );
      };
      for (const match of text.matchAll(phrase(INVITING_VERBS))) {
        const at = match.index;
        const passive = /\b(?:been|be|was|were|is|are)\s+(?:\S+\s+)?$/iu.test(text.slice(0, at));
        const after = parties.find((m) => m.start >= at + match[0].length);
        if (passive)
          add(subjectOf(at)?.entity, "invited", gatheringAfter(text.slice(at + match[0].length)));
        else if (after && /^\s+(?:the\s+)?$/u.test(text.slice(at + match[0].length, after.start))) {
          add(after.entity, "invited", null);
          add(subjectOf(at)?.entity, "convening", null);
        }
      }
      for (const match of text.matchAll(phrase(ATTENDING_VERBS))) {
        const at = match.index;
        // "invited X to take part": the invitation says it, not X.
        if (/\binvit\w*\s+(?:the\s+)?\S+(?:\s+\S+)?\s+to\s+$/iu.test(text.slice(0, at))) continue;
        // "was attended by nine towns": the subject is the gathering itself.
        if (/^\s+by\b/u.test(text.slice(at + match[0].length))) continue;
        const gathering = gatheringAfter(text.slice(at + match[0].length));
        add(subjectOf(at)?.entity, negated(at) ? "not_attending" : "attending", gathering);
      }
      for (const match of text.matchAll(phrase(ABSENT_VERBS))) {
        const at = match.index;
        if (negated(at)) continue;
        add(
          subjectOf(at)?.entity,
          "not_attending",
          gatheringAfter(text.slice(at + match[0].length)),
        );
      }
      for (const match of text.matchAll(phrase(CONVENING_VERBS))) {
        // "WHO-brokered talks" describes other talks than the gathering; "local hosts" are people.
        if (text[match.index - 1] === "-" || !isVerb(match.index)) continue;
        const at = match.index + match[0].length;
        const by = /^\s+by\s+/u.exec(text.slice(at));
        if (by) {
          // "brokered by Borduria and Freedonia": every party named in the list.
          const list = text.slice(at + by[0].length).split(/[,.;]/u)[0] ?? "";
          const listEnd = at + by[0].length + list.length;
          for (const m of parties.filter((p) => p.start >= at && p.end <= listEnd)) {
            add(m.entity, "convening", null);
          }
        } else if (!negated(match.index)) {
          add(subjectOf(match.index)?.entity, "convening", gatheringAfter(text.slice(at)));
        }
      }
    }
  }

  const counts = new Map<string, number>();
  for (const finding of findings) {
    if (finding.gathering) {
      const key = finding.gathering.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const most = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const gathering =
    findings.find((finding) => finding.gathering?.toLowerCase() === most)?.gathering ?? null;

  const undecided: string[] = [];
  const attendance: Attendance[] = [];
  const parties = [...new Set(findings.map((finding) => finding.party))];
  for (const party of parties) {
    const own = findings.filter((finding) => finding.party === party);
    const statuses = [...new Set(own.map((finding) => finding.status))];
    const status = PRECEDENCE.find((candidate) => statuses.includes(candidate)) as AttendanceStatus;
    if (statuses.includes("attending") && statuses.includes("not_attending")) {
      undecided.push(
        `attendance of "${party}": the article says it attends and that it does not; drafted as ${status}`,
      );
    }
    const cited = own.filter((finding) => finding.status === status);
    const citations = [...new Map(cited.map((f) => [`${f.paragraph}|${f.sentence}`, f])).values()]
      .slice(0, 3)
      .map((finding) => ({ paragraph: finding.paragraph, text: finding.sentence }));
    const name = names.get(party) ?? party;
    const what = gathering ?? "the gathering";
    const note = {
      convening: `${name} convenes or brings about ${what}.`,
      attending: `${name} takes part in ${what}.`,
      invited: `${name} is invited to ${what}.`,
      not_attending: `${name} does not take part in ${what}.`,
    }[status];
    attendance.push({
      id: `${party}-${status.replace("_", "-")}`,
      party,
      status,
      note,
      citations,
      draft: true,
    });
  }
  return { attendance, gathering: attendance.length > 0 ? gathering : null, undecided };
}
