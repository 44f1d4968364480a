import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();
const timeZone = "Europe/Amsterdam";

async function fresh(hash = "#/"): Promise<{ page: Page; errors: string[] }> {
  const context = await browser().newContext({
    viewport: { width: 1200, height: 900 },
    timezoneId: timeZone,
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${siteUrl}${hash}`);
  return { page, errors };
}

/** Drops files given as bytes (any bytes, not only text) the way a browser does. */
async function dropBytes(page: Page, name: string, bytes: number[] | string): Promise<void> {
  await page.evaluate(
    ({ name, bytes }) => {
      const content = typeof bytes === "string" ? bytes : new Uint8Array(bytes);
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: "" }));
      for (const type of ["dragenter", "dragover", "drop"])
        document.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
    },
    { name, bytes },
  );
}

/** Opens a notebook file with the Openen button and the file chooser it brings up. */
async function openWithButton(page: Page, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Openen", exact: true }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: "text/markdown", buffer: Buffer.from(text, "utf8") });
}

const ranMarks = (page: Page) =>
  page.evaluate(() => ({
    counter: (globalThis as { hostileRuns?: number }).hostileRuns ?? 0,
    appended: document.querySelectorAll("#hostile-ran").length,
    inline: (globalThis as { hostileInline?: boolean }).hostileInline ?? false,
  }));

// An inline expression as the notebook holds it (not a template of this file).
const inlineSource = ["$", "{globalThis.hostileInline = true}"].join("");

/** A notebook whose every cell and inline expression leaves a mark on the page when it runs. */
const hostile = [
  "---",
  "title: Kijk mij",
  "sources: []",
  "---",
  "",
  `Inline: ${inlineSource}.`,
  "",
  "```js",
  "globalThis.hostileRuns = (globalThis.hostileRuns ?? 0) + 1;",
  "```",
  "",
  "```js",
  'document.body.append(Object.assign(document.createElement("p"), { id: "hostile-ran" }));',
  "```",
  "",
  "```js id=hostile-chart",
  "globalThis.hostileRuns = (globalThis.hostileRuns ?? 0) + 1",
  "```",
  "",
].join("\n");

describe("notebooks made in this browser", () => {
  it("New → edit → reload → listed on the home page with its time → delete → undo → still there", async () => {
    const { page, errors } = await fresh();
    await page.getByRole("heading", { name: "Jouw notebooks" }).waitFor();
    await page.getByRole("button", { name: "Nieuw", exact: true }).click();
    await page.waitForURL(/#\/eigen\/u-[0-9a-z]{12}$/);
    const address = page.url();
    // It opens in the editor, with one empty cell, and says it lives in this browser only.
    const editor = page.locator(".cell-editor .cm-content");
    await editor.waitFor();
    expect(await editor.count()).toBe(1);
    expect(await editor.textContent()).toBe("");
    expect(await page.locator(".browser-only").textContent()).toContain("alleen in deze browser");

    await editor.click();
    await page.keyboard.type('"Hallo " + 6 * 7');
    const before = Date.now();
    await page.keyboard.press("Shift+Enter");
    const value = page.locator(".cell .cell-value");
    await value.waitFor();
    const after = Date.now();
    expect(await value.textContent()).toBe(`Hallo ${6 * 7}`);

    // A reload opens it as saved, in the editor, and runs it.
    await page.reload();
    await page.locator(".cell .cell-value").waitFor();
    expect(await page.locator(".cell .cell-value").textContent()).toBe(`Hallo ${6 * 7}`);
    expect(await page.locator(".cell-editor .cm-content").textContent()).toBe('"Hallo " + 6 * 7');
    // Its charts would have no Link or Insluiten: a link to this page works nowhere else.
    expect(await page.getByRole("button", { name: /Link|Insluiten/ }).count()).toBe(0);

    await page.goto(`${siteUrl}#/`);
    const card = page.locator(".user-card");
    await card.waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.getByRole("heading").textContent()).toBe("Nieuwe notebook");
    expect(await card.locator("a").getAttribute("href")).toBe(new URL(address).hash);
    const datetime = Date.parse((await card.locator("time").getAttribute("datetime")) ?? "");
    expect(datetime).toBeGreaterThanOrEqual(before - 1);
    expect(datetime).toBeLessThanOrEqual(after + 1);
    const day = (locale: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(datetime);
    const hour = (locale: string) =>
      new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone }).format(datetime);
    const nl = (await card.locator("time").textContent()) ?? "";
    expect(nl).toContain(day("nl-NL"));
    expect(nl).toContain(hour("nl-NL"));
    // Apart from the bundled notebooks.
    expect(await page.locator(".home-own .card[data-notebook]").count()).toBe(0);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Your notebooks" }).waitFor();
    const en = (await page.locator(".user-card time").textContent()) ?? "";
    expect(en).toContain(day("en-GB"));
    expect(en).toContain(hour("en-GB"));
    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.getByRole("heading", { name: "Jouw notebooks" }).waitFor();

    // Delete asks first; dismissed, nothing happens.
    page.once("dialog", (dialog) => void dialog.dismiss());
    await page.getByRole("button", { name: "Notebook “Nieuwe notebook” verwijderen" }).click();
    expect(await page.locator(".user-card").count()).toBe(1);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Notebook “Nieuwe notebook” verwijderen" }).click();
    const undo = page.getByRole("button", { name: "Ongedaan maken" });
    await undo.waitFor();
    expect(await page.locator(".user-card").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Ongedaan maken");
    await undo.click();
    await page.locator(".user-card").waitFor();
    await page.reload();
    await page.locator(".user-card").waitFor();
    expect(await page.locator(".user-card .user-card-title").textContent()).toBe("Nieuwe notebook");
    await page.locator(".user-card a").click();
    await page.locator(".cell .cell-value").waitFor();
    expect(await page.locator(".cell .cell-value").textContent()).toBe(`Hallo ${6 * 7}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("says plainly when a notebook is not in this browser", async () => {
    const { page } = await fresh("#/eigen/u-000000000000");
    const alert = page.getByRole("alert").filter({ hasText: "niet in deze browser" });
    await alert.waitFor();
    expect(await page.locator(".notebook").count()).toBe(0);
    await page.context().close();
  });

  it("opens a downloaded bundled notebook with its code shown and not run, and runs it on request", async () => {
    const { page, errors } = await fresh();
    await page.getByRole("heading", { name: "Jouw notebooks" }).waitFor();
    const text = readFileSync(new URL("../../notebooks/doxing.md", import.meta.url), "utf8");
    await openWithButton(page, "doxing.md", text);
    await page.waitForURL(/#\/eigen\/u-/);
    const bar = page.getByRole("region", { name: /komt uit een bestand; de code is nog niet uitgevoerd/ });
    await bar.waitFor();
    const cells = (text.match(/^```js/gm) ?? []).length;
    await page
      .locator("pre.cell-source")
      .nth(cells - 1)
      .waitFor();
    expect(await page.locator("pre.cell-source").count()).toBe(cells);
    expect(await page.locator("figure.blauw-chart").count()).toBe(0);
    expect(await page.locator(".cm-editor").count()).toBe(0);

    await bar.getByRole("button", { name: "Code uitvoeren" }).click();
    await page.locator('.cell[data-cell-id="om-doxing-cases"] figure svg').waitFor();
    expect(await page.locator(".untrusted-bar").count()).toBe(0);
    // Trusted now, over a reload too, and open in the editor like any notebook of one's own.
    await page.reload();
    await page.locator('.cell[data-cell-id="om-doxing-cases"] figure svg').waitFor();
    await page.locator(".cell-editor .cm-content").first().waitFor();
    expect(await page.locator(".untrusted-bar").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("runs no cell of a hostile notebook (dropped) before the button, over a reload too, and all after", async () => {
    const { page } = await fresh();
    await page.getByRole("heading", { name: "Jouw notebooks" }).waitFor();
    await dropBytes(page, "kijk-mij.md", hostile);
    await page.waitForURL(/#\/eigen\/u-/);
    await page.locator(".untrusted-bar").waitFor();
    await page.locator("pre.cell-source").nth(2).waitFor();
    // Let the runtime have every chance to run something.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(await ranMarks(page)).toEqual({ counter: 0, appended: 0, inline: false });
    expect(await page.locator(".inline-cell").textContent()).toBe(inlineSource);
    await page.reload();
    await page.locator(".untrusted-bar").waitFor();
    await page.locator("pre.cell-source").nth(2).waitFor();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(await ranMarks(page)).toEqual({ counter: 0, appended: 0, inline: false });

    await page.getByRole("button", { name: "Code uitvoeren" }).click();
    await page.waitForFunction(() => document.querySelector("#hostile-ran"));
    await page.waitForFunction(() => (globalThis as { hostileRuns?: number }).hostileRuns === 2);
    expect(await ranMarks(page)).toEqual({ counter: 2, appended: 1, inline: true });
    await page.context().close();
  });

  it("refuses files that are not a notebook with a clear message, and stores none of them", async () => {
    const { page } = await fresh();
    await page.getByRole("heading", { name: "Jouw notebooks" }).waitFor();
    const cases: [string, number[] | string, RegExp][] = [
      ["binair.md", [0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0xc3, 0x28, 0x00], /geen tekst in UTF-8/],
      ["voorwerk.md", "---\ntitle: [nooit gesloten\n---\n\n```js\n1\n```\n", /voorwerk .* klopt niet/],
      [
        "groot.md",
        `---\ntitle: Groot\n---\n\n${"x".repeat(1_500_000)}\n`,
        /is 1,5 MB, een notebook mag hooguit 1 MB/,
      ],
    ];
    for (const [name, bytes, message] of cases) {
      await dropBytes(page, name, bytes);
      const alert = page.getByRole("alert").filter({ hasText: name });
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(message);
      expect(page.url()).not.toMatch(/eigen/);
    }
    expect(await page.locator(".user-card").count()).toBe(0);
    await page.context().close();
  });
});

const overlast = "/work/shared/data/real/bernasco_47021NED_NL_overlast_jaar_2012_2023.csv";
const overlastName = "overlast-jaar.csv";

/** The file's first data rows as the CSV has them: type of incident and year. */
function csvRows(count: number): string[][] {
  return readFileSync(overlast, "utf8")
    .split(/\r?\n/)
    .slice(1, 1 + count)
    .map((line) => line.split(",").slice(0, 2));
}

/** The first cell's table as shown (the first rows' first two cells), and its count line. */
async function shownRows(page: Page): Promise<string[][]> {
  const table = page.locator(".cell").first().locator(".table-preview");
  await table.locator("tbody tr").first().waitFor();
  return table.evaluate((element) =>
    [...element.querySelectorAll("tbody tr")].map((row) =>
      [...row.querySelectorAll("td")].slice(0, 2).map((cell) => cell.textContent ?? ""),
    ),
  );
}
const shownCount = (page: Page) => page.locator(".cell").first().locator(".table-count").textContent();
const fileRows = () => readFileSync(overlast, "utf8").trim().split(/\r?\n/).length - 1;

async function dropOverlast(page: Page): Promise<void> {
  await dropBytes(page, overlastName, readFileSync(overlast, "utf8"));
  await page.getByRole("button", { name: `Maak notebook van “${overlastName}”` }).waitFor();
}

/** Whether the notebook's folder holds the file in the Origin Private File System. */
const inOpfs = (page: Page, id: string) =>
  page.evaluate(
    async ({ id, name }) => {
      try {
        const root = await navigator.storage.getDirectory();
        const folder = await (await root.getDirectoryHandle("notebooks")).getDirectoryHandle(id);
        return (await (await folder.getFileHandle(name)).getFile()).size;
      } catch {
        return null;
      }
    },
    { id, name: overlastName },
  );

const idOf = (page: Page) => /#\/eigen\/(u-[0-9a-z]{12})/.exec(page.url())?.[1] ?? "";

describe("Make notebook from a dropped CSV", () => {
  it("makes a notebook whose first cell reads the file, kept in OPFS over a reload; the file can be removed", async () => {
    const { page, errors } = await fresh();
    await dropOverlast(page);
    await page.getByRole("button", { name: `Maak notebook van “${overlastName}”` }).click();
    await page.waitForURL(/#\/eigen\/u-/);
    const id = idOf(page);
    const rows = await shownRows(page);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows).toEqual(csvRows(rows.length));
    expect(await shownCount(page)).toBe(
      `${rows.length} van ${new Intl.NumberFormat("nl-NL").format(fileRows())} rijen`,
    );
    expect(await inOpfs(page, id)).toBe(readFileSync(overlast).length);

    await page.reload();
    expect(await shownRows(page)).toEqual(rows);
    const panel = page.getByRole("region", { name: "Bestanden bij deze notebook" });
    expect(await panel.textContent()).toContain(overlastName);

    page.once("dialog", (dialog) => void dialog.accept());
    await panel.getByRole("button", { name: `Bestand “${overlastName}” verwijderen` }).click();
    await panel.getByText("Er zijn geen bestanden bij deze notebook bewaard.").waitFor();
    expect(await inOpfs(page, id)).toBeNull();
    await page.reload();
    const error = page.locator(".cell").first().locator(".cell-error-message");
    await error.waitFor();
    expect(await error.textContent()).toContain(
      `Er is geen bestand “${overlastName}” bij deze notebook bewaard`,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("asks before keeping a large file, with its size and the room left; Annuleren makes nothing", async () => {
    const context = await browser().newContext({ viewport: { width: 1200, height: 900 } });
    // The question's size made small for the test: the file is 3.8 kB, the limit 1 kB.
    await context.addInitScript(() => Object.assign(window, { __blauwTest: { largeFileBytes: 1000 } }));
    const page = await context.newPage();
    await page.goto(`${siteUrl}#/`);
    await page.getByRole("heading", { name: "Jouw notebooks" }).waitFor();
    await dropOverlast(page);
    const make = page.getByRole("button", { name: `Maak notebook van “${overlastName}”` });
    await make.click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    const size = `${Math.round(readFileSync(overlast).length / 1000)} kB`;
    expect(await dialog.textContent()).toContain(`“${overlastName}” is ${size}.`);
    expect(await dialog.textContent()).toMatch(/de browser meldt nog [\d.,]+ [kMG]B ruimte/);
    // The focus is on the answer that changes nothing.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Annuleren");
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    expect(page.url()).toMatch(/#\/bestand/);
    await make.click();
    await page.getByRole("button", { name: "Bewaren en notebook maken" }).click();
    await page.waitForURL(/#\/eigen\/u-/);
    expect((await shownRows(page)).length).toBeGreaterThan(5);
    await page.goto(`${siteUrl}#/`);
    await page.locator(".user-card").waitFor();
    expect(await page.locator(".user-card").count()).toBe(1);
    await context.close();
  });

  it("keeps the file in IndexedDB without OPFS; deleting the notebook removes its files once Undo is gone", async () => {
    const context = await browser().newContext({ viewport: { width: 1200, height: 900 } });
    await context.addInitScript(() => Object.assign(window, { __blauwTest: { noOpfs: true } }));
    const page = await context.newPage();
    await page.goto(`${siteUrl}#/`);
    await page.getByRole("heading", { name: "Jouw notebooks" }).waitFor();
    await dropOverlast(page);
    await page.getByRole("button", { name: `Maak notebook van “${overlastName}”` }).click();
    await page.waitForURL(/#\/eigen\/u-/);
    const id = idOf(page);
    const rows = await shownRows(page);
    const kept = () =>
      page.evaluate(
        (id) =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open("blauw-user-notebooks");
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const request = open.result.transaction("files").objectStore("files").getAllKeys();
              request.onsuccess = () => {
                resolve((request.result as string[][]).filter(([notebook]) => notebook === id).length);
                open.result.close();
              };
            };
          }),
        id,
      );
    expect(await kept()).toBe(1);
    expect(await inOpfs(page, id)).toBeNull();
    await page.reload();
    expect(await shownRows(page)).toEqual(rows);

    await page.goto(`${siteUrl}#/`);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: `Notebook “${overlastName}” verwijderen` }).click();
    await page.getByRole("button", { name: "Ongedaan maken" }).click();
    await page.locator(".user-card").waitFor();
    expect(await kept()).toBe(1);
    await page.locator(".user-card a").click();
    expect(await shownRows(page)).toEqual(rows);

    await page.goto(`${siteUrl}#/`);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: `Notebook “${overlastName}” verwijderen` }).click();
    await page.getByRole("button", { name: "Ongedaan maken" }).waitFor();
    expect(await kept()).toBe(1);
    // Elsewhere and back: the toast is gone, and with it the files.
    await page.goto(`${siteUrl}#/doxing`);
    await page.goto(`${siteUrl}#/`);
    await page.getByRole("heading", { name: "Jouw notebooks" }).waitFor();
    for (let i = 0; i < 50 && (await kept()) > 0; i++) await page.waitForTimeout(100);
    expect(await kept()).toBe(0);
    await context.close();
  });
});
