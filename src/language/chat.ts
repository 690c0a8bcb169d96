/**
 * Chat spellings of common words, so that "whos goin" reads as "who going" and "y did they skip
 * it" as "why…". Shared by every story; each maps one typed word to its usual spelling.
 */
export const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ["whos", "who"],
  ["wheres", "where"],
  ["whens", "when"],
  ["whys", "why"],
  ["hows", "how"],
  ["whats", "what"],
  ["wat", "what"],
  ["wats", "what"],
  ["wut", "what"],
  ["wht", "what"],
  ["wen", "when"],
  ["wher", "where"],
  ["hw", "how"],
  ["y", "why"],
  ["r", "are"],
  ["abt", "about"],
  ["w", "with"],
  ["bc", "because"],
  ["bcuz", "because"],
  ["cuz", "because"],
  ["coz", "because"],
  ["cos", "because"],
  ["b4", "before"],
  ["thru", "through"],
  ["ppl", "people"],
  ["goin", "going"],
  ["tmrw", "tomorrow"],
  ["tmr", "tomorrow"],
  ["2day", "today"],
  ["govt", "government"],
  ["gov", "government"],
  ["intl", "international"],
  ["dept", "department"],
  ["pres", "president"],
  ["nd", "and"],
  ["da", "the"],
  ["dat", "that"],
  // Negations typed without their apostrophe read as "not", as "n't" does.
  ...["dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "cant", "couldnt"]
    .concat(["wouldnt", "shouldnt", "havent", "hasnt", "hadnt", "aint"])
    .map((word): [string, string] => [word, "not"]),
]);

/**
 * How people address the bot itself ("hey bot, …", "@storybot …", "… thanks bot"): dropped
 * before a question is matched, like mentions and emoji.
 */
export const BOT_NAMES: readonly string[] = ["bot", "storybot", "robot"];

/** Chat openings that ask plainly about something: "what's the deal with X" is "what about X". */
export const REPHRASINGS: readonly [RegExp, string][] = [
  [
    /\bwhat'?s\s+the\s+(?:deal|story|situation|news|score)\s+(?:with|w|on|about)\b/giu,
    "what about",
  ],
];

/** Chat filler that closes a question and asks nothing: "… asking for a friend", "… thanks". */
export const CLOSING_FILLER: readonly RegExp[] = [
  /^\s*(?:just\s+)?asking\s+(?:for|4)\s+(?:a|my|our)\s+\w+\s*[:,.!-]+\s*/iu,
  /[,\s]+or\s+(?:what|not|nah|no)\s*[?!.]*\s*$/iu,
  /\b(?:just\s+)?asking\s+(?:for|4)\s+(?:a|my|our)\s+\w+(?:\s+\w+)?\s*[.!?]*\s*$/iu,
  // "… thanks", but not what someone said: "did they say thanks".
  /(?<!\b(?:say|said|says|saying|give|gave|express|expressed)\s+)\b(?:thanks|thank\s+you|thx|ty|cheers)(?:\s+(?:in\s+advance|a\s+lot|so\s+much))?\s*[.!?]*\s*$/iu,
];
