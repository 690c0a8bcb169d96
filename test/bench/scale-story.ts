import type { Story } from "../../src/story/story.js";

/**
 * A synthetic story `factor` times the size of a real one, for benchmarks: every paragraph,
 * record and entity is repeated with ids and names made distinct, so indexes grow as they
 * would for a longer article.
 */
export function scaleStory(story: Story, factor: number): Story {
  const copies = Array.from({ length: factor }, (_, copy) => copy);
  const tag = (text: string, copy: number) => (copy === 0 ? text : `${text} v${copy}`);
  const paragraphs = copies.flatMap((copy) =>
    story.article.paragraphs.map((paragraph) => ({
      ...paragraph,
      number: paragraph.number + copy * story.article.paragraphs.length,
    })),
  );
  return {
    ...story,
    article: {
      ...story.article,
      paragraphs,
      sentences: paragraphs.flatMap((paragraph) =>
        paragraph.sentences.map((sentence) => ({ ...sentence, paragraph: paragraph.number })),
      ),
    },
    qa: copies.flatMap((copy) =>
      story.qa.map((record) => ({
        ...record,
        id: tag(record.id, copy),
        question: tag(record.question, copy),
        phrasings: record.phrasings.map((phrasing) => tag(phrasing, copy)),
      })),
    ),
    entities: copies.flatMap((copy) =>
      story.entities.map((entity) => ({
        ...entity,
        id: tag(entity.id, copy),
        name: tag(entity.name, copy),
        aliases: entity.aliases.map((alias) => tag(alias, copy)),
      })),
    ),
  };
}
