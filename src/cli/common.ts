import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

/** The repository root. */
export const root = fileURLToPath(new URL("../..", import.meta.url));

/** The value after `--name` on the command line, or `fallback`. */
export function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Builds the site (or one page of it, `input`) into a fresh temporary folder and returns the folder. */
export async function buildInto(prefix: string, input?: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  await build({
    root,
    configFile: join(root, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, ...(input ? { rollupOptions: { input: join(root, input) } } : {}) },
  });
  return outDir;
}
