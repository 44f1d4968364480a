import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The rooms of src/ and the rooms each may import from (see ../shared/DESIGN.md, "Rooms").
const allowed: Record<string, string[]> = {
  "main.ts": ["app"],
  "embed-main.ts": ["app"],
  "bench.ts": ["app", "charts", "data", "bench-bare-parse.ts"],
  // The benchmark's ceiling, a worker of its own: it uses no room of Blauw's.
  "bench-bare-parse.ts": [],
  app: ["notebook", "export", "charts", "data", "util", "types"],
  cli: ["notebook", "export", "charts", "data", "util", "types"],
  notebook: ["export", "charts", "data", "util", "types"],
  export: ["charts", "data", "util", "types"],
  charts: ["data", "util", "types"],
  data: ["util", "types"],
  util: ["types"],
  types: [],
};
/** Rooms that must run in a browser, a worker and Node alike. */
const portable = ["data", "charts", "export", "util"];

const src = join(import.meta.dirname, "../src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** What one file reaches of another: an import, or a URL the bundler resolves (a worker's script, an asset). */
interface Reference {
  target: string;
  /** Reached as `new URL("…", import.meta.url)`; `worker` when that URL is a Worker's script. */
  kind: "import" | "url" | "worker";
}

/** Every module a file names: static and dynamic imports, re-exports, and `new URL(…, import.meta.url)`. */
function references(text: string): Reference[] {
  const imports = [
    ...text.matchAll(/(?:import|export)[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g),
  ].map((match): Reference => ({ target: match[1] ?? match[2], kind: "import" }));
  const urls = [
    ...text.matchAll(
      /(new\s+(?:Shared)?Worker\(\s*)?new\s+URL\(\s*(["'`])([^"'`]+)\2\s*,\s*import\.meta\.url\s*\)/g,
    ),
  ].map((match): Reference => ({ target: match[3], kind: match[1] ? "worker" : "url" }));
  return [...imports, ...urls];
}

/**
 * Where a file of `src/` (its path inside src) breaks the ladder: a room reached that it may not use, or
 * reached other than through its index.ts. A worker's script is its own entry point, so it may be named
 * directly, by a room allowed to use its room.
 */
function ladderViolations(file: string, text: string): string[] {
  const room = file.split("/")[0];
  const wrong: string[] = [];
  for (const { target, kind } of references(text)) {
    if (!target.startsWith(".")) continue;
    const resolved = relative(src, join(src, file, "..", target));
    if (resolved.startsWith("..")) continue; // data/ and other content outside src/
    const targetRoom = resolved.split("/")[0];
    if (targetRoom === room) continue;
    const how = kind === "import" ? "imports" : "reaches by URL";
    if (!allowed[room]?.includes(targetRoom))
      wrong.push(`${file} ${how} ${resolved} (${room} → ${targetRoom})`);
    else if (targetRoom !== "types" && kind !== "worker" && resolved !== `${targetRoom}/index.ts`)
      wrong.push(`${file} bypasses ${targetRoom}/index.ts (${how} ${resolved})`);
  }
  return wrong;
}

const sources = files(src).map((file) => ({ file: relative(src, file), text: readFileSync(file, "utf8") }));
const imports = sources.flatMap(({ file, text }) =>
  references(text).map((reference) => ({ file, room: file.split("/")[0], ...reference })),
);

describe("the import ladder", () => {
  it("finds the imports it checks", () => {
    expect(imports.length).toBeGreaterThan(50);
  });

  it("finds the URLs it checks: the loader's worker", () => {
    expect(imports.filter(({ kind }) => kind === "worker").length).toBeGreaterThan(0);
  });

  it("lets each room import only rooms below it, and only through their index.ts", () => {
    expect(sources.flatMap(({ file, text }) => ladderViolations(file, text))).toEqual([]);
  });

  it("keeps node: modules out of the portable rooms", () => {
    const wrong = imports.filter(
      ({ room, target, kind }) => kind === "import" && portable.includes(room) && target.startsWith("node:"),
    );
    expect(wrong).toEqual([]);
  });
});

describe("the ladder check itself", () => {
  it("sees a room reach up or around the ladder by new URL(…, import.meta.url)", () => {
    expect(ladderViolations("data/x.ts", 'const u = new URL("../app/app.ts", import.meta.url);')).toEqual([
      "data/x.ts reaches by URL app/app.ts (data → app)",
    ]);
    expect(
      ladderViolations("notebook/x.ts", "fetch(new URL(\n  '../charts/frame.ts',\n  import.meta.url))"),
    ).toEqual(["notebook/x.ts bypasses charts/index.ts (reaches by URL charts/frame.ts)"]);
    expect(
      ladderViolations(
        "charts/x.ts",
        'new Worker(new URL("../export/w.ts", import.meta.url), { type: "module" })',
      ),
    ).toEqual(["charts/x.ts reaches by URL export/w.ts (charts → export)"]);
  });

  it("lets a room start a worker of a room below it, and name its own files", () => {
    expect(
      ladderViolations(
        "app/x.ts",
        'new Worker(new URL("../data/worker.ts", import.meta.url), { type: "module" })',
      ),
    ).toEqual([]);
    expect(ladderViolations("data/x.ts", 'new Worker(new URL("./worker.ts", import.meta.url))')).toEqual([]);
    expect(ladderViolations("cli/x.ts", 'const root = new URL("../..", import.meta.url);')).toEqual([]);
  });

  it("still sees imports", () => {
    expect(ladderViolations("data/x.ts", 'import { h } from "../app/dom.ts";')).toEqual([
      "data/x.ts imports app/dom.ts (data → app)",
    ]);
    expect(ladderViolations("app/x.ts", 'const m = await import("../charts/frame.ts");')).toEqual([
      "app/x.ts bypasses charts/index.ts (imports charts/frame.ts)",
    ]);
  });
});
