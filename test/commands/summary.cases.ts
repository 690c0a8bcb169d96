import { describe, expect, it } from "vitest";
import {
  embedOf,
  expectVerbatim,
  fieldNames,
  fieldsOf,
  isEphemeral,
  quotedExcerpts,
  run,
  STORIES,
  seed,
} from "./support.js";

describe.each(STORIES)("/summary on the %s", (_, context) => {
  it("shows the short summary by default, at most 3 bullets", () => {
    const fields = fieldsOf(run(context, "summary").reply);
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.length).toBeLessThanOrEqual(3);
    expect(fields).toHaveLength(context.story.summary.short.length);
  });

  it("shows the full summary, at most 8 bullets, every one of them", () => {
    const fields = fieldsOf(run(context, "summary", { length: "full" }).reply);
    expect(fields.length).toBeLessThanOrEqual(8);
    expect(fieldNames(run(context, "summary", { length: "full" }).reply)).toEqual(
      context.story.summary.full.map((bullet, index) => `${index + 1}. ${bullet.text}`),
    );
  });

  it.each(["short", "full"] as const)("cites every %s bullet with a block quote and its ¶", (l) => {
    for (const field of fieldsOf(run(context, "summary", { length: l }).reply)) {
      expect(field.value, field.name).toMatch(/^> .+ \(¶\d+\)$/mu);
    }
  });

  it.each(["short", "full"] as const)("cites only verbatim excerpts in the %s summary", (l) => {
    const result = run(context, "summary", { length: l });
    expect(result.citations.length).toBeGreaterThan(0);
    expectVerbatim(context, result.citations);
    expect(quotedExcerpts(result.reply)).toEqual(result.citations);
  });

  it("numbers the bullets in the curated order", () => {
    expect(fieldNames(run(context, "summary").reply)).toEqual(
      context.story.summary.short.map((bullet, index) => `${index + 1}. ${bullet.text}`),
    );
  });

  it("is visible to the channel, not only to the person who asked", () => {
    expect(isEphemeral(run(context, "summary").reply)).toBe(false);
    expect(isEphemeral(run(context, "summary", { length: "full" }).reply)).toBe(false);
  });

  it("titles the summary with the story's headline", () => {
    expect(embedOf(run(context, "summary").reply).title).toBe(
      `Summary: ${context.story.meta.headline}`,
    );
  });

  it("refuses an unknown length with an ephemeral error saying short or full", () => {
    const result = run(context, "summary", { length: "medium" });
    expect(result.status).toBe("error");
    expect(isEphemeral(result.reply)).toBe(true);
    expect(result.reply.content).toContain("short or full");
  });

  // Product bug: the zod message already starts "Option `length`" and readOptions prefixes it
  // again: "/summary: Option `length`: Option `length` must be short or full."
  it("names the bad option only once in the error", () => {
    const content = run(context, "summary", { length: "medium" }).reply.content ?? "";
    expect(content.match(/Option `length`/g)).toHaveLength(1);
  });
});

describe("/summary on the seed story", () => {
  it("leads with the U.S. invitation and covers de Mistura and Ahrar al-Sham", () => {
    const names = fieldNames(run(seed, "summary").reply).join("\n");
    expect(names).toMatch(/^1\. Russia has invited the U\.S\./);
    expect(names).toContain("de Mistura");
    expect(names).toContain("Ahrar al-Sham");
  });
});
