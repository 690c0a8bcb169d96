import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project's folder: the nearest one above this module holding package.json. The same from
 * src/ (run by tsx or vitest) and from dist/src/ (the compiled build npm start runs).
 */
function projectRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, "package.json"))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error("storybot: no package.json above the code");
    folder = parent;
  }
  return folder;
}

export const PROJECT_ROOT = projectRoot();

/** What a start can reuse from the last one (built indexes' parts); safe to delete at any time. */
export const CACHE_DIR = join(PROJECT_ROOT, "var", "cache");
