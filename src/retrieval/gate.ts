import { NEGATING_PREFIXES, OPPOSITES } from "../language/antonyms.js";
import type { AnswerKind } from "../language/question-kinds.js";
import type { Unit } from "./analyzer.js";
import type { KeyTable } from "./keys.js";
import type { KeyWeights, Query } from "./weights.js";
import { holds } from "./weights.js";

function holdsAny(sets: readonly ReadonlySet<number>[], unit: Query["units"][number]): boolean {
  for (const keys of sets) if (holds(keys, unit)) return true;
  return false;
}

/** What an answer would stand on: the keys of what it cites, of what surrounds it, what it holds. */
export interface Evidence {
  /** The key sets of what it cites (a record's own keys among them). */
  keys: readonly ReadonlySet<number>[];
  /** The key sets of what surrounds it. */
  context: readonly ReadonlySet<number>[];
  kinds: ReadonlySet<AnswerKind>;
  /** The keys of what its numbers count. */
  counted: ReadonlySet<number>;
  /** It says "not", "never", "no"… */
  negated: boolean;
  /** It refers back with a pronoun, so a name around it may be what it speaks of. */
  refers: boolean;
}

/** What the gate knows of the question besides its units. */
export interface Asked {
  query: Query;
  kind: AnswerKind | undefined;
  /** What "how many" may count ("how many air strikes"): a number must count one of them. */
  counted: Unit[];
  /** The question says "not", "never", "no"… */
  negated: boolean;
}

/** How well evidence answers a question, as the gate weighs it. */
export interface Answerability {
  /** Share of the question's weight the evidence itself holds. */
  direct: number;
  /** Share held only around it (its paragraph, the headline). */
  around: number;
  /** Share the evidence lacks that the story holds elsewhere: a detail from another passage. */
  elsewhere: number;
  /** Share the story never mentions at all: a constraint it lacks ("time", "fled"). */
  unseen: number;
  /** A number or year of the question that the evidence does not hold. */
  numberMissing: boolean;
  /** The kind of answer asked for ("when": a date) is absent from the evidence. */
  kindMissing: boolean;
  /** What "how many" counts, when no number of the evidence counts it. */
  countMissing: string | null;
  /** The question negates what the evidence states plainly. */
  negationMissing: boolean;
  /** A word of the question whose opposite the evidence says ("imports" for "exports"). */
  contrast: string | null;
  /** A name the question uses that the evidence lacks: it is about someone or somewhere else. */
  nameMissing: string | null;
  /** A name the question uses that neither the evidence nor its surroundings hold. */
  nameAbsent: string | null;
  /** The words the evidence lacks, for messages and logs. */
  missing: string[];
}

export function assess(
  asked: Asked,
  evidence: Evidence,
  weights: KeyWeights,
  keys: KeyTable,
  /** Keys that name someone or something: the story's entities and the article's names. */
  names: ReadonlySet<number>,
): Answerability {
  const { query, kind } = asked;
  let direct = 0;
  let around = 0;
  let elsewhere = 0;
  let unseen = 0;
  let numberMissing = false;
  let contrast: string | null = null;
  let nameMissing: string | null = null;
  let nameAbsent: string | null = null;
  const missing: string[] = [];
  query.units.forEach((unit, index) => {
    const weight = query.weights[index] ?? 0;
    const name = unit.entity || unit.name || unit.keys.some((key) => names.has(key));
    if (holdsAny(evidence.keys, unit)) direct += weight;
    else if (holdsAny(evidence.context, unit)) {
      around += weight;
      // A name only around the evidence is someone else's, unless the evidence says "he", "it".
      if (name && !evidence.refers) nameMissing ??= unit.text;
    } else {
      if (name) {
        nameMissing ??= unit.text;
        nameAbsent ??= unit.text;
      }
      if (weights.isSeen(unit)) elsewhere += weight;
      else unseen += weight;
      if (unit.number) numberMissing = true;
      missing.push(unit.text);
      if (
        contrast === null &&
        unit.keys.some((key) => saysOpposite(keys.name(key), evidence, asked, keys))
      ) {
        contrast = unit.text;
      }
    }
  });
  const total = query.total || 1;
  return {
    direct: direct / total,
    around: around / total,
    elsewhere: elsewhere / total,
    unseen: unseen / total,
    numberMissing,
    kindMissing: kind !== undefined && !evidence.kinds.has(kind),
    countMissing:
      asked.counted.length > 0 && !asked.counted.some((unit) => holds(evidence.counted, unit))
        ? asked.counted.map((unit) => unit.text).join(" ")
        : null,
    negationMissing: asked.negated && !evidence.negated,
    contrast,
    nameMissing,
    nameAbsent,
    missing,
  };
}

