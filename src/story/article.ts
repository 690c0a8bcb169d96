import { splitSentences } from "./sentences.js";
import { normalizeText } from "./text.js";

export interface Sentence {
  /** Stable id: paragraph and position, "p7s1" is the first sentence of ¶7. */
  id: string;
  paragraph: number;
  text: string;
}

export interface Paragraph {
  /** 1-based body paragraph number; 0 is reserved for the headline. */
  number: number;
  text: string;
  sentences: Sentence[];
}

export interface Article {
  headline: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

export interface FrontMatter {
  headline: string;
  dateline: string | null;
  photoCredit: string | null;
}

/**
 * Parses the raw article: one paragraph per non-blank line. Leading lines that repeat the
 * headline, the dateline or the photo credit are front matter, not body paragraphs. All
 * text is normalised with {@link normalizeText}.
 */
export function parseArticle(raw: string, front: FrontMatter): Article {
  const metadataLines = new Set(
    [front.headline, front.dateline, front.photoCredit]
      .filter((line): line is string => line !== null)
      .map(normalizeText),
  );
  const lines = raw
    .split(/\r?\n/)
    .map(normalizeText)
    .filter((line) => line.length > 0);
  const firstBody = lines.findIndex((line) => !metadataLines.has(line));
  const bodyLines = firstBody === -1 ? [] : lines.slice(firstBody);

  const paragraphs = bodyLines.map((text, index): Paragraph => {
    const number = index + 1;
    const sentences = splitSentences(text).map((sentence, position) => ({
      id: `p${number}s${position + 1}`,
      paragraph: number,
      text: sentence,
    }));
    return { number, text, sentences };
  });

  return {
    headline: normalizeText(front.headline),
    paragraphs,
    sentences: paragraphs.flatMap((paragraph) => paragraph.sentences),
  };
}

/** The text a citation's paragraph number points at: the headline for 0, else a body paragraph. */
export function paragraphText(article: Article, paragraph: number): string | undefined {
  if (paragraph === 0) return article.headline;
  return article.paragraphs[paragraph - 1]?.text;
}
