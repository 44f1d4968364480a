import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

/** Whether the tests run in continuous integration, where a snapshot is never written, only compared. */
export function inContinuousIntegration(env: Record<string, string | undefined> = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== "" && value !== "false" && value !== "0";
}

/** Where a mismatching snapshot's new text goes: `x.svg` → `x-changed.svg`, beside it. */
export function changedPath(file: string): string {
  return file.replace(/(\.[^./]+)?$/, (extension) => `-changed${extension}`);
}

export interface MatchOptions {
  /** Compare only, never write a missing snapshot (default: `inContinuousIntegration()`). */
  ci?: boolean;
  /** Called with a line for the reader when a snapshot is written or a changed file removed. */
  log?: (line: string) => void;
}

/**
 * Compares `actual` with the snapshot stored at `file` (an absolute path), as Plot's tests do. On a
 * mismatch `actual` is written to the `-changed` file beside it and this throws, naming both files; a
 * missing snapshot is written (and says so), except in CI, where it throws. When they match, a
 * `-changed` file left from an earlier run is removed.
 */
export function matchSnapshot(actual: string, file: string, options: MatchOptions = {}): void {
  const ci = options.ci ?? inContinuousIntegration();
  const log = options.log ?? ((line: string) => console.warn(line));
  const changed = changedPath(file);
  if (!existsSync(file)) {
    if (ci) throw new Error(`No snapshot ${file}: run the tests outside CI to write it, then commit it.`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    log(`! wrote the new snapshot ${file}`);
    return;
  }
  const expected = readFileSync(file, "utf8");
  if (actual === expected) {
    if (!ci && existsSync(changed)) {
      rmSync(changed);
      log(`! removed ${changed}`);
    }
    return;
  }
  writeFileSync(changed, actual);
  throw new Error(
    `The chart differs from its snapshot ${file}; what was drawn now is in ${changed}. ` +
      "Compare the two; if the change is meant, move the -changed file over the snapshot.",
  );
}

/** The stored snapshot `name` under tests/output (`"charts/fact-bars.svg"`). */
export function snapshotFile(name: string): string {
  return fileURLToPath(new URL(`../output/${name}`, import.meta.url));
}
