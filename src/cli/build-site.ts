import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

/** The repository root. */
export const root = fileURLToPath(new URL("../..", import.meta.url));

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
