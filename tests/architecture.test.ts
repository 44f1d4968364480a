import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The rooms of src/ and the rooms each may import from (see ../shared/DESIGN.md, "Rooms").
const allowed: Record<string, string[]> = {
  "main.ts": ["app"],
  "embed-main.ts": ["app"],
  "bench.ts": ["app", "charts", "data"],
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

const imports = files(src).flatMap((file) => {
  const room = relative(src, file).split("/")[0];
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g)].map(
    (match) => ({
      file: relative(src, file),
      room,
      target: match[1] ?? match[2],
    }),
  );
});

describe("the import ladder", () => {
  it("finds the imports it checks", () => {
    expect(imports.length).toBeGreaterThan(50);
  });

  it("lets each room import only rooms below it, and only through their index.ts", () => {
    const wrong: string[] = [];
    for (const { file, room, target } of imports) {
      if (!target.startsWith(".")) continue;
      const resolved = relative(src, join(src, file, "..", target));
      if (resolved.startsWith("..")) continue; // data/ and other content outside src/
      const targetRoom = resolved.split("/")[0];
      if (targetRoom === room) continue;
      if (!allowed[room]?.includes(targetRoom))
        wrong.push(`${file} imports ${resolved} (${room} → ${targetRoom})`);
      else if (targetRoom !== "types" && resolved !== `${targetRoom}/index.ts`)
        wrong.push(`${file} bypasses ${targetRoom}/index.ts`);
    }
    expect(wrong).toEqual([]);
  });

  it("keeps node: modules out of the portable rooms", () => {
    const wrong = imports.filter(({ room, target }) => portable.includes(room) && target.startsWith("node:"));
    expect(wrong).toEqual([]);
  });
});
