import { stemmer } from "stemmer";

/**
 * Everyday opposites. A question that asks about one where the text says the other ("imports"
 * where it says "exports", "the last assembly" where it says "the first") asks something the
 * text does not state. Converses are not opposites: who bought is who the seller sold to, who
 * won is whom the loser lost to.
 */
const PAIRS: [string, string][] = [
  ["first", "last"],
  ["first", "second"],
  ["early", "late"],
  ["earliest", "latest"],
  ["begin", "end"],
  ["start", "finish"],
  ["open", "close"],
  ["import", "export"],
  ["accept", "reject"],
  ["accept", "refuse"],
  ["allow", "forbid"],
  ["allow", "ban"],
  ["increase", "decrease"],
  ["rise", "fall"],
  ["gain", "loss"],
  ["more", "less"],
  ["most", "least"],
  ["many", "few"],
  ["large", "small"],
  ["largest", "smallest"],
  ["big", "small"],
  ["biggest", "smallest"],
  ["high", "low"],
  ["highest", "lowest"],
  ["long", "short"],
  ["longest", "shortest"],
  ["major", "minor"],
  ["maximum", "minimum"],
  ["north", "south"],
  ["east", "west"],
  ["northern", "southern"],
  ["eastern", "western"],
  ["upper", "lower"],
  ["inner", "outer"],
  ["internal", "external"],
  ["domestic", "foreign"],
  ["public", "private"],
  ["old", "new"],
  ["ancient", "modern"],
  ["medieval", "modern"],
  ["past", "future"],
  ["old", "young"],
  ["simple", "complex"],
  ["simplicity", "complexity"],
  ["easy", "difficult"],
  ["easy", "hard"],
  ["abstract", "concrete"],
  ["finite", "infinite"],
  ["limited", "unlimited"],
  ["possible", "impossible"],
  ["legal", "illegal"],
  ["manual", "mechanical"],
  ["manual", "automatic"],
  ["military", "civilian"],
  ["success", "failure"],
  ["succeed", "fail"],
  ["strong", "weak"],
  ["rich", "poor"],
  ["true", "false"],
  ["positive", "negative"],
  ["majority", "minority"],
  ["male", "female"],
  ["men", "women"],
  ["father", "mother"],
  ["son", "daughter"],
  ["brother", "sister"],
  ["king", "queen"],
  ["husband", "wife"],
  ["left", "right"],
  ["top", "bottom"],
  ["above", "below"],
  ["inside", "outside"],
  ["include", "exclude"],
  ["join", "leave"],
  ["arrive", "depart"],
  ["enter", "exit"],
  ["ally", "enemy"],
  ["friend", "enemy"],
  ["support", "oppose"],
  ["agree", "disagree"],
  ["parallel", "perpendicular"],
  ["direct", "indirect"],
  ["dependent", "independent"],
  ["necessary", "unnecessary"],
  ["always", "never"],
  ["everyone", "nobody"],
];

const stems = (word: string) => stemmer(word.toLowerCase());

/** Each word's opposites, by stem. */
export const OPPOSITES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const opposites = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = opposites.get(a) ?? new Set<string>();
    set.add(b);
    opposites.set(a, set);
  };
  for (const [a, b] of PAIRS) {
    add(stems(a), stems(b));
    add(stems(b), stems(a));
  }
  return opposites;
})();

/**
 * Prefixes that make a word its opposite: "unlimited", "non-members". "in-", "im-", "dis-" are
 * left to the listed pairs ("possible"/"impossible"): as prefixes they make "form" of "inform",
 * "port" of "import", "cover" of "discover".
 */
export const NEGATING_PREFIXES: readonly string[] = ["un", "non"];

/** Words that negate what follows. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  "not",
  "no",
  "never",
  "neither",
  "nor",
  "none",
  "cannot",
  "without",
]);
