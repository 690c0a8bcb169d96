// What the benchmarks read of the bot processes they start.
import { readFileSync } from "node:fs";

/** node's own flags in package.json's start script, so that benchmarks run the bot as it runs. */
export function startFlags(): string[] {
  const { scripts } = JSON.parse(
    readFileSync(new URL("../package.json", import.meta.url), "utf8"),
  ) as { scripts: { start: string } };
  return (/\bnode((?:\s+--\S+)*)\s/.exec(scripts.start)?.[1] ?? "").split(/\s+/).filter(Boolean);
}

/** A field of a process's /proc status (VmRSS: resident now, VmHWM: its peak), in MB (Linux). */
export function memoryMb(pid: number, field: "VmRSS" | "VmHWM" = "VmRSS"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN) / 1024;
}
