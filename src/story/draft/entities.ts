import { ERAS_AFTER, ERAS_BEFORE } from "../../language/dates.js";
import {
  ADJECTIVE_ENDINGS,
  COUNTRY_WORDS,
  EVENT_WORDS,
  FORMER_NAME_CUES,
  GROUP_WORDS,
  MEDIA_WORDS,
  NAME_PARTICLES,
  ORGANISATION_WORDS,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
} from "../../language/naming.js";
import { TITLE_HEADS, TITLE_MODIFIERS } from "../../language/titles.js";
import { aliasKey } from "../check.js";
import type { Entity, EntityKind } from "../schema.js";
import { type Description, describeMention } from "./descriptions.js";
import { findNameRuns, type NameRun, type ReadParagraph } from "./mentions.js";
import { slug, uniqueId } from "./slug.js";

/** Where the article names an entity: the paragraph, the sentence and the offsets of the name. */
export interface EntityMention {
  entity: string;
  paragraph: number;
  sentence: string;
  start: number;
  end: number;
  /** Where the name's title starts, if it has one in the same run; else `start`. */
  titleStart: number;
  text: string;
}

export interface DraftedEntities {
  entities: Entity[];
  mentions: EntityMention[];
  /** What drafting could not decide, for the moderator. */
  undecided: string[];
}

/** A name found in the article, before it becomes a record. */
interface Candidate {
  name: string;
  runs: NameRun[];
  /** Former names and short forms folded into it. */
  aliases: string[];
  descriptions: Description[];
}

const words = (text: string) => text.split(/\s+/u).filter((word) => word.length > 0);
const lower = (text: string) => text.toLowerCase();

/** A person's name once particles and the Arabic article are set aside: "al-Hakim" → "Hakim". */
function bare(word: string): string {
  return word.replace(/^(?:al|el)-/iu, "");
}

function isPersonLike(candidate: Candidate): boolean {
  return candidate.runs.some(
    (run) =>
      run.title !== null ||
      run.tokens.some((token) => token.tags.has("FirstName") || token.tags.has("LastName")) ||
      (words(run.text).length > 1 && run.tokens.every((token) => token.tags.has("Person"))),
  );
}

/** The surname forms of a person's name: "de Santis", "Santis"; "al-Hakim", "Hakim"; "Abu Karim". */
export function surnames(name: string): string[] {
  const parts = words(name);
  if (parts.length < 2) return [];
  const last = parts[parts.length - 1] as string;
  if (/^[IVX]+$/u.test(last)) return [];
  const forms = new Set<string>();
  // Everything after the first name: "de Santis", "Abu Karim", "al-Hakim".
  // An epithet is no surname: "Henry the Lion".
  if (parts.includes("the")) return [];
  const rest = parts.slice(1);
  {
    forms.add(rest.join(" "));
    const particle = rest.findIndex((word) => NAME_PARTICLES.has(lower(word)));
    if (particle >= 0) forms.add(rest.slice(particle).join(" "));
  }
  forms.add(last);
  if (bare(last) !== last) forms.add(bare(last));
  return [...forms].filter((form) => !NAME_PARTICLES.has(lower(form)));
}

/** The initials of a name's capitalised words: "World Health Organization" → "UN". */
export function initials(name: string): string {
  return words(name)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join("");
}

const isAcronym = (text: string) => /^(?:\p{Lu}\.?){2,}$/u.test(text);

/** Whether a run only qualifies the noun after it ("Freedonian crisis", "Vantorian capital"). */
function modifies(read: ReadParagraph, run: NameRun): boolean {
  const next = read.tokens.find((token) => token.start >= run.end);
  if (!next || !/^\s+$/u.test(read.paragraph.text.slice(run.end, next.start))) return false;
  if (/^\p{Lu}/u.test(next.text)) return false;
  const verbOnly = next.tags.has("Verb") && !next.tags.has("Noun") && !next.tags.has("Adjective");
  return (
    !verbOnly &&
    !["Preposition", "Conjunction", "Determiner", "Adverb", "Pronoun"].some((tag) =>
      next.tags.has(tag),
    )
  );
}

