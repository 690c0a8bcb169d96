import { PassThrough } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { completeLine } from "../../src/console/complete.js";
import { runConsole } from "../../src/console/run.js";
import { dispatcher, seed } from "../commands/support.js";
import { memoryService } from "../store/support.js";

const complete = (line: string) => completeLine(dispatcher, line);

describe("Tab completion in the console", () => {
  it("completes a command's name after the slash", () => {
    expect(complete("/as")).toEqual([["/ask "], "/as"]);
  });

  it("offers every command for a bare slash", () => {
    const [names] = complete("/");
    expect(names).toContain("/ask ");
    expect(names).toContain("/stories ");
  });

  it("completes an option's name", () => {
    expect(complete("/ask question:when do the talks start st")).toEqual([["story:"], "st"]);
  });

  it("offers the story ids for story:", () => {
    expect(complete("/quote speaker:assad story:")).toEqual([["harbour-vote", "astana-talks"], ""]);
  });

  it("completes an option's value with the choice Discord would show", () => {
    const [choices, replaces] = complete("/quote speaker:asa");
    expect(replaces).toBe("asa");
    expect(choices).toContain("Bashar al-Assad");
  });

  it("follows the story chosen earlier in the line", () => {
    const [choices] = complete(`/quote story:${seed.story.id} speaker:`);
    expect(choices).toContain("Bashar al-Assad");
  });

  it("lists choices beside what is typed rather than replacing it when they share no prefix", () => {
    const [choices, replaces] = complete("/ask question:when");
    expect(choices[0]).toBe("when");
    expect(replaces).toBe("when");
    expect(choices.length).toBeGreaterThan(2);
  });

  it("offers nothing for an unknown command", () => {
    expect(complete("/nope thing")).toEqual([[], "/nope thing"]);
  });
});

/** Types keys into an interactive console (a terminal) and returns what it printed on stdout. */
async function typeInto(keys: string[]): Promise<string> {
  const input = Object.assign(new PassThrough(), { isTTY: true });
  const output = new PassThrough();
  const errors = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
  errors.resume();
  let printed = "";
  output.on("data", (chunk: Buffer) => {
    printed += chunk.toString("utf8");
  });
  const running = runConsole(memoryService(dispatcher), {
    json: false,
    input,
    output,
    errors,
    logger: pino({ level: "silent" }),
  });
  for (const key of keys) {
    input.write(key);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  input.end();
  await running;
  return printed;
}

describe("the interactive console", () => {
  it("completes a command with Tab and answers it", async () => {
    expect(await typeInto(["/tim", "\t", "\r"])).toContain("== Timeline:");
  });

  it("recalls the previous line with the up arrow", async () => {
    const printed = await typeInto(["/source paragraph:2\r", "\u001b[A", "\r"]);
    expect(printed.split("== Paragraph 2 of 22 ==").length - 1).toBe(2);
  });
});
