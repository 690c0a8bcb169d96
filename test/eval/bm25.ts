import MiniSearch from "minisearch";
import type { Article } from "../../src/story/article.js";

/** How many sentences the baseline cites: as many as an answer is judged on. */
export const BASELINE_CITATIONS = 3;

/**
 * The baseline every figure is printed beside: plain BM25 over the article's sentences
 * (MiniSearch with its default tokenizer, no stemming, no synonyms, no curated records). It
 * cites its best sentences for every question that shares a word with one, and abstains only
 * when none does.
 */
export function bm25Baseline(article: Article): (question: string) => string[] {
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ["text"] });
  index.addAll(article.sentences.map((sentence) => ({ id: sentence.id, text: sentence.text })));
  return (question) =>
    index
      .search(question)
      .slice(0, BASELINE_CITATIONS)
      .map((hit) => String(hit.id));
}
