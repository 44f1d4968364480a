import { describe, expect, it } from "vitest";
import { defineChanged } from "../../src/app/define-changed.ts";
import type { Block, SourceBlock } from "../../src/notebook/index.ts";

/** A runtime that only records what it is asked to do. */
function recordingRun(ids: string[]) {
  const handles = new Map(ids.map((id) => [id, {}]));
  const calls: string[] = [];
  return {
    calls,
    handles: handles as never,
    define: (block: Block) => {
      calls.push(`define ${block.blockId}`);
      handles.set(block.blockId, {});
    },
    redefine: (id: string) => calls.push(`redefine ${id}`),
    delete: (id: string) => {
      calls.push(`delete ${id}`);
      handles.delete(id);
    },
  };
}

const source = (id: string, text: string) => ({ id, kind: "code", text }) as SourceBlock;
const compiled = (...ids: string[]) => new Map(ids.map((id) => [id, { blockId: id } as Block]));

describe("defineChanged", () => {
  it("deletes what is gone, defines what is new, and redefines only what changed or is forced", () => {
    const run = recordingRun(["a", "b", "c", "gone"]);
    const defined = new Map([
      ["a", "same"],
      ["b", "old"],
      ["c", "same"],
      ["gone", "x"],
    ]);
    const blocks = [source("a", "same"), source("b", "new"), source("c", "same"), source("n", "fresh")];
    const prepared: string[] = [];
    const prepare = (block: Block) => {
      prepared.push(block.blockId);
      return block;
    };
    defineChanged(run, compiled("a", "b", "c", "n"), blocks, defined, prepare, "c");
    expect(run.calls).toEqual(["delete gone", "redefine b", "redefine c", "define n"]);
    expect(prepared).toEqual(["b", "c", "n"]);
    expect(defined).toEqual(
      new Map([
        ["a", "same"],
        ["b", "new"],
        ["c", "same"],
        ["n", "fresh"],
      ]),
    );
  });

  it("leaves a block that did not compile into a runnable block alone", () => {
    const run = recordingRun([]);
    const defined = new Map<string, string>();
    defineChanged(run, compiled(), [source("p", "prose")], defined, (block) => block);
    expect(run.calls).toEqual([]);
    expect(defined.size).toBe(0);
  });
});
