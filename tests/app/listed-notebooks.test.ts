import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listedNotebooks } from "../../src/app/listed-notebooks.ts";
import type { UserNotebook } from "../../src/app/user-notebooks.ts";

const notebook = (id: string, text: string): UserNotebook => ({
  id,
  text,
  created: 1,
  changed: 2,
  trusted: false,
});

const cell = "```js\nconst x = 1;\n```\n";

describe("listedNotebooks", () => {
  it("gives each notebook the title of its front matter, in the order given, as plain text", async () => {
    const notebooks = [
      notebook("u-aaaaaaaaaaaa", `---\ntitle: Mijn <b>aangiften</b> & meer\n---\n\n${cell}`),
      notebook("u-bbbbbbbbbbbb", `---\ntitle: "Reactietijden: 83,7%"\nsummary: x\n---\n`),
    ];
    const listed = await listedNotebooks(notebooks);
    expect(listed).toEqual([
      { notebook: notebooks[0], title: "Mijn <b>aangiften</b> & meer" },
      { notebook: notebooks[1], title: "Reactietijden: 83,7%" },
    ]);
    // The records themselves, not copies: Delete removes the one it was given.
    expect(listed[0].notebook).toBe(notebooks[0]);
  });

  it("names a notebook by its id when its front matter gives no title or cannot be read", async () => {
    const notebooks = [
      notebook("u-nofrontmatte", `Alleen tekst.\n\n${cell}`),
      notebook("u-brokenyaml01", "---\ntitle: [niet gesloten\n---\n"),
      notebook("u-notamapping1", "---\n- a\n- b\n---\n"),
      notebook("u-emptytext001", ""),
    ];
    expect((await listedNotebooks(notebooks)).map((item) => item.title)).toEqual(
      notebooks.map((item) => item.id),
    );
  });

  it("names a notebook by its id when its title is empty or blank (a card link must have a name)", async () => {
    const notebooks = [
      notebook("u-emptytitle01", '---\ntitle: ""\n---\n'),
      notebook("u-blanktitle01", "---\ntitle: '  \t '\n---\n"),
    ];
    expect((await listedNotebooks(notebooks)).map((item) => item.title)).toEqual(
      notebooks.map((item) => item.id),
    );
  });

  it("lists nothing for no notebooks", async () => {
    expect(await listedNotebooks([])).toEqual([]);
  });

  it("never fails on whatever text a notebook holds, and keeps one entry per notebook", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 60 }), { maxLength: 4 }), async (texts) => {
        const notebooks = texts.map((text, i) => notebook(`u-${String(i).padStart(12, "0")}`, text));
        const listed = await listedNotebooks(notebooks);
        expect(listed.map((item) => item.notebook)).toEqual(notebooks);
        for (const item of listed) expect(item.title.trim()).not.toBe("");
      }),
      { numRuns: 50 },
    );
  });
});
