import { describe, expect, it } from "vitest";
import { fixture } from "../commands/support.js";
import { runConsoleOn } from "./run-console.js";

const text = (input: string) => runConsoleOn(input, { json: false });

describe("the console in text mode", () => {
  it("renders the reply's title", async () => {
    const { stdout } = await text("/quote assad\n");
    expect(stdout).toContain("== Bashar al-Assad in the story ==");
  });

  it("renders each quoted excerpt with its ¶ number", async () => {
    const { stdout } = await text("/quote assad\n");
    expect(stdout).toContain(
      "> I believe that they will focus, in the beginning, and will prioritize, as we see it, reaching a ceasefire (¶21)",
    );
    expect(stdout).toContain("(¶22)");
  });

  it("renders the answer text, the sections and who reported the words", async () => {
    const { stdout } = await text("/ask when is geneva?\n");
    expect(stdout).toContain("== When do the Geneva talks on Syria resume? ==");
    expect(stdout).toContain("Feb. 8");
    expect(stdout).toContain("-- You asked");
    const quote = await text("/quote assad\n");
    expect(quote.stdout).toContain("reported by AFP");
  });

  it("says how to open a cited paragraph in the console", async () => {
    const { stdout } = await text("/quote assad\n");
    expect(stdout).toContain("[Show ¶21] [Show ¶22]  (in the console: /source paragraph:N)");
  });

  it("marks errors as seen only by the person who typed them", async () => {
    const { stdout } = await text("/weather\n");
    expect(stdout).toContain("(only you can see this)");
    expect(stdout).toContain("There is no /weather command");
  });

  it("prints what /pin-summary would post and pin in Discord", async () => {
    const { stdout } = await text("/pin-summary\n");
    expect(stdout).toContain("== Posting and pinning the short summary ==");
    expect(stdout).toContain(
      "In Discord the bot would now post this message in the channel and pin it:",
    );
    expect(stdout).toContain("== Summary: Lavrov says US invited to Syria talks in Astana ==");
  });

  it("prints a one-line banner on stderr, naming the story and how to connect to Discord", async () => {
    const { stdout, stderr } = await text("/help\n");
    expect(stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(stderr).toContain("storybot local console");
    expect(stderr).toContain("DISCORD_TOKEN");
    expect(stdout).not.toContain("local console");
  });

  it("shows no prompt when the input is piped rather than typed", async () => {
    const { stderr } = await text("/help\n/timeline\n");
    expect(stderr).not.toContain("> ");
  });

  it("answers every non-blank line in order, one reply after another", async () => {
    const { stdout } = await text("/timeline\n\n/source\n");
    const timeline = stdout.indexOf("== Timeline:");
    const source = stdout.indexOf("== Lavrov says US invited to Syria talks in Astana ==");
    expect(timeline).toBeGreaterThanOrEqual(0);
    expect(source).toBeGreaterThan(timeline);
  });

  it("renders the fixture story's replies the same way", async () => {
    const { stdout } = await text(`/quote marsh story:${fixture.story.id}\n`);
    expect(stdout).toContain("== Elena Marsh in the story ==");
    expect(stdout).toContain("> This bridge will join the two halves of our town (¶2)");
  });
});
