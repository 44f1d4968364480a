import { fileURLToPath } from "node:url";
import { build } from "vite";
import type { TestProject } from "vitest/node";
import { serveStatic } from "../../src/cli/static-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

const root = fileURLToPath(new URL("../..", import.meta.url));
const outDir = fileURLToPath(new URL("../.site", import.meta.url));

/** Builds the site once, under a non-root base path and with the fixture notebooks, and serves it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  process.env.BLAUW_EXTRA_NOTEBOOKS = "tests/fixtures/site-notebooks";
  await build({
    root,
    configFile: `${root}/vite.config.ts`,
    base: "/blauw/",
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
  const { url, server } = await serveStatic(outDir, "/blauw/");
  project.provide("siteUrl", url);
  return () => new Promise((resolve) => server.close(() => resolve()));
}
