// The server's CPU time, read from /proc: shared by the bench's CPU section (bench/run.mjs) and the
// classroom's phased mode (bench/lib/classroom.mjs), which reads it between its steps.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export const clockTicks = Number(
  spawnSync("getconf", ["CLK_TCK"]).stdout?.toString().trim() || 100,
);

/**
 * CPU seconds (user and system, with those of reaped children) of every process in the server's
 * process group — `next start` and the `next-server` it runs, with their threads (the PIN hashes
 * run on the thread pool) — from /proc/<pid>/stat (proc(5): pgrp is field 5, utime, stime,
 * cutime and cstime fields 14–17).
 */
export function serverCpuSeconds(group) {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    let stat;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // After the command name in parentheses: field 3 (state) onwards.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) !== group) continue;
    ticks += fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0);
  }
  return ticks / clockTicks;
}
