/**
 * English words that credit a picture at the top of an article ("Reuters photo", "Photo: Reuters",
 * "City photo"). Shared by every story: drafting tells the photo credit from the body by them.
 */
export const PHOTO_CREDIT_WORDS: ReadonlySet<string> = new Set([
  "courtesy",
  "credit",
  "file photo",
  "image",
  "photo",
  "photograph",
  "photos",
  "picture",
]);

/** A front-matter line is short: a dateline or a credit, not a sentence. */
export const MAX_FRONT_MATTER_WORDS = 6;
