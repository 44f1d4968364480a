import type { LoadProgress } from "../data/index.ts";

/** How far a load is, from 0 to 1: reading the bytes is the first half of the work, parsing them the second. */
export function progressBarValue(progress: Pick<LoadProgress, "stage" | "bytes" | "totalBytes">): number {
  const share = progress.totalBytes ? progress.bytes / progress.totalBytes : 0;
  return progress.stage === "reading" ? share / 2 : 0.5 + share / 2;
}
