/**
 * The one normalisation used to compare an excerpt with the article.
 *
 * - Unicode NFC, so composed and decomposed accents compare equal.
 * - Every kind of white space (the seed has non-breaking spaces after many sentences,
 *   and line breaks) becomes one ordinary space; runs collapse; ends are trimmed.
 * - Nothing else changes: curly quotes stay curly, case and punctuation stay as written.
 *
 * An excerpt is verbatim when its normalised text is a substring of the normalised
 * paragraph it names.
 */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}
