/**
 * English ways of saying that a party takes part in a gathering, was invited to one, stays
 * away, or convenes it. Shared by every story: drafting reads attendance from them.
 */
export const ATTENDING_VERBS: readonly string[] = [
  "attend",
  "attends",
  "attended",
  "attending",
  "take part",
  "takes part",
  "took part",
  "taking part",
  "participate",
  "participates",
  "participated",
  "join",
  "joins",
  "joined",
];

/** Being invited: "has invited X", "X has been invited", "asked X to attend". */
export const INVITING_VERBS: readonly string[] = ["invite", "invites", "invited", "inviting"];

/** Staying away, when not negated: "boycott", "stay away", "skip". */
export const ABSENT_VERBS: readonly string[] = [
  "boycott",
  "boycotts",
  "boycotted",
  "boycotting",
  "stay away",
  "stays away",
  "stayed away",
  "staying away",
  "pull out",
  "pulled out",
  "withdraw",
  "withdrew",
  "skip",
  "skipped",
];

/** Hosting or bringing about the gathering: "hosts", "convened", "brokered". */
export const CONVENING_VERBS: readonly string[] = [
  "host",
  "hosts",
  "hosted",
  "hosting",
  "convene",
  "convenes",
  "convened",
  "organise",
  "organised",
  "organize",
  "organized",
  "broker",
  "brokered",
];

/** Words that turn attending into not attending: "would not attend", "never joined". */
export const NEGATIONS: ReadonlySet<string> = new Set(["not", "never", "n’t", "n't", "no longer"]);
