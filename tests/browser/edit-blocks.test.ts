import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { downloaded, editorTexts, focusedLabel, openEditing as openOn } from "./block-editing.ts";
import { openFresh, useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();
const slug = "test-blocks";
const original = readFileSync(new URL(`../fixtures/site-notebooks/${slug}.md`, import.meta.url), "utf8");

/**
 * The fixture as front matter and blocks: its blocks stand one blank line apart, so the file in any
 * order of its blocks is the front matter, a blank line, and the blocks joined by blank lines.
 */
const [frontMatter, blockTexts] = (() => {
  const end = original.indexOf("\n---\n") + 5;
  const parts: string[] = [];
  for (const part of original.slice(end + 1).split(/\n\n(?=```js|[A-Z])/))
    parts.push(part.replace(/\n?$/, "\n"));
  return [original.slice(0, end), parts] as const;
})();
const openEditing = () => openOn(browser(), siteUrl, slug);
const fileOf = (order: number[]) => `${frontMatter}\n${order.map((i) => blockTexts[i - 1]).join("\n")}`;

/** The page's blocks in order, each as its kind and its text (prose) or output (a cell). */
const shown = (page: Page) =>
  page.$$eval(".notebook-body > .prose, .notebook-body > .cell", (elements) =>
    elements.map((element) => (element.textContent ?? "").trim().replace(/\s+/g, " ")),
  );

/** Waits until every block has its editor and output in the document's order, all run. */
async function settled(page: Page, blocks: number): Promise<void> {
  await page.waitForFunction(
    (blocks) =>
      document.querySelectorAll(".notebook-body > .block-editor").length === blocks &&
      document.querySelectorAll(".notebook-body > .prose, .notebook-body > .cell").length === blocks &&
      !document.querySelector(".cell-running"),
    blocks,
  );
}

describe("editing a notebook's blocks", () => {
  it("finds the fixture's seven blocks", () => {
    expect(blockTexts).toHaveLength(7);
    expect(fileOf([1, 2, 3, 4, 5, 6, 7])).toBe(original);
  });

  it("edits prose as Markdown: shown again with its live value, raw HTML as text, kept over a reload", async () => {
    const { page, errors } = await openEditing();
    expect(await page.locator(".prose").first().textContent()).toContain("er zijn 2 rijen");
    const editor = page.getByRole("textbox", { name: "Markdown van blok 1 (Shift-Enter toont de tekst)" });
    await editor.click();
    await page.keyboard.press("ControlOrMeta+a");
    const markdown = `## Nieuwe kop\n\nNu *drie* woorden: \${rows.length * 3} <img src=x onerror=alert(1)>`;
    await page.keyboard.insertText(markdown);
    await page.keyboard.press("Shift+Enter");
    await page.waitForSelector(".notebook-body > .prose h2");
    const prose = page.locator(".notebook-body > .prose").first();
    await page.waitForFunction(() =>
      document.querySelector(".notebook-body > .prose")?.textContent?.includes("woorden: 6"),
    );
    expect(await prose.locator("em").textContent()).toBe("drie");
    // Raw HTML in the Markdown is text, as at build time: no element is made of it.
    expect(await prose.locator("img").count()).toBe(0);
    expect(await prose.textContent()).toContain("<img src=x onerror=alert(1)>");
    const expected = `${frontMatter}\n${markdown}\n\n${blockTexts.slice(1).join("\n")}`;
    expect(await downloaded(page)).toBe(expected);

    await page.reload();
    await page.waitForSelector(".block-editor .cm-content");
    await page.waitForFunction(() =>
      document.querySelector(".notebook-body > .prose")?.textContent?.includes("woorden: 6"),
    );
    expect((await editorTexts(page))[0]).toBe(markdown);
    expect(await downloaded(page)).toBe(expected);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("adds a code cell by keyboard only, runs it with Shift-Enter and adds another with Alt-Enter", async () => {
    const { page, errors } = await openFresh(
      browser(),
      `${siteUrl}#/${slug}`,
      ".notebook-body .cell .cell-value",
    );
    await page.getByRole("button", { name: "Bewerken" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector(".block-editor .cm-content");
    // Focus stays in the edit bar, on its first button; Tab leads through the blocks to the control.
    expect(await focusedLabel(page)).toBe("Downloaden");
    const target = "Code onder blok 4 toevoegen";
    for (let presses = 0; presses < 80 && (await focusedLabel(page)) !== target; presses++)
      await page.keyboard.press("Tab");
    expect(await focusedLabel(page)).toBe(target);
    await page.keyboard.press("Enter");
    // The new cell's editor has the focus: it is cell 4 of block 5.
    await page.waitForFunction(() =>
      document.activeElement?.getAttribute("aria-label")?.startsWith("Code van cel 4"),
    );
    await settled(page, 8);
    await page.keyboard.type("rows.map((row) => row.jaar).join(' en ')");
    await page.keyboard.press("Shift+Enter");
    await page.waitForFunction(() =>
      [...document.querySelectorAll(".notebook-body > .cell")].some(
        (cell) => cell.textContent === "2021 en 2022",
      ),
    );
    expect((await shown(page))[4]).toBe("2021 en 2022");
    // Alt-Enter in an editor adds a code cell below it, with the focus in it.
    await page.keyboard.press("Alt+Enter");
    await page.waitForFunction(() =>
      document.activeElement?.getAttribute("aria-label")?.startsWith("Code van cel 5"),
    );
    await settled(page, 9);
    const added = "```js\nrows.map((row) => row.jaar).join(' en ')\n```\n";
    const expected = `${frontMatter}\n${blockTexts.slice(0, 4).join("\n")}\n${added}\n\`\`\`js\n\`\`\`\n\n${blockTexts.slice(4).join("\n")}`;
    expect(await downloaded(page)).toBe(expected);
    await page.reload();
    await settled(page, 9);
    expect((await shown(page))[4]).toBe("2021 en 2022");
    expect(await downloaded(page)).toBe(expected);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("moves a block by keyboard and by mouse: the page, the download and a reload agree", async () => {
    const { page, errors } = await openEditing();
    const before = await shown(page);
    // Ctrl-Shift-↑ in cell 3 (block 4) moves it above block 3; its editor keeps the focus.
    await page.getByRole("textbox", { name: "Code van cel 3 (Shift-Enter voert uit)" }).click();
    await page.keyboard.press("Control+Shift+ArrowUp");
    await page.waitForFunction(() =>
      document
        .querySelectorAll(".notebook-body > .block-editor")[2]
        ?.querySelector(".cm-content")
        ?.textContent?.includes("som keer tien"),
    );
    expect(await focusedLabel(page)).toBe("Code van cel 2 (Shift-Enter voert uit)");
    expect(await shown(page)).toEqual([before[0], before[1], before[3], before[2], ...before.slice(4)]);
    expect(await downloaded(page)).toBe(fileOf([1, 2, 4, 3, 5, 6, 7]));

    // The mouse: "Blok 3 omhoog" is the moved cell's; the focus stays on that button, now block 2's.
    await page.getByRole("button", { name: "Blok 3 omhoog" }).click();
    await page.waitForFunction(() =>
      document
        .querySelectorAll(".notebook-body > .block-editor")[1]
        ?.querySelector(".cm-content")
        ?.textContent?.includes("som keer tien"),
    );
    expect(await focusedLabel(page)).toBe("Blok 2 omhoog");
    expect(await shown(page)).toEqual([before[0], before[3], before[1], before[2], ...before.slice(4)]);
    expect(await downloaded(page)).toBe(fileOf([1, 4, 2, 3, 5, 6, 7]));
    // The cell still shows its value: it reads `som`, wherever it stands.
    expect(before[3]).toBe("som keer tien: 80");

    await page.reload();
    await settled(page, 7);
    expect(await shown(page)).toEqual([before[0], before[3], before[1], before[2], ...before.slice(4)]);
    expect(await downloaded(page)).toBe(fileOf([1, 4, 2, 3, 5, 6, 7]));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("deletes a block and undoes it; prose left side by side is one block, now and after a reload", async () => {
    const { page, errors } = await openEditing();
    const before = await shown(page);
    const editorsBefore = await editorTexts(page);
    // Block 6 stands between two prose blocks: deleting it joins them.
    await page.getByRole("button", { name: "Blok 6 verwijderen" }).click();
    await settled(page, 5);
    const joined = `${blockTexts[4]}\n${blockTexts[6]}`.replace(/\n$/, "");
    expect(await editorTexts(page)).toEqual([...editorsBefore.slice(0, 4), joined]);
    expect(await shown(page)).toEqual([...before.slice(0, 4), "Tweede alinea. Derde alinea."]);
    // The focus is in the neighbour's editor (the joined prose), at the text that followed.
    expect(await focusedLabel(page)).toBe("Markdown van blok 5 (Shift-Enter toont de tekst)");
    expect(await downloaded(page)).toBe(fileOf([1, 2, 3, 4, 5, 7]));
    await page.reload();
    await settled(page, 5);
    expect(await editorTexts(page)).toEqual([...editorsBefore.slice(0, 4), joined]);

    // A delete after the reload, undone from the toast: the file is the fixture's again.
    await page.getByRole("button", { name: "Blok 5 verwijderen" }).click();
    await settled(page, 4);
    await page.getByRole("button", { name: "Blok 4 verwijderen" }).click();
    await settled(page, 3);
    expect(await page.locator(".toast").textContent()).toContain("Blok 4 is verwijderd.");
    await page.getByRole("button", { name: "Ongedaan maken" }).click();
    await settled(page, 4);
    expect(await focusedLabel(page)).toBe("Code van cel 3 (Shift-Enter voert uit)");
    expect(await shown(page)).toEqual(before.slice(0, 4));
    expect(await downloaded(page)).toBe(fileOf([1, 2, 3, 4]));
    await page.reload();
    await settled(page, 4);
    expect(await shown(page)).toEqual(before.slice(0, 4));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("gives a new cell a chart id; its chart gets the toolbar", async () => {
    const { page, errors } = await openEditing();
    await page.getByRole("button", { name: "Code onder blok 4 toevoegen" }).click();
    await settled(page, 8);
    await page.keyboard.type(
      'chart({ title: "Testgrafiek", rows: [], plot: { marks: [Plot.barY(rows, { x: "jaar", y: "waarde" })] } })',
    );
    const chartId = page.getByRole("textbox", { name: /^Grafiek-id van cel 4/ });
    await chartId.fill("Geen Id");
    await chartId.press("Enter");
    await page.getByText("“Geen Id” kan geen grafiek-id zijn").waitFor();
    await chartId.fill("test-nieuw");
    await chartId.press("Enter");
    await page.waitForSelector('.cell[data-cell-id="test-nieuw"] > figure.blauw-chart svg');
    await page.waitForSelector('.cell[data-cell-id="test-nieuw"] > .chart-toolbar');
    expect(
      await page.locator('.cell[data-cell-id="test-nieuw"] .chart-toolbar button').allTextContents(),
    ).toContain("SVG");
    const file = await downloaded(page);
    expect(file).toContain('```js id=test-nieuw\nchart({ title: "Testgrafiek"');
    await page.reload();
    await page.waitForSelector('.cell[data-cell-id="test-nieuw"] > .chart-toolbar');
    expect(await page.getByRole("textbox", { name: /^Grafiek-id van cel 4/ }).inputValue()).toBe(
      "test-nieuw",
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("leaves axe-core nothing to find in edit mode, with a deleted block's toast (nl light, en dark)", async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    for (const [locale, scheme] of [
      ["nl", "light"],
      ["en", "dark"],
    ] as const) {
      // The site's Content-Security-Policy allows no injected script; axe is the test's, not the page's.
      const context = await browser().newContext({ bypassCSP: true, colorScheme: scheme });
      await context.addInitScript((locale) => localStorage.setItem("blauw-locale", locale), locale);
      const page = await context.newPage();
      await page.goto(`${siteUrl}#/${slug}`);
      await page.waitForSelector(".notebook-body .cell .cell-value");
      await page.getByRole("button", { name: /^(Bewerken|Edit)$/ }).click();
      await settled(page, 7);
      await page.getByRole("button", { name: /^(Blok 6 verwijderen|Delete block 6)$/ }).click();
      await settled(page, 5);
      await page.waitForSelector(".toast");
      await page.evaluate(axeSource);
      const found = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(...args: unknown[]): Promise<AxeResult> } }).axe;
        interface AxeResult {
          violations: { id: string; nodes: { target: string[] }[] }[];
        }
        const result = await axe.run(document, {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        return result.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
        );
      });
      expect(found, `${locale} ${scheme}`).toEqual([]);
      await context.close();
    }
  });
});
