import { FUNCTION_WORDS } from "../../language/function-words.js";
import { isSaying } from "../../language/saying.js";
import { findDates } from "./dates.js";
import { nlp } from "./nlp.js";

/** The kind of answer a sentence holds, as a question asks for it. */
export type AnswerKind = "who" | "when" | "where" | "how many" | "why" | "what";

export interface GeneratedQuestion {
  kind: AnswerKind;
  question: string;
}

/** What the question builder knows about the names in a sentence. */
export interface NameInSentence {
  /** The mention as written, with its title ("Freedonian Foreign Minister Anna Petrova"). */
  written: string;
  /** The name alone ("Anna Petrova") and its short form ("Petrova"). */
  name: string;
  short: string;
  kind: string;
}

interface VerbJson {
  text: string;
  offset: { start: number; length: number };
  terms: { text: string; tags: string[]; pre: string; post: string }[];
  verb: {
    auxiliary: string;
    infinitive: string;
    negative: boolean;
    root: string;
    grammar: { tense?: string; copula?: boolean };
  };
}

interface Clause {
  subject: string;
  /** The words before the verb, before leading phrases are dropped ("around 20,000 people"). */
  before: string;
  /** Auxiliaries as written ("has", "would not", "is"), or "" for a simple tense. */
  aux: string;
  /** The verb phrase after the first auxiliary: "largely held", "invited", "due to begin". */
  rest: string;
  verb: VerbJson;
  /** Everything after the verb phrase. */
  object: string;
}

const CAUSES = /\s(?:because of|because|due to|in order to|so that|owing to)\s/u;
const WHAT_PREPOSITIONS = new Set(["on", "for", "about", "with", "against", "into", "to"]);
/** Prepositions a shortened phrase must not end on. */
const PREPOSITIONS = new Set([
  "across",
  "along",
  "among",
  "around",
  "beyond",
  "despite",
  "near",
  "off",
  "onto",
  "towards",
  "within",
  "without",
]);
const PRONOUN_SUBJECTS = new Set(["it", "he", "she", "they"]);

