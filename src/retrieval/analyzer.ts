import { NEGATIONS } from "../language/antonyms.js";
import { COUNTRIES } from "../language/countries.js";
import { isEnglishWord } from "../language/dictionary.js";
import { MONTH_NAMES, monthFold, stem, words } from "../language/fold.js";
import { PHRASE_FILLERS } from "../language/function-words.js";
import { LIGHT_WORDS } from "../language/light-words.js";
import { PARAPHRASES } from "../language/paraphrases.js";
import { kindOpening, QUESTION_WORDS, withoutAnswerCount } from "../language/question-kinds.js";
import { STOPWORDS } from "../language/stopwords.js";
import type { Entity, Lexicon } from "../story/schema.js";
import { FuzzyIndex } from "./fuzzy.js";
import { entityKey, groupKey, KeyTable } from "./keys.js";
import { entityNames } from "./names.js";

/** One meaningful position of a text: the concept keys it stands for. */
export interface Unit {
  /** Key ids: its stem, and any paraphrase group or entity it reads as. */
  keys: number[];
  /** The keys its words read as together (a phrase's own group), before further readings. */
  primary: number[];
  /** The word or phrase as folded, for messages and tests. */
  text: string;
  /** It names an entity of the story. */
  entity: boolean;
  /** It names an entity of the story or a country, in the story or not. */
  name: boolean;
  /** It is a number (a count, a year). */
  number: boolean;
  /** It frames a question more than it constrains it ({@link LIGHT_WORDS}). */
  light: boolean;
}

/** Words shorter than this are never corrected: "us", "un", "war" are too easy to confuse. */
const MIN_CORRECTED_LENGTH = 4;
/** From this length a word may be two edits off ("fracne" for "france" is two edits)… */
const TWO_EDITS_FROM = 8;
/** …and a name, which people misspell more, from this length. */
const TWO_EDITS_FROM_NAMES = 5;
/** Corrections remembered per story, so that a misspelling costs one lookup. */
const SPELLING_MEMORY = 20_000;

/** The stems of the small words a phrase may hold inside it or not. */
const FILLER_STEMS: ReadonlySet<string> = new Set([...PHRASE_FILLERS].map(stem));
/** A phrase may hold this many small words more in a text than as listed. */
const PHRASE_SLACK = 2;

/** A term as the phrase table holds it: its words' stems. */
export const phraseOf = (term: string) => words(term).map(stem).join(" ");

/**
 * Turns text into concept units for one story. Misspelt words are corrected against the
 * story's own words and names; then the longest phrase that names an entity (its name, an
 * alias, its country's capital or people), a paraphrase group of the shared English layer or a
 * group of the story's lexicon wins, so that "take part", "participate" and "going to" share one
 * key, and "Paris", "the French" and "France" another. Stop words and question words outside
 * phrases drop out.
 */
export class Analyzer {
  readonly keys = new KeyTable();
  private readonly phrases = new Map<string, Set<number>>();
  private readonly entityKeys = new Set<number>();
  private readonly countryKeys = new Set<number>();
  private readonly groupKeys = new Set<number>();
  /** The group a word reads as on its own, by stem: how it stands inside a longer phrase. */
  private readonly wordGroup = new Map<string, string>();
  /** How many words a phrase starting with a word (as a phrase key starts) may span, at most. */
  private readonly reachFrom = new Map<string, number>();
  private readonly known = new FuzzyIndex<true>();
  private readonly names = new FuzzyIndex<true>();
  private readonly corrections = new Map<string, string>();

