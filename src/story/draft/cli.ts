import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatProblem } from "../problems.js";
import { storyIdSchema } from "../schema.js";
import { DraftError, draftStory } from "./draft.js";
import { formatReport } from "./report.js";
import { writeDraft } from "./write.js";

/**
 * `npm run story:new -- <article.txt> --id <story-id> [--force] [--root <dir>]`: drafts a
 * story from its article into <root>/<story-id>/ (root: data/stories), checks it, and prints
 * what it drafted. Any failure is one line on stderr and exit code 1.
 */
const USAGE = "usage: npm run story:new -- <path/to/article.txt> --id <story-id> [--force]";

function parseArgs(argv: string[]): { path: string; id: string; force: boolean; root: string } {
  let path: string | undefined;
  let id: string | undefined;
  let root = "data/stories";
  let force = false;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (arg === "--force") force = true;
    else if (arg === "--id") id = argv[++index];
    else if (arg === "--root") root = argv[++index] ?? root;
    else if (arg.startsWith("--")) throw new DraftError(`unknown option ${arg}; ${USAGE}`);
    else if (path === undefined) path = arg;
    else throw new DraftError(`one article at a time; ${USAGE}`);
  }
  if (!path) throw new DraftError(`no article given; ${USAGE}`);
  if (!id) throw new DraftError(`no story id given; ${USAGE}`);
  const named = storyIdSchema.safeParse(id);
  if (!named.success) {
    throw new DraftError(`"${id}" is not a story id: it ${named.error.issues[0]?.message}`);
  }
  return { path, id, force, root };
}

function readArticle(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : String(code);
    throw new DraftError(`cannot read ${path}: ${reason}`);
  }
}

function main(): number {
  try {
    const { path, id, force, root } = parseArgs(process.argv.slice(2));
    const article = readArticle(path);
    const draft = draftStory(article.toString("utf8"));
    const dir = join(root, id);
    const { problems } = writeDraft(dir, article, draft, force);
    console.log(formatReport({ path, dir, draft, problems }));
    if (problems.length > 0) {
      console.error(
        `story:new: the draft in ${dir} has ${problems.length} data problem(s): ${problems.map(formatProblem).join("; ")}`,
      );
      return 1;
    }
    return 0;
  } catch (error) {
    const message = error instanceof DraftError ? error.message : String(error);
    console.error(`story:new: ${message}`);
    return 1;
  }
}

process.exitCode = main();
