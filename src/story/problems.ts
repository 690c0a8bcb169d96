/** One thing wrong with a story's data: where it is and what is wrong. */
export interface Problem {
  file: string;
  record: string | null;
  field: string | null;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = [
    problem.file,
    problem.record === null ? null : `record "${problem.record}"`,
    problem.field === null ? null : `field ${problem.field}`,
  ]
    .filter((part) => part !== null)
    .join(", ");
  return `${where}: ${problem.message}`;
}

/** Thrown when a story's data is broken; the message lists one line per problem. */
export class StoryDataError extends Error {
  constructor(
    readonly storyDir: string,
    readonly problems: Problem[],
  ) {
    super(
      `The story in ${storyDir} has ${problems.length} data problem(s):\n${problems.map(formatProblem).join("\n")}`,
    );
    this.name = "StoryDataError";
  }
}
