/**
 * English titles and roles that stand before or beside a person's name ("Foreign Minister
 * Anna …", "the spokesman …", "mayor of …"). Shared by every story: drafting reads them to
 * tell a person's title from the name, and to offer the title as an alias.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  "ambassador",
  "archbishop",
  "bishop",
  "captain",
  "chairman",
  "chairwoman",
  "chancellor",
  "chief",
  "chronicler",
  "colonel",
  "commander",
  "commissioner",
  "count",
  "countess",
  "director",
  "dr",
  "duchess",
  "duke",
  "emperor",
  "empress",
  "envoy",
  "general",
  "governor",
  "head",
  "judge",
  "king",
  "leader",
  "mayor",
  "minister",
  "mr",
  "mrs",
  "ms",
  "pope",
  "premier",
  "president",
  "prince",
  "princess",
  "professor",
  "queen",
  "secretary",
  "secretary-general",
  "senator",
  "sir",
  "spokesman",
  "spokesperson",
  "spokeswoman",
  "sultan",
]);

/** Words that qualify a title ("Deputy Foreign Minister", "Grand Prince", "peace envoy"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "acting",
  "assistant",
  "defence",
  "defense",
  "deputy",
  "finance",
  "foreign",
  "former",
  "general",
  "grand",
  "interior",
  "peace",
  "prime",
  "special",
  "state",
  "vice",
]);

/** Whether a word (any case) is a title or part of one. */
export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower);
}
