import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changeEntries } from "../../src/app/change-entries.ts";
import type { BlockChange, DiffBlock } from "../../src/app/edit-diff.ts";
import { t } from "../../src/app/i18n.ts";

const block = (id: string, kind: DiffBlock["kind"], text = `${id}\n`): DiffBlock => ({ id, kind, text });

const frontMatter = block("fm", "front-matter", "title: Doxing\n");
const intro = block("p1", "prose");
const first = block("c-a", "code");
const second = block("c-b", "code", "x = 1\n");
const outro = block("p2", "prose", "Oude tekst\nop twee regels");
const added = block("c-new", "code", "a\nb\n");
const edited = { ...second, text: "x = 2\n" };
const editedLines = [
  { kind: "removed", text: "x = 1" },
  { kind: "added", text: "x = 2" },
] as const;

// Bundled: front matter, Tekst 1, Cel 1 (c-a), Cel 2 (c-b), Tekst 2.
// Edited: front matter, Tekst 1, c-b (changed, moved up), c-new (added), c-a (moved); Tekst 2 deleted.
const before = [frontMatter, intro, first, second, outro];
const changes: BlockChange[] = [
  { kind: "same", before: frontMatter, after: frontMatter },
  { kind: "same", before: intro, after: intro },
  { kind: "changed", before: second, after: edited, moved: true, lines: [...editedLines] },
  { kind: "added", after: added },
  { kind: "deleted", before: outro },
  { kind: "moved", before: first, after: first },
];

describe("changeEntries", () => {
  it("leaves out blocks kept as they were and names the rest as the edited notebook numbers them", () => {
    for (const locale of ["nl", "en"] as const) {
      const strings = t(locale);
      const entries = changeEntries(changes, before, strings);
      expect(entries.map(({ name, kind, lines }) => ({ name, kind, lines }))).toEqual([
        { name: strings.codeBlock(1), kind: strings.changeKind.changedMoved, lines: editedLines },
        {
          name: strings.codeBlock(2),
          kind: strings.changeKind.added,
          lines: [
            { kind: "added", text: "a" },
            { kind: "added", text: "b" },
          ],
        },
        {
          // A deleted block has no place in the edit: it is named as the bundled version numbered it.
          name: strings.bundledBlock(strings.proseBlock(2)),
          kind: strings.changeKind.deleted,
          lines: [
            { kind: "removed", text: "Oude tekst" },
            { kind: "removed", text: "op twee regels" },
          ],
        },
        { name: strings.codeBlock(3), kind: strings.changeKind.moved, lines: [] },
      ]);
      expect(entries.map((entry) => entry.change)).toEqual(
        changes.filter((change) => change.kind !== "same"),
      );
    }
  });

  it("says a changed block that kept its place is changed, and names a changed front matter", () => {
    const strings = t("nl");
    const retitled = { ...frontMatter, text: "title: Doxing 2026\n" };
    const [entry] = changeEntries(
      [{ kind: "changed", before: frontMatter, after: retitled, moved: false, lines: [] }],
      [frontMatter],
      strings,
    );
    expect([entry.name, entry.kind]).toEqual([strings.frontMatterBlock, strings.changeKind.changed]);
  });

  it("counts code cells and prose each from the top of the edit", () => {
    const kinds = fc.array(fc.constantFrom<DiffBlock["kind"]>("code", "prose"), { maxLength: 12 });
    fc.assert(
      fc.property(kinds, (list) => {
        const blocks = list.map((kind, i) => block(`b${i}`, kind));
        const strings = t("en");
        const names = changeEntries(
          blocks.map((after): BlockChange => ({ kind: "added", after })),
          [],
          strings,
        ).map((entry) => entry.name);
        const expected = blocks.map((b) => {
          const ofKind = blocks.filter((other) => other.kind === b.kind);
          const number = ofKind.indexOf(b) + 1;
          return b.kind === "code" ? `Cell ${number}` : `Text ${number}`;
        });
        expect(names).toEqual(expected);
      }),
    );
  });
});
