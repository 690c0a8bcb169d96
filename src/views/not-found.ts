import type { CommandContext, CommandResult } from "../interactions/contract.js";
import { buildReply, type ReplyInput } from "../replies/build.js";

/** "The story doesn't say": a plain answer with no citations, never an error. */
export function notFound(
  context: CommandContext,
  reply: Pick<ReplyInput, "title" | "text" | "sections" | "asked">,
): CommandResult {
  return {
    status: "not_found",
    citations: [],
    reply: buildReply({ kind: "notFound", story: context.story, ...reply }),
  };
}

/**
 * A story that holds no records of some kind (no quotations, no gathering, no dated events):
 * one line saying so, and the command that works instead.
 */
export function nothingOfThatKind(context: CommandContext, line: string): CommandResult {
  return notFound(context, { title: line, text: "Try /ask with your question, or /source." });
}
