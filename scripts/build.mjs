// npm start's build step: src/ and commands/ transpiled to plain JavaScript in dist/, one file
// per module and the same folders, so that the bot starts under node alone (no loader that
// compiles TypeScript at start, and no second process between the bot and its signals).
// esbuild only strips types (tsc checks them in npm test). When nothing changed since the last
// build it stops after comparing times, without loading esbuild.
import { readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "dist");
const SOURCES = ["src", "commands"];

/** Every TypeScript module under `folder` (declarations are types only). */
function modules(folder) {
  return readdirSync(join(ROOT, folder), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
    .map((file) => join(ROOT, folder, file));
}

/** Written last by a build: older than any source (or absent) means build again. */
const STAMP = join(OUT, ".built");

const newest = (files) => Math.max(...files.map((file) => statSync(file).mtimeMs));
const builtAt = () => {
  try {
    return statSync(STAMP).mtimeMs;
  } catch {
    return Number.NEGATIVE_INFINITY;
  }
};

const started = performance.now();
const entryPoints = SOURCES.flatMap(modules);
const folders = SOURCES.flatMap((folder) =>
  readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name)),
);
// A deleted module changes its folder's time; an edited one its own.
if (newest([...entryPoints, ...folders, ...SOURCES.map((folder) => join(ROOT, folder))]) < builtAt()) {
  process.exit(0);
}
const { build } = await import("esbuild");
rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints,
  outdir: OUT,
  outbase: ROOT,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  logLevel: "warning",
});
writeFileSync(STAMP, "");
if (process.env.npm_lifecycle_event !== "prestart" && process.env.npm_lifecycle_event !== "preconsole") {
  console.log(
    `built ${entryPoints.length} modules into ${relative(process.cwd(), OUT) || "."} in ${Math.round(performance.now() - started)} ms`,
  );
}
