import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Article } from "./article.js";
import type { Problem } from "./problems.js";
import { normalizeText } from "./text.js";

/**
 * A labelled question: what someone asks, and either short excerpts of every sentence that
 * answers it or null when the story does not answer it. `kind` groups the figures (plain,
 * casual, near miss…).
 */
export const labelledQuestionSchema = z.strictObject({
  q: z.string().trim().min(1, "must not be empty"),
  gold: z.array(z.string().trim().min(1, "must not be empty")).min(1).nullable(),
  kind: z.string().trim().min(1, "must not be empty"),
});

export type LabelledQuestion = z.infer<typeof labelledQuestionSchema>;

/**
 * The question sets a story may carry: a dev set to tune on, and a held-out set nobody tunes
 * on (its misses are never printed).
 */
export const QUESTION_SETS = {
  dev: "questions/dev.json",
  holdout: "questions/holdout.json",
} as const;

export type QuestionSetName = keyof typeof QUESTION_SETS;

/** Whether a gold excerpt stands verbatim in the article, headline or body. */
function inArticle(article: Article, excerpt: string): boolean {
  const text = normalizeText(excerpt);
  return article.headline.includes(text) || article.paragraphs.some((p) => p.text.includes(text));
}

/** Reads a story's question sets and checks every gold excerpt against its article. */
export function readQuestionSets(
  dir: string,
  article: Article,
): { sets: Partial<Record<QuestionSetName, LabelledQuestion[]>>; problems: Problem[] } {
  const sets: Partial<Record<QuestionSetName, LabelledQuestion[]>> = {};
  const problems: Problem[] = [];
  for (const [name, file] of Object.entries(QUESTION_SETS) as [QuestionSetName, string][]) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      problems.push({
        file,
        record: null,
        field: null,
        message: `not valid JSON: ${(error as Error).message}`,
      });
      continue;
    }
    const parsed = z.array(labelledQuestionSchema).safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({
          file,
          record: typeof issue.path[0] === "number" ? `#${issue.path[0]}` : null,
          field: issue.path.slice(1).join(".") || null,
          message: issue.message,
        });
      }
      continue;
    }
    parsed.data.forEach((question, index) => {
      for (const gold of question.gold ?? []) {
        if (!inArticle(article, gold)) {
          problems.push({
            file,
            record: `#${index}`,
            field: "gold",
            message: `excerpt is not verbatim in the article: "${gold}"`,
          });
        }
      }
    });
    sets[name] = parsed.data;
  }
  return { sets, problems };
}
