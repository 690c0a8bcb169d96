import type { CommandResult, StoryContext } from "../command.js";
import { buildReply, type ReplyInput } from "../replies/build.js";
import { storyFooter } from "../story-context.js";

/** "The story doesn't say": a plain answer with no citations, never an error. */
export function notFound(
  context: StoryContext,
  reply: Pick<ReplyInput, "title" | "text" | "sections" | "asked">,
): CommandResult {
  return {
    status: "not_found",
    citations: [],
    reply: buildReply({ kind: "notFound", footer: storyFooter(context), ...reply }),
  };
}
