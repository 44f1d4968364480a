import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { changedPath, inContinuousIntegration, matchSnapshot } from "./match-snapshot.ts";

const folder = () => mkdtempSync(join(tmpdir(), "blauw-snapshot-"));

describe("matchSnapshot", () => {
  it("writes a missing snapshot and says so", () => {
    const file = join(folder(), "charts", "bars.svg");
    const said: string[] = [];
    matchSnapshot("<svg></svg>\n", file, { ci: false, log: (line) => said.push(line) });
    expect(readFileSync(file, "utf8")).toBe("<svg></svg>\n");
    expect(said).toEqual([`! wrote the new snapshot ${file}`]);
  });

  it("fails on a missing snapshot in CI, and writes nothing", () => {
    const file = join(folder(), "bars.svg");
    expect(() => matchSnapshot("<svg></svg>\n", file, { ci: true })).toThrow(`No snapshot ${file}`);
    expect(existsSync(file)).toBe(false);
  });

  it("fails on a mismatch, naming the -changed file written beside the snapshot", () => {
    const file = join(folder(), "bars.svg");
    writeFileSync(file, "<svg>old</svg>\n");
    for (const ci of [false, true]) {
      expect(() => matchSnapshot("<svg>new</svg>\n", file, { ci })).toThrow(
        join(file, "../bars-changed.svg"),
      );
      expect(readFileSync(join(file, "../bars-changed.svg"), "utf8")).toBe("<svg>new</svg>\n");
      expect(readFileSync(file, "utf8")).toBe("<svg>old</svg>\n");
    }
  });

  it("passes on a match and removes a -changed file left from an earlier run", () => {
    const file = join(folder(), "figure.html");
    writeFileSync(file, "<figure></figure>\n");
    writeFileSync(changedPath(file), "<figure>x</figure>\n");
    const said: string[] = [];
    matchSnapshot("<figure></figure>\n", file, { ci: false, log: (line) => said.push(line) });
    expect(existsSync(changedPath(file))).toBe(false);
    expect(said).toEqual([`! removed ${changedPath(file)}`]);
  });
});

describe("changedPath", () => {
  it("puts -changed before the extension", () => {
    expect(changedPath("/a/b/fact-bars.svg")).toBe("/a/b/fact-bars-changed.svg");
    expect(changedPath("/a/b.c/share.html")).toBe("/a/b.c/share-changed.html");
    expect(changedPath("/a/b.c/plain")).toBe("/a/b.c/plain-changed");
  });
});

describe("inContinuousIntegration", () => {
  it("reads CI as most services set it", () => {
    expect(inContinuousIntegration({ CI: "true" })).toBe(true);
    expect(inContinuousIntegration({ CI: "1" })).toBe(true);
    expect(inContinuousIntegration({ CI: "false" })).toBe(false);
    expect(inContinuousIntegration({ CI: "0" })).toBe(false);
    expect(inContinuousIntegration({ CI: "" })).toBe(false);
    expect(inContinuousIntegration({})).toBe(false);
  });
});
