import { describe, expect, it } from "vitest";
import { parseLine } from "../../src/console/parse.js";
import { commands } from "../commands/support.js";

const parse = (line: string) => parseLine(line, commands);

describe("a console line read as a slash command", () => {
  it("fills the command's first option with a bare remainder: /quote assad", () => {
    expect(parse("/quote assad")).toEqual({
      ok: true,
      command: "quote",
      options: { speaker: "assad" },
    });
  });

  it("takes a whole free-text question as the bare remainder: /ask who attends?", () => {
    expect(parse("/ask who attends?")).toEqual({
      ok: true,
      command: "ask",
      options: { question: "who attends?" },
    });
  });

  it("sets an option by name, ignoring the space after the colon: /ask question: when is geneva?", () => {
    expect(parse("/ask question: when is geneva?")).toEqual({
      ok: true,
      command: "ask",
      options: { question: "when is geneva?" },
    });
  });

  it("sets several options by name: /quote speaker:assad topic:ceasefire", () => {
    expect(parse("/quote speaker:assad topic:ceasefire")).toEqual({
      ok: true,
      command: "quote",
      options: { speaker: "assad", topic: "ceasefire" },
    });
  });

  it("keeps spaces inside option values: /quote speaker: bashar al-assad topic: humanitarian aid", () => {
    expect(parse("/quote speaker: bashar al-assad topic: humanitarian aid")).toMatchObject({
      options: { speaker: "bashar al-assad", topic: "humanitarian aid" },
    });
  });

  it("fills the first option from a bare remainder before named ones: /quote assad topic:aid", () => {
    expect(parse("/quote assad topic:aid")).toMatchObject({
      options: { speaker: "assad", topic: "aid" },
    });
  });

  it("reads the story option after a question: /ask question: when? story:harbour-vote", () => {
    expect(parse("/ask question: when? story:harbour-vote")).toMatchObject({
      options: { question: "when?", story: "harbour-vote" },
    });
  });

  it("reads the story option before the first one: /quote story:astana-talks speaker:assad", () => {
    expect(parse("/quote story:astana-talks speaker:assad")).toMatchObject({
      options: { story: "astana-talks", speaker: "assad" },
    });
  });

  it("takes only an option's first marker: /quote speaker:x topic: a topic: b", () => {
    expect(parse("/quote speaker:x topic: a topic: b")).toMatchObject({
      options: { speaker: "x", topic: "a topic: b" },
    });
  });

  it("keeps a colon that does not start one of the command's options in the text", () => {
    expect(parse("/ask what does note: the ceasefire mean?")).toMatchObject({
      options: { question: "what does note: the ceasefire mean?" },
    });
    expect(parse("/ask question: is the 10:30 meeting on? time:now")).toMatchObject({
      options: { question: "is the 10:30 meeting on? time:now" },
    });
  });

  it("keeps a colon inside a word in the text: /ask who is speaker:assad? reads the whole line", () => {
    // "speaker" is not an option of /ask, so it stays part of the question.
    expect(parse("/ask who is speaker:assad?")).toMatchObject({
      options: { question: "who is speaker:assad?" },
    });
  });

  it("reads hyphenated commands and options of other commands: /who-attends party:U.S.", () => {
    expect(parse("/who-attends party:U.S.")).toEqual({
      ok: true,
      command: "who-attends",
      options: { party: "U.S." },
    });
  });

  it("reads a number option as typed, for the command to check: /source paragraph:7", () => {
    expect(parse("/source paragraph:7")).toMatchObject({ options: { paragraph: "7" } });
    expect(parse("/source 7")).toMatchObject({ options: { paragraph: "7" } });
  });

  it("reads an empty named option as an empty value, for the command to refuse", () => {
    expect(parse("/ask question:")).toMatchObject({ ok: true, options: { question: "" } });
  });

  it("reads a command with no options: /timeline", () => {
    expect(parse("/timeline")).toEqual({ ok: true, command: "timeline", options: {} });
  });

  it("leaves options out that were not given: /summary", () => {
    expect(parse("/summary")).toEqual({ ok: true, command: "summary", options: {} });
  });

  it("ignores white space around the line", () => {
    expect(parse("   /help   ")).toEqual({ ok: true, command: "help", options: {} });
  });

  it("reads command and option names in any case: /ASK Question: x", () => {
    expect(parse("/ASK Question: x")).toEqual({
      ok: true,
      command: "ask",
      options: { question: "x" },
    });
  });

  it("refuses an unknown command, naming the commands there are", () => {
    const parsed = parse("/weather today");
    expect(parsed.ok).toBe(false);
    expect(parsed.command).toBe("weather");
    if (parsed.ok) return;
    expect(parsed.error).toContain("There is no /weather command");
    for (const name of commands.keys()) expect(parsed.error).toContain(`/${name}`);
  });

  it("refuses a line without a slash, saying how to type a command", () => {
    const parsed = parse("who attends?");
    expect(parsed).toMatchObject({ ok: false, command: null });
    if (parsed.ok) return;
    expect(parsed.error).toContain("Type a slash command");
    expect(parsed.error).toContain("/help");
  });

  it("refuses a lone slash, naming the commands there are", () => {
    const parsed = parse("/");
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toContain("/help");
  });
});