/**
 * Whether the evidence or its paragraph says the opposite of a stem: a listed opposite, or the
 * word un-made. An opposite the question asks about too ("simple or complex?") is no contrast.
 */
function saysOpposite(stem: string, evidence: Evidence, asked: Asked, keys: KeyTable): boolean {
  const has = (name: string) => {
    const id = keys.find(name);
    return (
      id !== undefined &&
      (evidence.keys.some((keys) => keys.has(id)) ||
        evidence.context.some((keys) => keys.has(id))) &&
      !asked.query.units.some((unit) => unit.keys.includes(id))
    );
  };
  for (const opposite of OPPOSITES.get(stem) ?? []) if (has(opposite)) return true;
  return NEGATING_PREFIXES.some(
    (prefix) =>
      (stem.startsWith(prefix) &&
        stem.length - prefix.length >= 4 &&
        has(stem.slice(prefix.length))) ||
      has(prefix + stem),
  );
}

/** How much a passage must hold of a question to answer it. */
export interface Bar {
  /** Least share of the question the evidence and its surroundings must hold. */
  minCovered: number;
  /** Most share the evidence may lack that the story holds elsewhere. */
  maxElsewhere: number;
  /** Most share of words the story never uses. */
  maxUnseen: number;
  /** A name the evidence itself lacks refuses (not only one its paragraph lacks too). */
  namesInEvidence: boolean;
  /** The share of the best sentence's score another must reach to be cited beside it. */
  citedFrom: number;
}

/**
 * The bars an answer clears, named and tested. A sentence that a reviewed record already
 * answers for clears the curated bar: its curators wrote down what it answers, so a question no
 * record fits must be well covered by it, and must not name someone the sentence does not. A
 * sentence no reviewed record covers (a drafted story, or one without records) clears the open
 * bar: the article is its only evidence, so only a definite mismatch refuses it (a number, a
 * negation, an opposite, the kind of answer, a name the paragraph never mentions), and the
 * answer cites its best sentences, up to three, whatever their share of the best one's score.
 */
export const BARS = {
  curated: {
    minCovered: 0.5,
    maxElsewhere: 0.35,
    maxUnseen: 0.5,
    namesInEvidence: true,
    citedFrom: 0.7,
  },
  open: { minCovered: 0.2, maxElsewhere: 1, maxUnseen: 1, namesInEvidence: false, citedFrom: 0 },
} as const satisfies Record<string, Bar>;

/** What a share held only around the evidence (its paragraph) counts for. */
export const AROUND_CREDIT = 0.6;
/** Least share a curated record (its phrasings, its answer, what it cites) must hold. */
export const MIN_COVERED_BY_RECORD = 0.6;

const covered = (answerability: Answerability) =>
  answerability.direct + AROUND_CREDIT * answerability.around;

/** Whether a curated record holds enough of the question, and contradicts nothing of it. */
export function recordFits(answerability: Answerability): boolean {
  return (
    covered(answerability) >= MIN_COVERED_BY_RECORD && !contradicts(answerability, BARS.curated)
  );
}

/** Whether evidence clears a bar. */
export function passes(answerability: Answerability, bar: Bar = BARS.curated): boolean {
  return (
    covered(answerability) >= bar.minCovered &&
    answerability.elsewhere <= bar.maxElsewhere &&
    answerability.unseen <= bar.maxUnseen &&
    !contradicts(answerability, bar)
  );
}

/**
 * A definite mismatch, whatever else matches: a number, a negation, the kind of answer, a count
 * of something else, a word
 * whose opposite the evidence says, a name the evidence (or, for the open bar, its paragraph)
 * never mentions.
 */
export function contradicts(answerability: Answerability, bar: Bar): boolean {
  return (
    answerability.numberMissing ||
    answerability.kindMissing ||
    answerability.countMissing !== null ||
    answerability.negationMissing ||
    answerability.contrast !== null ||
    (bar.namesInEvidence ? answerability.nameMissing : answerability.nameAbsent) !== null
  );
}
