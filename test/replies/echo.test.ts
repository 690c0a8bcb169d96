/**
 * What the user typed, shown back to them: plain text, never a ping or live markdown. The examples
 * marked `it.fails` are product bugs (see the report): inert() relies on discord.js's
 * escapeMarkdown, which leaves line-start markup, channel mentions and a few contexts unescaped.
 */
import { describe, expect, it } from "vitest";
import {
  embedOf,
  fieldsOf,
  fixture,
  quotedExcerpts,
  run,
  STORIES,
  seed,
  unescapeMarkdown,
} from "../commands/support.js";
import { activeMarkdown } from "./hostile.js";

/** The “You asked” field of /ask's reply to `question` on the seed story. */
function asked(question: string, context = seed): string {
  const field = fieldsOf(run(context, "ask", { question }).reply).find(
    (candidate) => candidate.name === "You asked",
  );
  expect(field, "the reply echoes the question").toBeDefined();
  return field?.value ?? "";
}

describe.each(STORIES)("user text echoed back on the %s", (_, context) => {
  it("shows a “**” the user typed escaped, so it reads as typed and is not bold", () => {
    expect(asked("**bold** move", context)).toBe("\\*\\*bold\\*\\* move");
  });

  it("keeps spoilers, strike-through, inline code and code fences inert but readable", () => {
    const typed = "||a|| ~~b~~ `c` ```d``` __e__ _f_ *g*";
    const value = asked(typed, context);
    expect(activeMarkdown(value)).toEqual([]);
    expect(unescapeMarkdown(value)).toBe(typed);
  });

  it("breaks @everyone and @here so they never ping, even without allowed_mentions", () => {
    const value = asked("@everyone @here look", context);
    expect(value).not.toContain("@everyone");
    expect(value).not.toContain("@here");
    expect(value.replaceAll("\u2060", "")).toBe("@everyone @here look");
  });

  it("breaks user and role mentions", () => {
    const value = asked("<@123> <@!456> <@&789> when?", context);
    expect(value).not.toMatch(/<@[!&]?\d/u);
    expect(value.replaceAll("\u2060", "").replaceAll("\\", "")).toBe(
      "<@123> <@!456> <@&789> when?",
    );
  });

  it("answers a question that is only mentions with a clear error, never an answer", () => {
    const result = run(context, "ask", { question: "<@123> @everyone <#456>" });
    expect(result.status).toBe("error");
    expect(result.citations).toEqual([]);
    expect(result.reply.content).toMatch(/not a question/);
  });

  it("turns line breaks into spaces and drops control and invisible characters", () => {
    expect(asked("a\nb\r\nc\u202ed\u200be\u0007f\u2066g", context)).toBe("a b cdefg");
  });

  it("drops half of a surrogate pair standing alone and keeps whole emoji", () => {
    expect(asked("a\uD83Db\uDE00c 😬", context)).toBe("abc 😬");
  });

  it("does not turn a question starting with “1. ” into a numbered list", () => {
    expect(asked("1. when do talks start", context)).toBe("1\\. when do talks start");
  });

  it("does not let a typed backslash undo the escaping", () => {
    expect(activeMarkdown(asked("\\**x** \\||y||", context))).toEqual([]);
  });

  it("escapes the unknown speaker quoted back by /quote", () => {
    const description = embedOf(
      run(context, "quote", { speaker: "**Bob** @everyone" }).reply,
    ).description;
    expect(description).toContain("“\\*\\*Bob\\*\\* @\u2060everyone”");
  });

  it("escapes the unknown topic quoted back by /quote", () => {
    const speaker = context.story.quotes[0]?.speaker ?? "";
    const description = embedOf(
      run(context, "quote", { speaker, topic: "||zebras|| @here" }).reply,
    ).description;
    expect(description).toContain("“\\|\\|zebras\\|\\| @\u2060here”");
  });

  it("escapes the unknown party echoed back by /who-attends", () => {
    const reply = run(context, "who-attends", { party: "~~Narnia~~ <@1>" }).reply;
    expect(fieldsOf(reply)).toContainEqual({
      name: "You asked",
      value: "\\~\\~Narnia\\~\\~ \\<@\u20601\\>",
    });
  });
});

describe("user text that escapeMarkdown lets through (product bugs)", () => {
  it("does not show a question typed as “> words (¶1)” as a cited excerpt", () => {
    const result = run(seed, "ask", { question: "> The U.S. will boycott the talks (¶1)" });
    expect(quotedExcerpts(result.reply)).toEqual(result.citations);
  });

  it("does not turn a question starting with “# ” into a heading", () => {
    expect(asked("# HUGE")).not.toMatch(/^#{1,3} /u);
  });

  it("breaks a channel mention the user typed", () => {
    expect(asked("see <#1>")).not.toContain("<#1>");
  });

  it("keeps underscores escaped after something that looks like a custom emoji", () => {
    expect(activeMarkdown(asked("<:wave:1> __underlined__"))).toEqual([]);
  });

  it("keeps a run of four asterisks escaped", () => {
    expect(activeMarkdown(asked("****x****", fixture))).toEqual([]);
  });
});