const clean = (text: string) =>
  text
    .replace(/[“”"]/gu, "")
    .replace(/\s+/gu, " ")
    .replace(/\s+([,.?!])/gu, "$1")
    .trim();
const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Lower-cases a subject's first word unless it is a name: "The truce" → "the truce". */
function asInside(subject: string, names: NameInSentence[]): string {
  if (names.some((name) => subject.startsWith(name.written) || subject.startsWith(name.name))) {
    return subject;
  }
  const first = subject.split(" ")[0] ?? "";
  if (/^(?:\p{Lu}\.?){2,}/u.test(first)) return subject;
  return /^\p{Lu}\p{Ll}*$/u.test(first)
    ? subject.charAt(0).toLowerCase() + subject.slice(1)
    : subject;
}

/** Titles give way to names in a question: "Freedonian Foreign Minister Anna Petrova" → "Anna Petrova". */
function plainNames(text: string, names: NameInSentence[]): string {
  let result = text;
  for (const name of names) {
    if (name.written !== name.name) result = result.split(name.written).join(name.name);
  }
  return result;
}

/** Whether a word after a number is what is counted: a noun ("towns"), not "principal" or "to". */
function isCountable(word: string): boolean {
  const doc = nlp(word);
  return doc.has("#Noun") && !doc.has("#Adjective") && !doc.has("#Preposition");
}

/** Drops what stands before the subject: "On Jan. 19,", "Meanwhile,", "At its height". */
function subjectFrom(before: string): string {
  const segments = before.split(/,\s+/u).map((segment) => segment.trim());
  let subject = segments.pop() ?? "";
  while (subject === "" && segments.length > 0) subject = segments.pop() ?? "";
  const terms = (nlp(subject).json() as { terms: { text: string; tags: string[] }[] }[]).flatMap(
    (sentence) => sentence.terms,
  );
  if (terms[0]?.tags.includes("Preposition")) {
    let index = 1;
    let dated = false;
    while (index < terms.length) {
      const tags = terms[index]?.tags ?? [];
      if (
        tags.some((tag) => ["Determiner", "Possessive", "Adjective", "Abbreviation"].includes(tag))
      ) {
        index += 1;
      } else if (tags.includes("Value") || tags.includes("Date")) {
        dated = true;
        index += 1;
      } else break;
    }
    if (!dated) index += 1;
    subject = terms
      .slice(index)
      .map((term) => term.text)
      .join(" ");
  }
  return subject;
}

/** The finite verb of a clause and what stands around it. */
function mainClause(text: string): Clause | null {
  const verbs = nlp(text).verbs().json({ offset: true }) as VerbJson[];
  const candidates = verbs.filter((verb) => {
    const before = text.slice(0, verb.offset.start);
    const tags = verb.terms[0]?.tags ?? [];
    // compromise reads "month’s" as "month is", with an empty verb.
    if (verb.text.trim().length === 0) return false;
    if (/\bto\s+$/u.test(before)) return false;
    // "month’s" is a possessive, not "month is".
    if (/[’']/u.test(verb.terms[0]?.text ?? "") || /[’']\s*$/u.test(before)) return false;
    if (tags.includes("Gerund") && !verb.verb.auxiliary) return false;
    if (/(?:,\s+(?:which|who|that)\b[^,]*|\b(?:which|who|that)\s+)$/u.test(before)) return false;
    return before.trim().length > 0;
  });
  // "peace talks on Freedonia are due": a bare "-s" word before a verb with an auxiliary is a noun.
  const bare = (verb: VerbJson) =>
    !verb.verb.auxiliary &&
    !verb.verb.grammar.copula &&
    verb.verb.grammar.tense === "PresentTense" &&
    /s$/u.test(verb.text);
  const firm = candidates.find((verb) => verb.verb.auxiliary || verb.verb.grammar.copula);
  const first = candidates[0];
  const nounLike =
    first !== undefined &&
    bare(first) &&
    /^\s+(?:on|in|of|for|with|between|about|at)\b/u.test(
      text.slice(first.offset.start + first.offset.length),
    );
  const main = nounLike && firm && firm !== first ? firm : first;
  if (!main) return null;
  const before = text.slice(0, main.offset.start);
  let subject = subjectFrom(before);
  // "Negotiations … to reach a solution …": the purpose is not part of who acts.
  const purpose = verbs.find(
    (verb) =>
      verb.offset.start < main.offset.start &&
      /\bto\s+$/u.test(text.slice(0, verb.offset.start)) &&
      subject.includes(` to ${verb.text}`),
  );
  if (purpose) subject = subject.slice(0, subject.indexOf(` to ${purpose.text}`)).trim();
  if (subject.length === 0) return null;
  let end = main.offset.start + main.offset.length;
  // "are due to begin", "sought to control": the infinitive belongs to the verb.
  const catenative = /^\s+(due\s+)?to\s+(\p{L}+)/u.exec(text.slice(end));
  const infinitiveAt = catenative?.[2] ? end + catenative[0].length - catenative[2].length : -1;
  if (catenative && (catenative[1] || verbs.some((verb) => verb.offset.start === infinitiveAt))) {
    end += catenative[0].length;
  }
  const phrase = text.slice(main.offset.start, end);
  const aux = main.verb.auxiliary;
  const negative = main.verb.negative ? (/\b(?:not|never|n’t|n't)\b/u.exec(phrase)?.[0] ?? "") : "";
  let rest = phrase;
  let auxWords = "";
  if (aux) {
    const first = aux.split(" ")[0] ?? "";
    const at = rest.toLowerCase().indexOf(first);
    auxWords = rest.slice(at, at + first.length);
    rest = rest
      .slice(at + first.length)
      .replace(negative, "")
      .trim();
    if (negative) rest = `${negative} ${rest}`;
  } else if (main.verb.grammar.copula) {
    auxWords = phrase.split(" ")[0] ?? "";
    rest = phrase.slice(auxWords.length).replace(negative, "").trim();
    if (negative) rest = `${negative} ${rest}`.trim();
  }
  return { subject, before, aux: auxWords, rest, verb: main, object: text.slice(end) };
}

/** "did meet", "does depend", "has invited": the clause's verb, ready to follow the subject. */
function inverted(clause: Clause, subject: string): string {
  if (clause.aux)
    return `${clause.aux.toLowerCase()} ${subject}${clause.rest ? ` ${clause.rest}` : ""}`;
  const { infinitive, root, grammar } = clause.verb.verb;
  const conjugated = nlp(infinitive).verbs().conjugate()[0] as { PastTense?: string } | undefined;
  const past =
    grammar.tense === "PastTense" || (root === infinitive && conjugated?.PastTense === infinitive);
  const helper = past ? "did" : /s$/u.test(root) ? "does" : "do";
  const adverbs = clause.rest
    .split(" ")
    .slice(0, -1)
    .filter((word) => /ly$/u.test(word));
  return `${helper} ${subject} ${[...adverbs, infinitive].join(" ")}`;
}

/** The object or complement, shortened to its first phrase: up to a comma or a clause. */
function shortObject(object: string, cut?: number): string {
  let text = cut === undefined ? object : object.slice(0, cut);
  text =
    text.split(/,|;|\s(?:although|while|but|and then|which|who|that|because|after|before)\s/u)[0] ??
    "";
  const words = text.trim().split(/\s+/u).filter(Boolean).slice(0, 12);
  // Never end on a word that leads into what was cut: "talks in the".
  const dangling = (word: string) =>
    FUNCTION_WORDS.has(word.toLowerCase()) || PREPOSITIONS.has(word.toLowerCase());
  while (words.length > 0 && dangling(words[words.length - 1] ?? "")) {
    words.pop();
  }
  return words.join(" ");
}

/** The reporting frame of a sentence: "…, X said on Jan. 19." or "X said (that) …". */
export function withoutFrame(
  sentence: string,
  names: NameInSentence[],
): { content: string; speaker: string | null; saidWhen: string | null } {
  const text = sentence.replace(/\s*[.!]\s*$/u, "");
  // A reporting verb in a finished form: "said", "says", "told", "wrote", "added", "noted".
  const spoken = (verb: string) =>
    isSaying(verb.toLowerCase()) && /^(?:said|says|told|wrote)$|ed$/u.test(verb.toLowerCase());
  const end =
    /,\s+((?:the\s+|a\s+)?[^,“”"]{1,80}?)\s+(\p{L}+)((?:\s+on\s+\p{L}+\.?(?:\s+\d{1,2})?)?)$/iu.exec(
      text,
    );
  if (end?.[1] && end[2] && spoken(end[2]) && wordCount(end[1]) <= 10) {
    const speaker = end[1];
    const date = findDates(end[3] ?? "")[0]?.asWritten ?? null;
    return { content: text.slice(0, end.index), speaker, saidWhen: date };
  }
  const according = /,\s+according to [^,]+$/u.exec(text);
  const body = according ? text.slice(0, according.index) : text;
  const start =
    /^(?:[\p{L}’-]+,\s+|[\p{L}’-]+\s+(?:to\s+)?[\p{L}’ -]+?,\s+)?(.{1,90}?)\s+((?:had\s+|has\s+)?)(said|says|told\s+\S+|wrote|announced|added|reported)((?:\s+on\s+\S+\s+\d{1,2})?)\s+(?:that\s+)?/u.exec(
      body.replace(/,\s+(?:which|who)\s+[^,]*,|,\s+(?:a|an)\s+[^,]*,/gu, ""),
    );
  if (
    start?.[1] &&
    (names.some((name) => start[1]?.includes(name.written) || start[1]?.includes(name.name)) ||
      /^(?:He|She|They|It)$/u.test(start[1]))
  ) {
    const stripped = body.replace(/,\s+(?:which|who)\s+[^,]*,|,\s+(?:a|an)\s+[^,]*,/gu, "");
    return {
      content: stripped.slice(start[0].length),
      speaker: start[1],
      saidWhen: findDates(start[4] ?? "")[0]?.asWritten ?? null,
    };
  }
  return { content: body, speaker: null, saidWhen: null };
}

/**
 * Questions a sentence answers, built from its own parts (subject, verb, object, date, place,
 * number, cause): the first is the record's question, the others its alternative phrasings.
 */
export function questionsFrom(sentence: string, names: NameInSentence[]): GeneratedQuestion[] {
  const framed = withoutFrame(sentence, names);
  let content = framed.content.replace(
    /,\s+(?:brokered|led|built|founded|known|nicknamed|called|meaning)\s+[^,]*,/gu,
    ",",
  );
  const speakerName = names
    .filter((name) => framed.speaker?.includes(name.written) || framed.speaker?.includes(name.name))
    .sort(
      (a, b) =>
        Number(b.kind === "person") - Number(a.kind === "person") || b.name.length - a.name.length,
    )[0];
  const speaker = speakerName?.name ?? framed.speaker;
  const reported = content;
  if (speaker && /^(?:it|they|he|she)\s/iu.test(content) && speakerName) {
    content = content.replace(/^(?:it|they|he|she)\s/iu, `${speakerName.name} `);
  }
  const clause = mainClause(content);
  const found: GeneratedQuestion[] = [];
  const add = (kind: AnswerKind, words: string) => {
    const question = `${capitalise(clean(words)).replace(/[,;:]$/u, "")}?`;
    if (wordCount(question) >= 3 && !found.some((q) => q.question === question)) {
      found.push({ kind, question });
    }
  };
  if (clause) {
    let subject = plainNames(clause.subject, names);
    if (PRONOUN_SUBJECTS.has(subject.toLowerCase())) subject = speakerName?.name ?? subject;
    subject = asInside(subject, names);
    const object = plainNames(clause.object, names);
    const cause = CAUSES.exec(object);
    if (cause) add("why", `why ${inverted(clause, subject)} ${shortObject(object, cause.index)}`);
    const date = findDates(content).find((d) => {
      const at = content.indexOf(d.asWritten);
      const verbAt = clause.verb.offset.start;
      if (at < verbAt) return content.slice(0, at).split(",").length <= 2;
      const between = content.slice(verbAt + clause.verb.offset.length, at);
      const plain = ` ${between} `.replace(/\bdue to \p{L}+/u, "");
      if (CAUSES.test(plain) || /\bsince\s+$/u.test(content.slice(0, at))) return false;
      return !/\b(?:to\s+\p{L}+|that|which|who|\p{L}+ed)\b/u.test(
        between.replace(/\bdue to \p{L}+/u, ""),
      );
    });
    if (date) {
      const without = object.replace(
        new RegExp(
          `\\s*(?:on|in|since|by|from|until|during|around)?\\s*(?:the\\s+)?${date.asWritten.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`,
          "u",
        ),
        "",
      );
      add("when", `when ${inverted(clause, subject)} ${shortObject(without)}`);
    }
    const number =
      /\b(?:(?:around|about|roughly|some|nearly|almost|more than|over)\s+)?((?:\d[\d,.]*|thousands|hundreds|dozens|two|three|four|five|six|seven|eight|nine|ten))\s+(?:of\s+)?(\p{Ll}[\p{L}-]*)\b/u;
    const inSubject = number.exec(clause.before);
    if (inSubject?.[2] && isCountable(inSubject[2])) {
      add(
        "how many",
        `how many ${inSubject[2]} ${clause.aux ? `${clause.aux.toLowerCase()} ${clause.rest}` : clause.verb.text} ${shortObject(object)}`,
      );
    }
    const inObject = number.exec(object);
    // "linked roughly 200 towns" is a count; "by the two countries" refers back.
    const definite =
      inObject && /\b(?:the|its|their|his|her)\s+$/u.test(object.slice(0, inObject.index + 1));
    if (
      inObject?.[2] &&
      isCountable(inObject[2]) &&
      !findDates(inObject[0]).length &&
      inObject.index < 15 &&
      !definite
    ) {
      add("how many", `how many ${inObject[2]} ${inverted(clause, subject)}`);
    }
    const firstObjectName = names.find(
      (name) =>
        object.trimStart().startsWith(name.name) ||
        object.trimStart().startsWith(`the ${name.name}`),
    );
    if (firstObjectName && ["person", "country", "group"].includes(firstObjectName.kind)) {
      const after = object
        .trimStart()
        .slice(object.trimStart().indexOf(firstObjectName.name) + firstObjectName.name.length);
      add(
        "who",
        `who ${inverted(clause, subject)} ${shortObject(after.replace(/^,[^,]*,?/u, ""))}`,
      );
    }
    const subjectIsPerson = names.some(
      (name) =>
        name.kind === "person" &&
        [name.name, name.written].includes(subject.replace(/^the\s+/iu, "")),
    );
    if (subjectIsPerson) {
      const verbText = clause.aux ? `${clause.aux.toLowerCase()} ${clause.rest}` : clause.verb.text;
      add("who", `who ${verbText} ${shortObject(object)}`);
    }
    const place =
      /^\s*(?:\S+\s+){0,4}?(in|at)\s+((?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)/u.exec(
        object,
      );
    if (
      place?.[2] &&
      names.some(
        (name) => place[2]?.includes(name.name) && ["place", "country"].includes(name.kind),
      )
    ) {
      const without = object.replace(`${place[1]} ${place[2]}`, "");
      add("where", `where ${inverted(clause, subject)} ${shortObject(without)}`);
    }
    if (framed.saidWhen && speaker) {
      const verbText = clause.aux ? `${clause.aux.toLowerCase()} ${clause.rest}` : clause.verb.text;
      const said =
        reported === content ? subject : (reported.split(" ")[0] ?? subject).toLowerCase();
      add("when", `when did ${speaker} say ${said} ${verbText} ${shortObject(object)}`);
    }
    const firstWord = object.trim().split(/\s+/u)[0]?.toLowerCase() ?? "";
    const copula = clause.verb.verb.grammar.copula && !clause.rest;
    if (copula && /^(?:a|an|the)$/u.test(firstWord) && wordCount(subject) <= 6) {
      add("what", `what ${clause.aux.toLowerCase()} ${subject}`);
    } else if (WHAT_PREPOSITIONS.has(firstWord) && !clause.verb.verb.grammar.copula) {
      add("what", `what ${inverted(clause, subject)} ${firstWord}`);
    } else if (
      !firstObjectName &&
      /^(?:[“"]?(?:a|an|the|its|his|her|their)\b|\d)/u.test(firstWord) &&
      !clause.verb.verb.grammar.copula &&
      !clause.aux.match(/^(?:is|are|was|were|been|be)$/iu)
    ) {
      add("what", `what ${inverted(clause, subject)}`);
    }
    // A yes-or-no question from the sentence itself: always possible, never invents.
    const yesNo = `${inverted(clause, subject)} ${shortObject(object)}`;
    add("what", yesNo);
  }
  return found;
}
