import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listStoryDirs } from "./story/load.js";

export const STORIES_ROOT = fileURLToPath(new URL("../data/stories", import.meta.url));

/** The folder of the story to serve: the one named, or the only one there is. */
export function resolveStoryDir(storyId: string | undefined, root = STORIES_ROOT): string {
  const available = listStoryDirs(root);
  const names = available.map((dir) => dir.slice(root.length + 1));
  if (storyId) {
    const dir = join(root, storyId);
    if (!existsSync(dir)) {
      throw new Error(
        `STORY=${storyId} is not a story; expected one of: ${names.join(", ") || "(none)"}`,
      );
    }
    return dir;
  }
  if (available.length !== 1) {
    throw new Error(
      `STORY is not set and ${root} holds ${available.length} stories; set STORY to one of: ${names.join(", ")}`,
    );
  }
  return available[0] as string;
}
