import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRoute } from "../../src/app/route.ts";
import { blauwNotebooks } from "../../src/notebook/vite-plugin.ts";
import { notebookSlugProblem, routeWords } from "../../src/util/index.ts";

describe("notebook names and the app's own routes", () => {
  it("refuses exactly the names a notebook page could not be reached at", () => {
    for (const slug of ["bron", "eigen", "bestand", "Reaction-Times", "twee woorden", "a--b", "-a", ""]) {
      // Independently: the notebook's address, or its address with a section, leads elsewhere.
      const reached = [`#/${slug}`, `#/${slug}/definities`].every((hash) => {
        const route = parseRoute(hash);
        return route.kind === "notebook" && route.slug === slug;
      });
      expect(reached, slug).toBe(false);
      expect(notebookSlugProblem(slug), slug).not.toBeNull();
    }
    for (const slug of ["reaction-times", "budget-gaps", "bronnen", "eigen-notities", "2024"]) {
      expect(parseRoute(`#/${slug}/definities`)).toEqual({ kind: "notebook", slug, section: "definities" });
      expect(parseRoute(`#/${slug}`)).toEqual({ kind: "notebook", slug });
      expect(notebookSlugProblem(slug), slug).toBeNull();
    }
  });

  it("names every route word in its message", () => {
    for (const word of Object.values(routeWords)) expect(notebookSlugProblem(word)).toContain(`"${word}"`);
  });

  it("stops the build at a notebook file whose name is a route word, naming the file", () => {
    const root = mkdtempSync(join(tmpdir(), "blauw-slug-"));
    mkdirSync(join(root, "notebooks"));
    mkdirSync(join(root, "data"));
    writeFileSync(join(root, "notebooks", "bestand.md"), "# Bestand\n\nTekst.\n");
    const plugin = blauwNotebooks({ dir: "notebooks" });
    (plugin.configResolved as (config: { root: string }) => void)({ root });
    const load = plugin.load as (this: unknown, id: string) => unknown;
    const context = { addWatchFile() {} };
    expect(() => load.call(context, "\0virtual:blauw/notebooks")).toThrow(
      /notebooks\/bestand\.md: the name "bestand"/,
    );
  });
});
