import type { Article } from "../story/article.js";
import type { Citation } from "../story/schema.js";
import { normalizeText } from "../story/text.js";
import type { CitedExcerpt } from "./result.js";

/** A story's citations do not change once loaded: each is placed once. */
const located = new WeakMap<Citation, Readonly<CitedExcerpt>>();

/** Places a checked citation in the sentence where it starts. */
export function locate(article: Article, citation: Citation): Readonly<CitedExcerpt> {
  let excerpt = located.get(citation);
  if (!excerpt) {
    excerpt = Object.freeze(place(article, citation));
    located.set(citation, excerpt);
  }
  return excerpt;
}

function place(article: Article, citation: Citation): CitedExcerpt {
  const text = normalizeText(citation.text);
  if (citation.paragraph === 0) return { paragraph: 0, sentenceId: "p0s1", text };
  const paragraph = article.paragraphs[citation.paragraph - 1];
  const start = paragraph?.text.indexOf(text) ?? -1;
  let offset = 0;
  let sentenceId = paragraph?.sentences[0]?.id ?? `p${citation.paragraph}s1`;
  for (const sentence of paragraph?.sentences ?? []) {
    const at = paragraph?.text.indexOf(sentence.text, offset) ?? -1;
    if (at > start) break;
    sentenceId = sentence.id;
    offset = at + sentence.text.length;
  }
  return { paragraph: citation.paragraph, sentenceId, text };
}
