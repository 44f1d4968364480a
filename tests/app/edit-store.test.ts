import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { dropEdit, loadEdit, readEdit, saveEdit } from "../../src/app/edit-store.ts";
import { holdNewerVersion, useFakeIndexedDb, withoutIndexedDb } from "../util/fake-indexed-db.ts";
import { putRecord } from "../util/put-record.ts";

useFakeIndexedDb();

/** Writes a record as the store kept it before revisions and fingerprints (2026-11-30). */
const putOldRecord = (record: { slug: string; text: string | null; saved: number }) =>
  putRecord({ database: "blauw-edits", store: "notebooks", keyPath: "slug", record });

describe("edit-store", () => {
  it("holds no edit at revision 0 for a notebook never saved", async () => {
    expect(await readEdit("reaction-times")).toEqual({ edit: null, revision: 0 });
    expect(await loadEdit("reaction-times")).toBeNull();
  });

  it("keeps the text, the time of saving and the fingerprint it started from", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.UTC(2026, 10, 30, 9, 0));
      expect(await saveEdit("doxing", "# Doxing\n", { base: "abc123" })).toEqual({
        stored: true,
        revision: 1,
      });
      const { edit, revision } = await readEdit("doxing");
      expect(revision).toBe(1);
      expect(edit).toEqual({
        slug: "doxing",
        text: "# Doxing\n",
        saved: Date.UTC(2026, 10, 30, 9, 0),
        revision: 1,
        base: "abc123",
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps each notebook apart", async () => {
    await saveEdit("doxing", "a");
    await saveEdit("doxing", "b");
    await saveEdit("reaction-times", "c");
    expect((await readEdit("doxing")).edit?.text).toBe("b");
    expect((await readEdit("reaction-times")).edit?.text).toBe("c");
    expect((await readEdit("doxing")).revision).toBe(2);
    expect((await readEdit("reaction-times")).revision).toBe(1);
  });

  it("refuses a save based on another revision and keeps what is stored", async () => {
    await saveEdit("doxing", "first tab");
    await saveEdit("doxing", "second tab", { basedOn: 1 });
    expect(await saveEdit("doxing", "first tab again", { basedOn: 1 })).toEqual({
      stored: false,
      revision: 2,
    });
    expect((await loadEdit("doxing"))?.text).toBe("second tab");
  });

  it("counts a revert as a revision, so a save based on the edit before it is refused", async () => {
    await saveEdit("doxing", "edited");
    expect(await dropEdit("doxing")).toBe(2);
    expect(await readEdit("doxing")).toEqual({ edit: null, revision: 2 });
    expect((await saveEdit("doxing", "stale", { basedOn: 1 })).stored).toBe(false);
    expect(await saveEdit("doxing", "fresh", { basedOn: 2 })).toEqual({ stored: true, revision: 3 });
  });

  it("reads a record from before revisions as revision 0 without a fingerprint", async () => {
    await putOldRecord({ slug: "doxing", text: "old edit", saved: 5 });
    expect(await readEdit("doxing")).toEqual({
      edit: { slug: "doxing", text: "old edit", saved: 5, revision: 0 },
      revision: 0,
    });
    expect(await saveEdit("doxing", "new edit", { basedOn: 0 })).toEqual({ stored: true, revision: 1 });
  });

  it("reads as no edits, and fails a save loudly, when storage is missing", async () => {
    withoutIndexedDb();
    expect(await readEdit("doxing")).toEqual({ edit: null, revision: 0 });
    await expect(saveEdit("doxing", "x")).rejects.toThrow();
    await expect(dropEdit("doxing")).rejects.toThrow();
  });

  it("reads as no edits, and fails a save loudly, when the database refuses to open", async () => {
    await holdNewerVersion("blauw-edits", 1);
    expect(await readEdit("doxing")).toEqual({ edit: null, revision: 0 });
    await expect(saveEdit("doxing", "x")).rejects.toThrow();
  });

  it("follows a model of saves and reverts: one revision each, a stale save refused", async () => {
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant("save" as const),
        text: fc.string(),
        basedOn: fc.option(fc.nat({ max: 6 }), { nil: undefined }),
        base: fc.option(fc.stringMatching(/^[0-9a-f]{1,8}$/), { nil: undefined }),
      }),
      fc.record({ kind: fc.constant("drop" as const) }),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 8 }), async (operations) => {
        const slug = `notebook-${run++}`;
        let revision = 0;
        let text: string | null = null;
        let base: string | undefined;
        for (const step of operations) {
          if (step.kind === "drop") {
            revision++;
            text = null;
            expect(await dropEdit(slug)).toBe(revision);
          } else if (step.basedOn !== undefined && step.basedOn !== revision) {
            expect(await saveEdit(slug, step.text, step)).toEqual({ stored: false, revision });
          } else {
            revision++;
            text = step.text;
            base = step.base;
            expect(await saveEdit(slug, step.text, step)).toEqual({ stored: true, revision });
          }
          const state = await readEdit(slug);
          expect(state.revision).toBe(revision);
          expect(state.edit?.text ?? null).toBe(text);
          if (state.edit) expect(state.edit.base).toBe(base);
        }
      }),
      { numRuns: 60 },
    );
  });
});
