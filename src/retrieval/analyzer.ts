import type { Entity, Lexicon } from "../story/schema.js";
import { stem, words } from "./normalize.js";
import { Speller } from "./spelling.js";
import { STOPWORDS } from "./stopwords.js";

/** One meaningful position of a text: the concept keys it stands for. */
export interface Unit {
  keys: string[];
}

/**
 * An adverb the story never uses ("definitely", "personally") only colours a question; it
 * must not weigh like an unknown subject would.
 */
function isUnknownAdverb(word: string, vocabulary: ReadonlySet<string>): boolean {
  return word.length > 4 && word.endsWith("ly") && !vocabulary.has(word);
}

/** Key prefixes: "@" an entity, "~" a lexicon group, none a plain stem. */
export const entityKey = (id: string) => `@${id}`;
export const isEntityKey = (key: string) => key.startsWith("@");

function phraseOf(term: string): string {
  return words(term).map(stem).join(" ");
}

/**
 * Turns text into concept units for one story: misspelt words are corrected against the story's
 * vocabulary, then the longest phrase of the lexicon or of an entity's names wins, so that
 * "take part", "participate" and "going" share one key, and a title, a misspelt surname
 * and the full name of one person share another. Stop words outside phrases drop out.
 */
export class Analyzer {
  private readonly phrases = new Map<string, Set<string>>();
  private readonly longestPhrase: number;
  private readonly stopwords: ReadonlySet<string>;
  private readonly vocabulary = new Set<string>();
  private readonly nameSpeller: Speller;
  private readonly wordSpeller: Speller;

  constructor(lexicon: Lexicon, entities: Entity[], corpus: string[]) {
    this.stopwords = new Set([...STOPWORDS, ...lexicon.stopwords.flatMap(words)]);
    lexicon.synonyms.forEach((group) => {
      const key = `~${phraseOf(group[0] as string)}`;
      for (const term of group) this.addPhrase(term, key);
    });
    const nameWords = new Set<string>();
    for (const entity of entities) {
      for (const name of [entity.name, ...entity.aliases]) {
        this.addPhrase(name, entityKey(entity.id));
        for (const word of words(name)) nameWords.add(word);
      }
    }
    this.longestPhrase = Math.max(1, ...[...this.phrases.keys()].map((p) => p.split(" ").length));

    const allTerms = [...lexicon.synonyms.flat(), ...corpus];
    for (const word of [...allTerms.flatMap(words), ...nameWords]) {
      if (!this.stopwords.has(word)) this.vocabulary.add(word);
    }
    this.nameSpeller = new Speller(nameWords, { minLength: 4, longFrom: 5 });
    this.wordSpeller = new Speller(
      [...this.vocabulary].filter((word) => !nameWords.has(word)),
      { minLength: 5, longFrom: 8 },
    );
  }

  private addPhrase(term: string, key: string): void {
    const phrase = phraseOf(term);
    if (phrase.length === 0) return;
    const keys = this.phrases.get(phrase) ?? new Set<string>();
    keys.add(key);
    this.phrases.set(phrase, keys);
  }

  /** Corrects a word the story never uses to the nearest word it does, where one is close. */
  private spell(word: string): string {
    if (this.vocabulary.has(word) || this.stopwords.has(word)) return word;
    const name = this.nameSpeller.nearest(word);
    const common = this.wordSpeller.nearest(word);
    // The closer correction wins ("seige" is one swap from "siege", two edits from a name).
    if (name && (!common || name.distance <= common.distance)) return name.word;
    return common?.word ?? word;
  }

  analyze(text: string): Unit[] {
    const tokens = words(text).map((word) => this.spell(word));
    const stems = tokens.map(stem);
    const units: Unit[] = [];
    let index = 0;
    while (index < stems.length) {
      let matched = 0;
      for (let length = Math.min(this.longestPhrase, stems.length - index); length > 0; length--) {
        const keys = this.phrases.get(stems.slice(index, index + length).join(" "));
        if (keys) {
          units.push({ keys: [...keys].sort() });
          matched = length;
          break;
        }
      }
      if (matched === 0) {
        const word = tokens[index] as string;
        if (!this.stopwords.has(word) && !isUnknownAdverb(word, this.vocabulary)) {
          units.push({ keys: [stems[index] as string] });
        }
        matched = 1;
      }
      index += matched;
    }
    return units;
  }

  /** The distinct concept keys of a text. */
  keysOf(text: string): Set<string> {
    return new Set(this.analyze(text).flatMap((unit) => unit.keys));
  }
}
