import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AnswerKind } from "../language/question-kinds.js";
import type { Entity } from "../story/schema.js";
import { answerKindsIn } from "./answer-kinds.js";

/**
 * What the cached kinds were computed by: the code that reads them (answer-kinds, as it is on
 * disk) and the compromise release that tags. A change to either makes every entry stale.
 */
function computedBy(): string {
  // Beside this module: answer-kinds.ts under tsx and vitest, answer-kinds.js in dist/.
  const code = readFileSync(
    fileURLToPath(import.meta.url).replace(/kinds-cache\.(ts|js)$/, "answer-kinds.$1"),
  );
  return createHash("sha256").update(code).update(compromiseRelease()).digest("hex");
}

/** compromise's package.json, found above its entry (the package does not export the file). */
function compromiseRelease(): string {
  let folder = dirname(createRequire(import.meta.url).resolve("compromise"));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === "compromise") return manifest.version ?? "";
    } catch {
      // No package.json here: look further up.
    }
    const parent = dirname(folder);
    if (parent === folder) return "";
    folder = parent;
  }
}

interface CacheFile {
  version: string;
  kinds: Record<string, AnswerKind[]>;
}

/**
 * The answer kinds of every sentence served, kept in a file between starts: tagging sentences
 * with compromise is most of the time a start takes, and the same sentence with the same kinds
 * of entity in it always has the same kinds. An entry is keyed by the sentence and the kinds of
 * entity it mentions (all that answerKindsIn reads of them); a stale or unreadable file is
 * simply rebuilt.
 */
export class KindsCache {
  private readonly version = computedBy();
  private readonly entries = new Map<string, AnswerKind[]>();
  /** The entries this start read or made: only these are saved, so the file never grows stale. */
  private readonly used = new Map<string, AnswerKind[]>();
  private changed = false;

  constructor(private readonly file: string) {
    try {
      const saved = JSON.parse(readFileSync(file, "utf8")) as CacheFile;
      if (saved.version === this.version) {
        for (const [key, kinds] of Object.entries(saved.kinds)) this.entries.set(key, kinds);
      }
    } catch {
      // No cache yet, or one that cannot be read: it is rebuilt.
    }
  }

  /** Cached kinds, or answerKindsIn's (then remembered). */
  readonly kindsOf = (text: string, mentioned: readonly Entity[]): Set<AnswerKind> => {
    const kindsMentioned = [...new Set(mentioned.map((entity) => entity.kind))].sort().join(",");
    const key = `${kindsMentioned}\u0000${text}`;
    const cached = this.entries.get(key);
    if (cached) {
      this.used.set(key, cached);
      return new Set(cached);
    }
    const kinds = answerKindsIn(text, mentioned);
    this.used.set(key, [...kinds]);
    this.changed = true;
    return kinds;
  };

  /**
   * Writes what this start used, when that differs from the file (atomically: a crash never
   * leaves half a file).
   */
  save(): void {
    if (!this.changed && this.used.size === this.entries.size) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    const content: CacheFile = { version: this.version, kinds: Object.fromEntries(this.used) };
    writeFileSync(temporary, JSON.stringify(content));
    renameSync(temporary, this.file);
  }
}
