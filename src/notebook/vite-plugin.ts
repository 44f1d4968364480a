import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { Plugin } from "vite";
import { shortHash } from "../data/index.ts";
import { notebookSlugProblem } from "../util/index.ts";
import { chartCount, compileNotebook, notebookModule } from "./compile-notebook.ts";

export interface BlauwNotebookOptions {
  /** Folder of the notebooks listed on the home page. */
  dir: string;
  /** More notebook folders (the browser tests add a fixture notebook this way). */
  extraDirs?: string[];
  /** Folders of Markdown pages compiled the same way but not listed (the fact sheets in `seeds/`). */
  pageDirs?: string[];
}

const listingId = "virtual:blauw/notebooks";
const resolvedListingId = `\0${listingId}`;

/**
 * Compiles `*.md` notebooks at build time into modules whose cells are real functions, and provides
 * `virtual:blauw/notebooks`: the list of notebooks (title, summary, chart count) with a lazy loader each.
 */
export function blauwNotebooks(options: BlauwNotebookOptions): Plugin {
  let root = process.cwd();
  const folders = () => [options.dir, ...(options.extraDirs ?? [])].map((dir) => resolve(root, dir));
  const compiledDirs = () => [...folders(), ...(options.pageDirs ?? []).map((dir) => resolve(root, dir))];
  const isCompiled = (id: string) =>
    id.endsWith(".md") && compiledDirs().some((dir) => id.startsWith(`${dir}/`));
  return {
    name: "blauw-notebooks",
    enforce: "pre",
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === listingId ? resolvedListingId : null;
    },
    load(id) {
      if (id !== resolvedListingId) return null;
      const entries = folders().flatMap((dir) => markdownFiles(dir).map((file) => join(dir, file)));
      for (const file of entries) this.addWatchFile(file);
      const listings = entries
        .map((file) => {
          const slug = basename(file, ".md");
          const problem = notebookSlugProblem(slug);
          if (problem) throw new Error(`${file}: ${problem}`);
          const compiled = compileNotebook(readFileSync(file, "utf8"), slug, file);
          const { title, summary, sources, order } = compiled.meta;
          return { file, slug, title, summary, sources, order, charts: chartCount(compiled) };
        })
        .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
      const items = listings.map(({ file, ...listing }) => {
        const order = Number.isFinite(listing.order) ? listing.order : null;
        // `source` is the file's own text, for editing in the browser: a chunk of its own, loaded on demand.
        const raw = JSON.stringify(`${file}?raw`);
        return `{...${JSON.stringify({ ...listing, order })}, load: () => import(${JSON.stringify(file)}), source: () => import(${raw})}`;
      });
      // A fingerprint of the bundled data: a permalink records it, and says so when the data changed.
      const dataDir = resolve(root, "data");
      const dataFiles = readdirSync(dataDir)
        .filter((name) => /\.(csv|json)$/.test(name))
        .sort();
      for (const name of dataFiles) this.addWatchFile(join(dataDir, name));
      const dataVersion = shortHash(
        dataFiles.map((name) => readFileSync(join(dataDir, name), "utf8")).join("\n"),
      );
      return {
        code: `export const dataVersion = ${JSON.stringify(dataVersion)};\nexport default [\n${items.join(",\n")}\n];`,
        moduleType: "js",
      };
    },
    transform(code, id) {
      const [file, query] = id.split("?");
      // `?raw` asks for the file's text as it is (Vite's own loader), not for the compiled notebook.
      if (!isCompiled(file) || /(^|&)raw(&|$)/.test(query ?? "")) return null;
      const compiled = compileNotebook(code, basename(file, ".md"), file);
      return { code: notebookModule(compiled), map: null, moduleType: "js" };
    },
    handleHotUpdate({ file, server }) {
      if (!isCompiled(file)) return;
      const listing = server.moduleGraph.getModuleById(resolvedListingId);
      if (listing) server.moduleGraph.invalidateModule(listing);
    },
  };
}

function markdownFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
      .sort();
  } catch {
    return [];
  }
}