  constructor(lexicon: Lexicon, entities: Entity[], corpus: string[]) {
    const groups = [
      ...PARAPHRASES.map((group) => ({ group, name: phraseOf(group[0] as string) })),
      ...lexicon.synonyms.map((group) => ({
        group,
        name: `story:${phraseOf(group[0] as string)}`,
      })),
    ];
    // First the words that read as a group on their own, so that every phrase is stored with
    // its words' groups: "Observatory head" then also reads "Observatory chief".
    for (const { group, name } of groups) {
      for (const term of group) {
        const phrase = phraseOf(term);
        if (!phrase.includes(" ") && !this.wordGroup.has(phrase)) {
          this.wordGroup.set(phrase, groupKey(name));
        }
      }
    }
    for (const { group, name } of groups) this.addGroup(group, groupKey(name));
    for (const entity of entities) {
      const key = this.keys.id(entityKey(entity.id));
      this.entityKeys.add(key);
      for (const name of entityNames(entity)) {
        this.addPhrase(name, key);
        for (const word of words(name)) this.names.add(word, true);
      }
    }
    // A country the story does not name is still one concept: "Tehran" asks about Iran.
    for (const country of COUNTRIES) {
      const key = this.keys.id(groupKey(`country:${phraseOf(country.name)}`));
      this.countryKeys.add(key);
      for (const name of [
        country.name,
        ...country.aliases,
        ...country.demonyms,
        ...country.capitals,
      ]) {
        if (!this.phrases.get(this.phraseKey(phraseOf(name).split(" ")))?.size) {
          this.addPhrase(name, key);
        }
      }
    }
    for (const text of corpus) {
      for (const word of words(text)) if (!STOPWORDS.has(word)) this.known.add(word, true);
    }
    // The fold shortens months ("jan"); a misspelt one is corrected to its full name first.
    for (const month of MONTH_NAMES) this.known.add(month, true);
  }

  private addGroup(group: readonly string[], name: string): void {
    const key = this.keys.id(name);
    this.groupKeys.add(key);
    for (const term of group) this.addPhrase(term, key);
  }

  /**
   * How a phrase of stems is stored: one word as itself; more with each word's group, and
   * without the small words inside it, so "halt to the fighting" is "halt to fighting".
   */
  private phraseKey(stems: readonly string[]): string {
    if (stems.length === 1) return stems[0] as string;
    return stems
      .filter((word, index) => index === 0 || index === stems.length - 1 || !FILLER_STEMS.has(word))
      .map((word) => this.wordGroup.get(word) ?? word)
      .join(" ");
  }

  private addPhrase(term: string, key: number): void {
    const stems = phraseOf(term).split(" ").filter(Boolean);
    if (stems.length === 0) return;
    const phrase = this.phraseKey(stems);
    const keys = this.phrases.get(phrase) ?? new Set<number>();
    keys.add(key);
    this.phrases.set(phrase, keys);
    if (stems.length > 1) {
      const first = phrase.split(" ", 1)[0] as string;
      const reach = stems.length + PHRASE_SLACK;
      this.reachFrom.set(first, Math.max(this.reachFrom.get(first) ?? 1, reach));
    }
  }

  /** The word itself when the story knows it; else the nearest word or name it uses, if close. */
  spell(word: string): string {
    let spelt = this.corrections.get(word);
    if (spelt === undefined) {
      spelt = this.correct(word);
      if (this.corrections.size >= SPELLING_MEMORY) this.corrections.clear();
      this.corrections.set(word, spelt);
    }
    return spelt;
  }

  private correct(word: string): string {
    if (
      word.length < MIN_CORRECTED_LENGTH ||
      /\d/.test(word) ||
      STOPWORDS.has(word) ||
      QUESTION_WORDS.has(word) ||
      this.known.has(word) ||
      this.names.has(word) ||
      this.phrases.has(stem(word)) ||
      isEnglishWord(word)
    ) {
      return word;
    }
    const name = this.names.near(word, word.length >= TWO_EDITS_FROM_NAMES ? 2 : 1)[0];
    const common = this.known.near(word, word.length >= TWO_EDITS_FROM ? 2 : 1)[0];
    // The closer correction wins ("seige" is one swap from "siege", two edits from a name).
    const best = name && (!common || name.distance <= common.distance) ? name : common;
    return monthFold(best?.word ?? word);
  }

