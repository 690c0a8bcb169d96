import { describe, expect, it } from "vitest";
import { answerLine } from "../../src/console/session.js";
import { memoryService } from "../store/support.js";
import { dispatcher, embedOf, fieldsOf, readable, run, STORIES } from "./support.js";

const COMMANDS = [
  "/ask",
  "/who-attends",
  "/quote",
  "/summary",
  "/pin-summary",
  "/timeline",
  "/source",
  "/help",
  "/stories",
  "/use-story",
  "/gaps",
  "/forget-me",
];

/** The examples a help entry gives ("e.g. /quote speaker:Lavrov"), however the lines are laid out. */
function examplesIn(value: string): string[] {
  return value
    .split(/\s*e\.g\. /u)
    .slice(1)
    .map((example) => example.trim());
}

describe.each(STORIES)("/help on the %s", (_, context) => {
  const reply = () => run(context, "help").reply;

  it.each(COMMANDS)("names %s", (command) => {
    const names = fieldsOf(reply()).map((field) => field.name.split(" ")[0]);
    expect(names).toContain(command);
  });

  it("has one entry per command the bot has, and no others", () => {
    const names = fieldsOf(reply()).map((field) => field.name.split(" ")[0]);
    expect([...names].sort()).toEqual([...COMMANDS].sort());
  });

  it("says what every command does", () => {
    for (const field of fieldsOf(reply())) {
      const name = field.name.split(" ")[0]?.slice(1) ?? "";
      const description = context.commands.get(name)?.data.toJSON().description ?? "";
      expect(description.length).toBeGreaterThan(0);
      expect(field.value).toContain(description);
    }
  });

  it("shows each command's options, required ones bare and optional ones in brackets", () => {
    const names = fieldsOf(reply()).map((field) => field.name);
    expect(names).toContain("/ask question:… [story:…]");
    expect(names).toContain("/quote speaker:… [topic:…] [story:…]");
    expect(names).toContain("/source [paragraph:N] [story:…]");
  });

  it("gives an example for every command but /help itself", () => {
    for (const field of fieldsOf(reply())) {
      if (field.name === "/help") continue;
      expect(examplesIn(field.value).length, field.name).toBeGreaterThan(0);
    }
  });

  it("gives examples that all work when typed into the console", async () => {
    const examples = fieldsOf(reply()).flatMap((field) => examplesIn(field.value));
    expect(examples.length).toBeGreaterThan(8);
    const service = memoryService(dispatcher);
    for (const example of examples) {
      const typed = /\bstory:/.test(example) ? example : `${example} story:${context.story.id}`;
      expect((await answerLine(service, typed)).record.status, typed).toBe("answered");
    }
  });

  it("says what the bot is for and names the story", () => {
    expect(embedOf(reply()).description).toContain(context.story.meta.headline);
    expect(readable(reply())).toContain("¶ = paragraph");
  });

  // Product bug: buildReply runs our own section bodies through inert(), which collapses the
  // "\n" between the description and each example, so they run together on one line.
  it("puts each example on its own line", () => {
    const ask = fieldsOf(reply()).find((field) => field.name.startsWith("/ask"));
    expect(ask?.value.split("\n").some((line) => line.startsWith("e.g. /ask"))).toBe(true);
  });
});