/** "Freedonian government", "Portville city council": a modifier and the group word after it. */
function withHeadNoun(read: ReadParagraph, run: NameRun): NameRun | null {
  const after = read.tokens.filter((token) => token.start >= run.end).slice(0, 2);
  let end = run.end;
  for (const token of after) {
    if (!/^\s+$/u.test(read.paragraph.text.slice(end, token.start))) return null;
    if (/^\p{Lu}/u.test(token.text)) return null;
    end = token.end;
    if (GROUP_WORDS.has(token.normal) || ORGANISATION_WORDS.has(token.normal)) {
      const text = read.paragraph.text.slice(run.start, end);
      return {
        ...run,
        end,
        text,
        tokens: [...run.tokens, ...after.slice(0, after.indexOf(token) + 1)],
      };
    }
  }
  return null;
}

/** The names worth a record: no modifiers, eras, wars or treaties, no quoted terms alone. */
function keptRuns(read: ReadParagraph[], runs: NameRun[], anaphors: Set<NameRun>): NameRun[] {
  const byParagraph = new Map(read.map((entry) => [entry.paragraph.number, entry]));
  const standalone = new Set<string>();
  const unquoted = new Set<string>();
  for (const run of runs) {
    const entry = byParagraph.get(run.paragraph) as ReadParagraph;
    if (!modifies(entry, run)) standalone.add(run.text);
    if (run.quoted !== "term") unquoted.add(run.text);
  }
  const kept: NameRun[] = [];
  for (const run of runs) {
    const entry = byParagraph.get(run.paragraph) as ReadParagraph;
    const runWords = words(run.text).map(lower);
    if (ERAS_BEFORE.has(lower(run.text)) || ERAS_AFTER.has(lower(run.text))) continue;
    if (!unquoted.has(run.text)) continue;
    const extended = run.tokens.length === 1 ? withHeadNoun(entry, run) : null;
    if (extended) {
      const adjective = ADJECTIVE_ENDINGS.some((ending) => run.text.endsWith(ending));
      const definite = /\bthe\s+$/iu.test(entry.paragraph.text.slice(0, run.start));
      if (definite && adjective && !run.tokens[0]?.tags.has("Demonym")) anaphors.add(extended);
      kept.push(extended);
      // "the Freedonian government and opposition negotiators": the opposition is Freedonian too.
      const pair = /^ and (\p{Ll}+)\b/u.exec(entry.paragraph.text.slice(extended.end));
      const second = entry.tokens.find((token) => token.start === extended.end + 5);
      if (pair?.[1] && second && GROUP_WORDS.has(pair[1]) && run.tokens[0]) {
        kept.push({
          ...extended,
          start: second.start,
          end: second.end,
          titleStart: second.start,
          text: `${run.text} ${pair[1]}`,
          tokens: [run.tokens[0], second],
        });
      }
      continue;
    }
    const demonym = run.tokens.length === 1 && run.tokens[0]?.tags.has("Demonym");
    if (modifies(entry, run) && (demonym || !standalone.has(run.text))) {
      continue;
    }
    const eventAt = runWords.findIndex((word) => EVENT_WORDS.has(word));
    if (eventAt >= 0) {
      // "Treaty of Stralsund": the war or treaty is not an entity, the place in it is.
      const of = runWords.indexOf("of", eventAt);
      if (of > eventAt) {
        const place = words(run.text)
          .slice(of + 1)
          .join(" ");
        const start = run.end - place.length;
        kept.push({
          ...run,
          start,
          titleStart: start,
          text: place,
          title: null,
          tokens: run.tokens.filter((token) => token.start >= start),
        });
      }
      continue;
    }
    kept.push(run);
  }
  return kept;
}

