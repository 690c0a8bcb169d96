/**
 * English head nouns that tell what kind of thing a name or a description names ("rebel
 * group", "Foreign Ministry", "television channel", "the Wadi … region"). Shared by every
 * story: drafting decides an entity's kind from them.
 */
export const GROUP_WORDS: ReadonlySet<string> = new Set([
  "alliance",
  "army",
  "brigade",
  "brigades",
  "brothers",
  "faction",
  "fighters",
  "forces",
  "front",
  "government",
  "group",
  "guerrillas",
  "insurgents",
  "militia",
  "movement",
  "opposition",
  "party",
  "rebels",
  "regime",
  "tribe",
  "union",
]);

/** ("agency" is in none of these lists: a news agency is an outlet, a government agency is not.) */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  "assembly",
  "association",
  "bank",
  "board",
  "commission",
  "committee",
  "company",
  "confederation",
  "corporation",
  "council",
  "court",
  "department",
  "federation",
  "foundation",
  "institute",
  "league",
  "ministry",
  "monitor",
  "nations",
  "observatory",
  "office",
  "order",
  "organisation",
  "organization",
  "parliament",
  "university",
]);

export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  "broadcaster",
  "channel",
  "gazette",
  "herald",
  "journal",
  "media",
  "newspaper",
  "radio",
  "television",
  "times",
  "tribune",
  "tv",
]);

export const PLACE_WORDS: ReadonlySet<string> = new Set([
  "area",
  "bay",
  "canal",
  "capital",
  "city",
  "coast",
  "district",
  "harbour",
  "island",
  "market",
  "mountains",
  "port",
  "province",
  "region",
  "river",
  "sea",
  "territory",
  "town",
  "valley",
  "village",
  "wharf",
]);

/** A country's own words: "the Holy Roman Empire", "the Kingdom of …". */
export const COUNTRY_WORDS: ReadonlySet<string> = new Set([
  "empire",
  "kingdom",
  "republic",
  "state",
]);

/** Named things that are none of the kinds an entity can be: wars, treaties, privileges. */
export const EVENT_WORDS: ReadonlySet<string> = new Set([
  "accord",
  "agreement",
  "convention",
  "crisis",
  "feud",
  "peace",
  "privilege",
  "treaty",
  "war",
]);

/** Prepositions after which an unknown name is most likely a place ("in Qarnath"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "across",
  "along",
  "at",
  "from",
  "in",
  "into",
  "near",
  "off",
  "on",
  "over",
  "through",
  "to",
  "towards",
]);

/** Lower-case particles inside personal and Arabic names: "de Santis", "al-…", "von …". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "abu",
  "al",
  "ben",
  "bin",
  "da",
  "de",
  "del",
  "della",
  "der",
  "di",
  "du",
  "el",
  "ibn",
  "la",
  "le",
  "van",
  "von",
]);

/** Phrases that give an earlier name: "changed its name from …", "formerly known as …". */
export const FORMER_NAME_CUES: readonly RegExp[] = [
  /\bchanged (?:its|his|her|their) name from (?:the )?$/iu,
  /\brenamed from (?:the )?$/iu,
  /\bformerly (?:known as |called )?(?:the )?$/iu,
  /\bpreviously (?:known as|called) (?:the )?$/iu,
];

/** Role nouns that describe a party by what it does: "regime supporter …", "rebel backer …". */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  "ally",
  "backer",
  "member",
  "partner",
  "rival",
  "sponsor",
  "supporter",
]);

/** Hyphenated adjectives that describe an organisation: "state-run", "London-based". */
export const DESCRIBING_SUFFIXES: readonly string[] = [
  "-backed",
  "-based",
  "-controlled",
  "-led",
  "-owned",
  "-run",
  "-torn",
];

/**
 * Endings of adjectives that describe a creed or a cause rather than a country ("the Islamist
 * faction", "the Maoist rebels"): such a phrase refers back to a group already named.
 */
export const ADJECTIVE_ENDINGS: readonly string[] = ["ist", "ite", "ic"];
