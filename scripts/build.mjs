// npm start's build step: src/ and commands/ transpiled to plain JavaScript in dist/, one file
// per module and the same folders, so that the bot starts under node alone (no loader that
// compiles TypeScript at start, and no second process between the bot and its signals).
// esbuild only strips types (tsc checks them in npm test). When no source changed since the
// last build (same paths, sizes and times) it stops there, without loading esbuild.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "dist");
const SOURCES = ["src", "commands"];
/** Written last into a build: the fingerprint of the sources it was built from. */
const STAMP = ".built";

/** Every TypeScript module under `folder` (declarations are types only). */
function modules(folder) {
  return readdirSync(join(ROOT, folder), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
    .map((file) => join(ROOT, folder, file))
    .sort();
}

/** Path, size and time of every source: any edit, addition, removal or rollback changes it. */
function fingerprint(files) {
  return files
    .map((file) => {
      const { size, mtimeMs } = statSync(file);
      return `${relative(ROOT, file)} ${size} ${mtimeMs}`;
    })
    .join("\n");
}

function built() {
  try {
    return readFileSync(join(OUT, STAMP), "utf8");
  } catch {
    return undefined;
  }
}

const started = performance.now();
const entryPoints = SOURCES.flatMap(modules);
const sources = fingerprint(entryPoints);
if (built() === sources) process.exit(0);

const { build } = await import("esbuild");
// Built aside and swapped in whole: a bot running from dist/ (which loads some modules only
// when first used) or a second build started at the same moment never sees half a tree.
const next = `${OUT}.${process.pid}.tmp`;
const old = `${OUT}.${process.pid}.old`;
rmSync(next, { recursive: true, force: true });
try {
  await build({
    entryPoints,
    outdir: next,
    outbase: ROOT,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
  });
  writeFileSync(join(next, STAMP), sources);
  if (existsSync(OUT)) renameSync(OUT, old);
  renameSync(next, OUT);
} finally {
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
}
if (!["prestart", "preconsole"].includes(process.env.npm_lifecycle_event ?? "")) {
  console.log(
    `built ${entryPoints.length} modules into ${relative(process.cwd(), OUT) || "."} in ${Math.round(performance.now() - started)} ms`,
  );
}