/** The entity names a short form may stand for: a surname, an acronym, a head word. */
function expansions(short: string, candidates: Candidate[]): Candidate[] {
  const key = aliasKey(short);
  return candidates.filter((candidate) => {
    if (aliasKey(candidate.name) === key) return false;
    if (
      isPersonLike(candidate) &&
      surnames(candidate.name).some((form) => aliasKey(form) === key)
    ) {
      return true;
    }
    if (isAcronym(short) && words(candidate.name).length > 1) {
      return lower(initials(candidate.name)) === key;
    }
    const nameWords = words(candidate.name);
    return (
      words(short).length === 1 &&
      nameWords.length > 1 &&
      nameWords.slice(1).includes(short) &&
      (ORGANISATION_WORDS.has(lower(short)) || GROUP_WORDS.has(lower(short)))
    );
  });
}

type Scores = Record<EntityKind, number>;

const KIND_WORDS: [EntityKind, ReadonlySet<string>][] = [
  ["media", MEDIA_WORDS],
  ["group", GROUP_WORDS],
  ["organisation", ORGANISATION_WORDS],
  ["country", COUNTRY_WORDS],
  ["place", PLACE_WORDS],
];

/** What kind of thing a candidate is, from its name, its descriptions and its contexts. */
function decideKind(
  candidate: Candidate,
  read: Map<number, ReadParagraph>,
): { kind: EntityKind; sure: boolean } {
  const scores: Scores = { person: 0, organisation: 0, group: 0, country: 0, place: 0, media: 0 };
  const nameWords = [candidate.name, ...candidate.aliases].flatMap(words).map(lower);
  const names = [candidate.name, ...candidate.aliases].map((name) => {
    const parts = words(name).map(lower);
    const cut = parts.findIndex((word, index) => index > 0 && (word === "of" || word === "for"));
    return cut > 0 ? parts.slice(0, cut) : parts;
  });
  for (const [kind, list] of KIND_WORDS) {
    // The head word of a name weighs most: "Portville city council" is a council.
    if (names.some((parts) => list.has(parts[parts.length - 1] ?? ""))) scores[kind] += 6;
    else if (nameWords.some((word) => list.has(word.replace(/[’']s?$/u, "")))) scores[kind] += 3;
  }
  for (const description of candidate.descriptions) {
    if (description.title) scores.person += 4;
    if (/^who\b/u.test(description.text)) scores.person += 3;
    for (const [kind, list] of KIND_WORDS) if (list.has(description.head)) scores[kind] += 4;
  }
  for (const run of candidate.runs) {
    const tags = run.tokens.flatMap((token) => [...token.tags]);
    if (tags.includes("Country")) scores.country += 2;
    else if (tags.includes("City") || tags.includes("Region")) scores.place += 2;
    else if (tags.includes("Place"))
      scores[isAcronym(run.text) ? "country" : "place"] += isAcronym(run.text) ? 3 : 1;
    if (tags.includes("FirstName") || tags.includes("LastName")) scores.person += 2;
    else if (tags.includes("Person")) scores.person += 1;
    if (tags.includes("Organization")) scores.organisation += 1;
    const entry = read.get(run.paragraph);
    if (!entry) continue;
    const text = entry.paragraph.text;
    const before = text.slice(Math.max(0, run.titleStart - 40), run.titleStart);
    const after = text.slice(run.end, run.end + 40);
    const previous = lower(
      words(before)
        .filter((word) => !["the", "a", "an"].includes(lower(word)))
        .pop() ?? "",
    );
    if (PLACE_PREPOSITIONS.has(previous)) scores.place += 1;
    // "Count Adolf II of Holstein", "the dukes of Mecklenburg"
    const of = /([\p{L}]+?)s? of $/u.exec(before);
    if (of?.[1] && TITLE_HEADS.has(lower(of[1]))) scores.place += 3;
    if (/^-based\b/u.test(after)) scores.place += 4;
    if (/^,? (?:which|that)\b|^[^.]{0,60}\bsaid it\b|^ (?:itself|its)\b/u.test(after)) {
      scores.person -= 3;
      scores.organisation += 1;
    }
    if (/\b(?:reported by|according to)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/u.test(before)) {
      if (isAcronym(run.text) || nameWords.includes("agency")) scores.media += 7;
    }
  }
  const order: EntityKind[] = ["person", "group", "organisation", "media", "country", "place"];
  let best: EntityKind = "organisation";
  for (const kind of order) if (scores[kind] > scores[best]) best = kind;
  return { kind: best, sure: scores[best] >= 3 };
}

/** A title without the nationality or body that qualifies it: "Freedonian Foreign Minister" → "Foreign Minister". */
function bareTitle(title: string): string | null {
  const parts = words(title);
  let from = 0;
  while (
    from < parts.length - 1 &&
    !TITLE_HEADS.has(lower(parts[from] as string)) &&
    !TITLE_MODIFIERS.has(lower(parts[from] as string))
  ) {
    from += 1;
  }
  return from > 0 ? parts.slice(from).join(" ") : null;
}

/** Aliases a moderator would otherwise type: short forms, titles, descriptions, acronyms. */
function aliasesOf(candidate: Candidate, kind: EntityKind, acronyms: Set<string>): string[] {
  const aliases: string[] = [...candidate.aliases];
  if (kind === "person") aliases.push(...surnames(candidate.name));
  for (const description of candidate.descriptions) {
    if (description.rank === 3) continue;
    const phrase = description.text.replace(/^(?:the|a|an)\s+/iu, "");
    if (words(phrase).length > 4 || phrase.includes(candidate.name)) continue;
    aliases.push(phrase);
    if (description.title) {
      const plain = bareTitle(phrase);
      if (plain && /^\p{Lu}/u.test(plain)) aliases.push(plain);
    }
  }
  if (kind !== "person" && kind !== "place") {
    const letters = initials(candidate.name);
    const capitalised = words(candidate.name).filter((word) => /^\p{Lu}/u.test(word));
    if (letters.length >= 3 && capitalised.length >= 3) aliases.push(letters);
    else if (letters.length >= 2 && capitalised.length >= 2 && acronyms.has(lower(letters))) {
      aliases.push(letters);
    }
    // "Coastal Observatory for Human Rights" → "Coastal Observatory"
    const cut = words(candidate.name).findIndex((word) => word === "for" || word === "of");
    if (cut >= 2) aliases.push(words(candidate.name).slice(0, cut).join(" "));
  }
  const seen = new Set([aliasKey(candidate.name)]);
  return aliases.filter((alias) => {
    const key = aliasKey(alias);
    if (key.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every person, organisation, group, country, place and outlet the article names, with its
 * kind, the article's own description and the aliases a member may type.
 */
export function draftEntities(read: ReadParagraph[], headline?: ReadParagraph): DraftedEntities {
  const byParagraph = new Map(
    [...(headline ? [headline] : []), ...read].map((entry) => [entry.paragraph.number, entry]),
  );
  const anaphors = new Set<NameRun>();
  const runs = keptRuns(read, findNameRuns(read), anaphors);
  const undecided: string[] = [];

  // Full names first; short forms (surnames, acronyms, head words) then fold into them.
  const candidates = new Map<string, Candidate>();
  for (const run of runs) {
    const key = aliasKey(run.text);
    const candidate = candidates.get(key) ?? {
      name: run.text,
      runs: [],
      aliases: [],
      descriptions: [],
    };
    candidate.runs.push(run);
    candidates.set(key, candidate);
  }
  // The headline's names only add evidence to names the body has ("US" is a place).
  for (const run of headline ? findNameRuns([headline]) : []) {
    candidates.get(aliasKey(run.text))?.runs.push(run);
  }
  const owner = new Map<Candidate, Candidate>();
  const all = [...candidates.values()];
  for (const candidate of all) {
    if (owner.has(candidate)) continue;
    const longer = expansions(candidate.name, all).filter((other) => !owner.has(other));
    if (longer.length === 1) owner.set(candidate, longer[0] as Candidate);
    else if (longer.length > 1) {
      undecided.push(
        `"${candidate.name}" may be any of ${longer.map((other) => `"${other.name}"`).join(", ")}: kept apart`,
      );
    }
  }
  // Former names: "Jabhat al-Fajr, which changed its name from the al-Sahil Front".
  for (const run of runs) {
    const entry = byParagraph.get(run.paragraph) as ReadParagraph;
    const before = entry.paragraph.text.slice(0, run.start);
    if (!FORMER_NAME_CUES.some((cue) => cue.test(before))) continue;
    const earlier = runs.filter(
      (other) => other.sentence.id === run.sentence.id && other.end <= run.start,
    );
    const named = earlier[earlier.length - 1];
    if (!named) continue;
    const former = candidates.get(aliasKey(run.text));
    const current = candidates.get(aliasKey(named.text));
    if (former && current && former !== current && !owner.has(former)) owner.set(former, current);
  }
  const root = (candidate: Candidate): Candidate => {
    let found = candidate;
    for (let hops = 0; owner.has(found) && hops < 5; hops += 1)
      found = owner.get(found) as Candidate;
    return found;
  };
  for (const candidate of all) {
    const target = root(candidate);
    if (target === candidate) continue;
    target.runs.push(...candidate.runs);
    target.aliases.push(candidate.name, ...candidate.aliases);
  }
  const kept = all.filter((candidate) => root(candidate) === candidate);
  const acronyms = new Set(
    runs.filter((run) => isAcronym(run.text)).map((run) => aliasKey(run.text)),
  );

  // Descriptions, kinds, aliases and ids.
  const ids = new Set<string>();
  const drafted: Drafted[] = [];
  for (const candidate of kept) {
    candidate.runs.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    candidate.descriptions = candidate.runs.flatMap((run) =>
      describeMention(byParagraph.get(run.paragraph) as ReadParagraph, run),
    );
    const { kind, sure } = decideKind(candidate, byParagraph);
    const best = [...candidate.descriptions].sort((a, b) => a.rank - b.rank)[0];
    const surname = kind === "person" ? surnames(candidate.name)[0] : undefined;
    const id = uniqueId(slug(surname ? bare(surname) : candidate.name), ids);
    drafted.push({
      candidate,
      sure,
      entity: {
        id,
        name: candidate.name,
        kind,
        description: best ? { paragraph: best.paragraph, text: best.text } : null,
        aliases: aliasesOf(candidate, kind, acronyms),
        draft: true,
      },
    });
  }
  propagateKinds(drafted, byParagraph);
  resolveAnaphors(drafted, anaphors, undecided);
  addDemonyms(
    drafted.map(({ entity }) => entity),
    read,
  );
  for (const { entity, sure } of drafted) {
    if (!sure) undecided.push(`entity "${entity.id}": kind "${entity.kind}" is a guess`);
  }
  undecided.push(...dropSharedAliases(drafted.map(({ entity }) => entity)));

  const mentions: EntityMention[] = drafted
    .flatMap(({ entity, candidate }) =>
      candidate.runs
        .filter((run) => run.paragraph > 0)
        .map((run) => ({
          entity: entity.id,
          paragraph: run.paragraph,
          sentence: run.sentence.id,
          start: run.start,
          end: run.end,
          titleStart: run.titleStart,
          text: run.text,
        })),
    )
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { entities: drafted.map(({ entity }) => entity), mentions, undecided };
}

type Drafted = { entity: Entity; candidate: Candidate; sure: boolean };

/** "The Islamist faction" stands for the group of its kind named last before it: it becomes an alias. */
function resolveAnaphors(drafted: Drafted[], anaphors: Set<NameRun>, undecided: string[]): void {
  for (const run of anaphors) {
    const index = drafted.findIndex((entry) => entry.candidate.runs.includes(run));
    const anaphor = drafted[index];
    if (!anaphor || anaphor.candidate.runs.length > 1) continue;
    const before = (other: NameRun) =>
      other.paragraph > 0 &&
      (other.paragraph < run.paragraph ||
        (other.paragraph === run.paragraph && other.end <= run.start));
    let named: Drafted | undefined;
    let latest: NameRun | undefined;
    for (const entry of drafted) {
      if (entry === anaphor || entry.entity.kind !== anaphor.entity.kind) continue;
      for (const other of entry.candidate.runs.filter(before)) {
        if (
          !latest ||
          other.paragraph > latest.paragraph ||
          (other.paragraph === latest.paragraph && other.start > latest.start)
        ) {
          latest = other;
          named = entry;
        }
      }
    }
    if (!named) continue;
    named.candidate.runs.push(run);
    named.entity.aliases.push(anaphor.entity.name);
    drafted.splice(index, 1);
    undecided.push(
      `"${run.text}" (¶${run.paragraph}) taken to mean "${named.entity.id}", the ${named.entity.kind} named last before it`,
    );
  }
}

/** "Freedonian" for Freedonia, "Freedonian" for Freedonia: a country's demonyms the article uses, as aliases. */
function addDemonyms(entities: Entity[], read: ReadParagraph[]): void {
  const demonyms = new Set(
    read.flatMap((entry) =>
      entry.tokens.filter((token) => token.tags.has("Demonym")).map((token) => token.text),
    ),
  );
  for (const entity of entities.filter((candidate) => candidate.kind === "country")) {
    const stem = entity.name.slice(0, Math.max(4, entity.name.length - 2));
    for (const demonym of demonyms) {
      if (demonym.startsWith(stem) && demonym !== entity.name) entity.aliases.push(demonym);
    }
  }
}

/** Names listed together ("NLF and Jabhat al-Fajr") are of one kind when one of them is known. */
function propagateKinds(drafted: Drafted[], read: Map<number, ReadParagraph>): void {
  for (const unsure of drafted.filter((entry) => !entry.sure)) {
    for (const run of unsure.candidate.runs) {
      const text = read.get(run.paragraph)?.paragraph.text ?? "";
      const partner = drafted.find(
        (other) =>
          other.sure &&
          other !== unsure &&
          other.candidate.runs.some(
            (mention) =>
              mention.paragraph === run.paragraph &&
              /^(?:,\s|\s(?:and|or)\s)$/u.test(
                mention.start > run.end
                  ? text.slice(run.end, mention.start)
                  : text.slice(mention.end, run.start),
              ),
          ),
      );
      if (partner && partner.entity.kind !== "person") {
        unsure.entity.kind = partner.entity.kind;
        unsure.sure = true;
        break;
      }
    }
  }
}

/** No alias may belong to two entities: an alias two of them claim is dropped from both. */
function dropSharedAliases(entities: Entity[]): string[] {
  const claims = new Map<string, Entity[]>();
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const key = aliasKey(name);
      const list = claims.get(key) ?? [];
      if (!list.includes(entity)) list.push(entity);
      claims.set(key, list);
    }
  }
  const undecided: string[] = [];
  for (const [key, owners] of claims) {
    if (owners.length < 2) continue;
    for (const entity of owners) {
      entity.aliases = entity.aliases.filter((alias) => aliasKey(alias) !== key);
    }
    undecided.push(
      `alias "${key}" fits ${owners.map((entity) => `"${entity.id}"`).join(" and ")}: dropped`,
    );
  }
  return undecided;
}
