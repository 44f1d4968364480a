import { readFileSync, writeFileSync } from "node:fs";
import type { Browser } from "playwright-core";

// How far memory rose while something ran in Chromium. Two earlier ways read too little (a 153 MB file
// loaded in "9 MB"): summing every renderer on the machine counted other Chromiums (other test runs)
// that freed memory meanwhile, and sampling resident memory every 25 ms missed peaks between samples.
// Here the processes are this browser's own, as Chromium lists them (CDP SystemInfo.getProcessInfo:
// browser, renderers with their workers and WebAssembly, GPU, utilities), and the kernel keeps each
// one's peak: writing 5 to /proc/<pid>/clear_refs resets VmHWM (the high-water mark of resident
// memory) to the present, and VmHWM afterwards is the highest it rose, however briefly. Linux only.

/** The process ids of one Chromium: its browser process and every child process it lists. */
export async function browserProcessIds(browser: Browser): Promise<number[]> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await session.send("SystemInfo.getProcessInfo")) as {
      processInfo: { id: number; type: string }[];
    };
    return processInfo.map((process) => process.id);
  } finally {
    await session.detach();
  }
}

/** A field of /proc/<pid>/status in bytes, or null when the process is gone or the field unknown. */
function statusBytes(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Resets a process's high-water mark to its present resident memory; false when that is not allowed. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `action` and measures how far the resident memory of `browser`'s processes rose above where it
 * was when the action began, in MB: for each process its peak during the action less its start, added
 * up (the peaks of processes that hardly move add nearly nothing). A process started meanwhile counts
 * whole. Null when the peaks cannot be read (not Linux, or the processes cannot be reset).
 */
export async function peakMemoryRise<T>(
  browser: Browser,
  action: () => Promise<T>,
): Promise<{ result: T; riseMB: number | null }> {
  const before = new Map<number, number>();
  let readable = true;
  for (const pid of await browserProcessIds(browser)) {
    const resident = resetPeak(pid) ? statusBytes(pid, "VmRSS") : null;
    if (resident === null) readable = false;
    else before.set(pid, resident);
  }
  const result = await action();
  if (!readable || before.size === 0) return { result, riseMB: null };
  let rise = 0;
  for (const pid of await browserProcessIds(browser)) {
    const peak = statusBytes(pid, "VmHWM");
    if (peak !== null) rise += Math.max(0, peak - (before.get(pid) ?? 0));
  }
  return { result, riseMB: Math.round(rise / 1e6) };
}