  /**
   * The units of a text already folded into words ({@link words}). A passage (`asPassage`) also
   * holds the plain words of its phrases, so that a question asking for "water" finds "source
   * of water"; a question's phrase asks for the phrase ("take part" is not "part").
   */
  analyzeWords(words: readonly string[], asPassage = false): Unit[] {
    const folded = asPassage ? [...words] : withoutAnswerCount(words);
    // "how many", "what year": the kind of answer asked for, which the gate checks; not content.
    const opening = asPassage ? undefined : kindOpening(folded);
    if (opening) folded.splice(opening.start, opening.length);
    const tokens = folded.map((word) => this.spell(word));
    const stems = tokens.map(stem);
    const units: Unit[] = [];
    let index = 0;
    while (index < stems.length) {
      let matched = 0;
      // "the UN spokesman": an article may open an alias ("the UN"), but the phrase that starts
      // after it and reaches further ("UN spokesman") is the one meant.
      if (STOPWORDS.has(tokens[index] as string)) {
        const here = this.phraseLength(stems, index);
        const next = this.phraseLength(stems, index + 1);
        if (next > 0 && index + 1 + next > index + here) {
          index += 1;
          continue;
        }
      }
      for (let length = this.reach(stems, index); length > 0; length--) {
        const phrase = this.phraseKey(stems.slice(index, index + length));
        const keys = this.phrases.get(phrase);
        if (!keys) continue;
        const word = tokens[index] as string;
        // A lone stop word that some group holds ("back", "open") is still a stop word.
        if (length === 1 && (STOPWORDS.has(word) || QUESTION_WORDS.has(word))) break;
        const primary = [...keys];
        const ids = [...primary];
        if (length === 1) ids.push(this.keys.id(phrase));
        // "asked to attend" is an invitation, and also asking and attending: the groups of its
        // own words are further readings, for a text that puts them apart.
        else {
          const inside = stems.slice(index, index + length);
          ids.push(...this.wordGroups(inside));
          // A passage also holds what its phrase's parts name: "U.S. envoy" names the U.S.
          if (asPassage) ids.push(...this.innerKeys(inside, tokens.slice(index, index + length)));
        }
        units.push(this.unit(ids, tokens.slice(index, index + length).join(" "), primary));
        matched = length;
        break;
      }
      if (matched === 0) {
        const word = tokens[index] as string;
        // "not", "never": the gate compares negation itself, so "never" answers "not".
        if (!STOPWORDS.has(word) && !QUESTION_WORDS.has(word) && !NEGATIONS.has(word)) {
          units.push(this.unit([this.keys.id(stems[index] as string)], word));
        }
        matched = 1;
      }
      index += matched;
    }
    return units;
  }

  /** The keys of every shorter phrase and content word inside a phrase. */
  private innerKeys(stems: string[], tokens: string[]): number[] {
    const keys: number[] = [];
    for (let start = 0; start < stems.length; start++) {
      for (let end = start + 1; end <= stems.length; end++) {
        if (end - start === stems.length) continue;
        const inner = this.phrases.get(this.phraseKey(stems.slice(start, end)));
        if (inner) keys.push(...inner);
      }
      if (!STOPWORDS.has(tokens[start] as string)) keys.push(this.keys.id(stems[start] as string));
    }
    return keys;
  }

  /** The paraphrase groups the single words of a phrase belong to. */
  private wordGroups(stems: string[]): number[] {
    return stems.flatMap((word) =>
      [...(this.phrases.get(word) ?? [])].filter((key) => this.groupKeys.has(key)),
    );
  }

  /** The most words a phrase starting at `index` can span: only those are tried. */
  private reach(stems: string[], index: number): number {
    const word = stems[index];
    if (word === undefined) return 0;
    const from = this.reachFrom.get(this.wordGroup.get(word) ?? word) ?? 1;
    return Math.min(from, stems.length - index);
  }

  /** The length of the longest phrase of two words or more that starts at `index`, else 0. */
  private phraseLength(stems: string[], index: number): number {
    for (let length = this.reach(stems, index); length > 1; length--) {
      if (this.phrases.has(this.phraseKey(stems.slice(index, index + length)))) return length;
    }
    return 0;
  }

  private unit(keys: number[], text: string, primary: number[] = keys): Unit {
    const ids = [...new Set(keys)].sort((a, b) => a - b);
    const name = ids.some((key) => this.entityKeys.has(key) || this.countryKeys.has(key));
    return {
      keys: ids,
      primary,
      text,
      entity: ids.some((key) => this.entityKeys.has(key)),
      name,
      number: /^\d+$/.test(text),
      light: !name && (LIGHT_WORDS.has(text) || this.isUnknownAdverb(text)),
    };
  }

  /**
   * An adverb the story never uses ("definitely", "personally") only colours a question; it
   * must not weigh like a missing subject would.
   */
  private isUnknownAdverb(word: string): boolean {
    return (
      word.length > 4 &&
      word.endsWith("ly") &&
      !this.known.has(word) &&
      !this.names.has(word) &&
      isEnglishWord(word)
    );
  }

  /** The distinct concept keys of a passage: what a question may find in it. */
  keysOf(text: string): Set<number> {
    const keys = new Set<number>();
    for (const unit of this.analyzeWords(words(text), true))
      for (const key of unit.keys) keys.add(key);
    return keys;
  }
}
