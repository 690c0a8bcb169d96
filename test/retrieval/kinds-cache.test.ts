// The answer-kinds cache: a start reuses the kinds the last one computed, and never trusts a
// file it cannot vouch for.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerKindsIn } from "../../src/retrieval/answer-kinds.js";
import { KindsCache } from "../../src/retrieval/kinds-cache.js";

const SENTENCE = "The talks are due to begin in Astana on Jan. 23.";
const fileIn = () => join(mkdtempSync(join(tmpdir(), "storybot-kinds-")), "answer-kinds.json");

describe("KindsCache", () => {
  it("GIVEN a sentence THEN its kinds are answerKindsIn's", () => {
    const cache = new KindsCache(fileIn());
    expect(cache.kindsOf(SENTENCE, [])).toEqual(answerKindsIn(SENTENCE, []));
  });

  it("GIVEN a saved cache THEN the next start reads the kinds from the file", () => {
    const file = fileIn();
    const first = new KindsCache(file);
    first.kindsOf(SENTENCE, []);
    first.save();
    // Edit the saved entry: only a cache that reads the file can answer with the edit.
    const saved = JSON.parse(readFileSync(file, "utf8")) as { kinds: Record<string, string[]> };
    for (const key of Object.keys(saved.kinds)) saved.kinds[key] = ["reason"];
    writeFileSync(file, JSON.stringify(saved));
    expect([...new KindsCache(file).kindsOf(SENTENCE, [])]).toEqual(["reason"]);
  });

  it("GIVEN a file written by other code (another version) THEN it is ignored", () => {
    const file = fileIn();
    writeFileSync(
      file,
      JSON.stringify({ version: "other", kinds: { [`\u0000${SENTENCE}`]: ["reason"] } }),
    );
    expect(new KindsCache(file).kindsOf(SENTENCE, [])).toEqual(answerKindsIn(SENTENCE, []));
  });

  it("GIVEN a corrupt file THEN the kinds are computed and the file rewritten", () => {
    const file = fileIn();
    writeFileSync(file, "{ not json");
    const cache = new KindsCache(file);
    expect(cache.kindsOf(SENTENCE, [])).toEqual(answerKindsIn(SENTENCE, []));
    cache.save();
    expect(() => JSON.parse(readFileSync(file, "utf8"))).not.toThrow();
  });

  it("GIVEN sentences no longer served THEN the saved file keeps only those this start used", () => {
    const file = fileIn();
    const first = new KindsCache(file);
    first.kindsOf(SENTENCE, []);
    first.kindsOf("An old sentence, since removed.", []);
    first.save();
    const second = new KindsCache(file);
    second.kindsOf(SENTENCE, []);
    second.save();
    const saved = JSON.parse(readFileSync(file, "utf8")) as { kinds: Record<string, string[]> };
    expect(Object.keys(saved.kinds)).toEqual([`\u0000${SENTENCE}`]);
  });
});
