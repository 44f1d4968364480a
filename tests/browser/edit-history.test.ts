import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContext, Download, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { shortHash } from "../../src/data/hash.ts";
import { putRecord } from "../util/put-record.ts";
import { editingWindow, useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();
const chart = "test-edit-chart";
const fixture = readFileSync(new URL("../fixtures/site-notebooks/test-edit.md", import.meta.url), "utf8");

async function newContext(): Promise<BrowserContext> {
  return browser().newContext(editingWindow);
}

async function open(context: BrowserContext, slug = "test-edit", cell = chart): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${siteUrl}#/${slug}`);
  await page.waitForSelector(`.cell[data-cell-id="${cell}"] figure svg`);
  return page;
}

async function startEditing(page: Page): Promise<void> {
  await page.getByRole("button", { name: /Bewerken|Edit/ }).click();
  await page.waitForSelector(".cell-editor .cm-content");
}

/** Two tabs of one browser on the test notebook, both editing. */
async function twoEditingTabs(): Promise<{ context: BrowserContext; a: Page; b: Page }> {
  const context = await newContext();
  const a = await open(context);
  const b = await open(context);
  await startEditing(a);
  await startEditing(b);
  return { context, a, b };
}

/** Replaces the whole code of the editor above block `blockId` and runs it with Shift-Enter. */
async function typeCell(page: Page, blockId: string, code: string): Promise<void> {
  await page.locator(`.cell-editor[data-block-id="${blockId}"] .cm-content`).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(code);
  await page.keyboard.press("Shift+Enter");
}

const chartCode = (title: string) =>
  `Plot.plot({ title: "${title}", marks: [Plot.barY(rows, { x: "jaar", y: "waarde" })] })`;

const waitForChartText = (page: Page, text: string) =>
  page.waitForFunction(
    ([chart, text]) =>
      document.querySelector(`.cell[data-cell-id="${chart}"] figure`)?.textContent?.includes(text),
    [chart, text],
  );

/** The record IndexedDB holds for a notebook (blauw-edits / notebooks), or null. */
function stored(page: Page, slug: string): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    (slug) =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const request = indexedDB.open("blauw-edits");
        request.onsuccess = () => {
          const database = request.result;
          if (!database.objectStoreNames.contains("notebooks")) return resolve(null);
          const get = database.transaction("notebooks").objectStore("notebooks").get(slug);
          get.onsuccess = () => {
            database.close();
            resolve(get.result ?? null);
          };
          get.onerror = () => reject(get.error);
        };
        request.onerror = () => reject(request.error);
      }),
    slug,
  );
}

/** Writes a record as an older or newer build of the editor may have left it. */
function store(page: Page, record: Record<string, unknown>): Promise<void> {
  return page.evaluate(putRecord, { database: "blauw-edits", store: "notebooks", keyPath: "slug", record });
}

/** The id of the block that holds `text` in the fixture (the cells without `id=` are named by a hash). */
const thirdCellId = async (page: Page) =>
  page.locator(".cell-editor").nth(2).getAttribute("data-block-id") as Promise<string>;

describe("what changed", () => {
  it("says the notebook differs and shows the changed line of the edited cell, as text", async () => {
    const context = await newContext();
    const page = await open(context);
    const errors = collectErrors(page);
    await startEditing(page);
    expect(await page.getByRole("button", { name: "Wijzigingen tonen" }).count()).toBe(0);
    await typeCell(page, `chart:${chart}`, chartCode("Nieuwe <b>titel</b>"));
    await waitForChartText(page, "Nieuwe <b>titel</b>");
    expect(await page.textContent(".edit-note")).toContain("wijkt af van de meegeleverde versie");

    const toggle = page.getByRole("button", { name: "Wijzigingen tonen" });
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    const changes = page.locator(".edit-changes");
    await changes.waitFor();
    expect(await changes.locator(".change").count()).toBe(1);
    expect(await changes.locator(".change h3").textContent()).toContain("gewijzigd");
    expect(await changes.locator("del").allTextContents()).toEqual([
      'Plot.plot({ title: "Oude titel", marks: [Plot.barY(rows, { x: "jaar", y: "waarde" })] })',
    ]);
    expect(await changes.locator("ins").allTextContents()).toEqual([chartCode("Nieuwe <b>titel</b>")]);
    // Text from the file is never read as HTML.
    expect(await changes.locator("b").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("reverts one cell: its chart comes back, another edited cell keeps its edit, the saved text follows", async () => {
    const context = await newContext();
    const page = await open(context);
    const errors = collectErrors(page);
    await startEditing(page);
    const third = await thirdCellId(page);
    // The third cell's code, as the fixture has it.
    const thirdCode = [...fixture.matchAll(/```js\n([^`]*?)\n```/g)][1][1];
    expect(thirdCode).toContain("blauwUnrelatedRuns");
    const thirdEdited = `${thirdCode}\nconst extra = "bewaard";`;
    await typeCell(page, third, thirdEdited);
    await typeCell(page, `chart:${chart}`, chartCode("Andere titel"));
    await waitForChartText(page, "Andere titel");

    await page.getByRole("button", { name: "Wijzigingen tonen" }).click();
    expect(await page.locator(".edit-changes .change").count()).toBe(2);
    await page.getByRole("button", { name: "Cel 2 terugzetten" }).click();
    await waitForChartText(page, "Oude titel");
    expect(
      await page.locator(`.cell-editor[data-block-id="chart:${chart}"] .cm-content`).textContent(),
    ).toContain("Oude titel");
    expect(await page.locator(`.cell-editor[data-block-id="${third}"] .cm-content`).textContent()).toContain(
      'const extra = "bewaard";',
    );
    expect(await page.locator(".edit-changes .change").count()).toBe(1);
    // Saved: the bundled file with only the third cell's line added.
    const expected = fixture.replace(thirdCode, thirdEdited);
    expect(expected).not.toBe(fixture);
    expect((await stored(page, "test-edit"))?.text).toBe(expected);

    // A reload keeps it so.
    await page.reload();
    await page.waitForSelector(".cell-editor .cm-content");
    await waitForChartText(page, "Oude titel");
    expect(await page.locator(".cell-editor .cm-content", { hasText: "bewaard" }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("two tabs on one notebook", () => {
  it("refuses the older tab's save, tells it, keeps the other tab's text, and reload shows it", async () => {
    const { context, a, b } = await twoEditingTabs();

    await typeCell(a, `chart:${chart}`, chartCode("Titel van tab A"));
    await waitForChartText(a, "Titel van tab A");
    // B hears of it at once, before it saves.
    await b.locator(".edit-sync").getByText("ander tabblad").waitFor();

    await typeCell(b, `chart:${chart}`, chartCode("Titel van tab B"));
    const alert = b.locator('.edit-sync[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Niet bewaard");
    expect((await stored(b, "test-edit"))?.text).toContain("Titel van tab A");
    expect((await stored(b, "test-edit"))?.text).not.toContain("Titel van tab B");
    expect(await b.locator(`.cell[data-cell-id="${chart}"] figure`).textContent()).toContain("Oude titel");

    // B can keep its own copy as a file: the notebook with its refused edit.
    const [download] = (await Promise.all([
      b.waitForEvent("download"),
      alert.getByRole("button", { name: "Mijn kopie downloaden" }).click(),
    ])) as [Download, unknown];
    expect(readFileSync(await download.path(), "utf8")).toBe(
      fixture.replace('title: "Oude titel"', 'title: "Titel van tab B"'),
    );

    await Promise.all([b.waitForEvent("load"), alert.getByRole("button", { name: "Herladen" }).click()]);
    await b.waitForSelector(".cell-editor .cm-content");
    await waitForChartText(b, "Titel van tab A");

    // Now in step, B saves, and A is refused in turn.
    await typeCell(b, `chart:${chart}`, chartCode("Tweede van B"));
    await waitForChartText(b, "Tweede van B");
    await typeCell(a, `chart:${chart}`, chartCode("Tweede van A"));
    await a.locator('.edit-sync[role="alert"]').waitFor();
    expect((await stored(a, "test-edit"))?.text).toContain("Tweede van B");
    await context.close();
  });
});

describe("two tabs, one that saved and then reverted", () => {
  it("lets the other tab save: the notebook is back to the text that tab started from, nothing is lost", async () => {
    const { context, a, b } = await twoEditingTabs();
    await typeCell(b, `chart:${chart}`, chartCode("Even van B"));
    await waitForChartText(b, "Even van B");
    await a.locator(".edit-sync").getByText("ander tabblad").waitFor();
    // B reverts (after its confirmation) and reloads: the store holds no edit again.
    b.once("dialog", (dialog) => void dialog.accept());
    await Promise.all([b.waitForEvent("load"), b.getByRole("button", { name: "Terugzetten" }).click()]);
    await b.waitForSelector(`.cell[data-cell-id="${chart}"] figure svg`);
    expect((await stored(a, "test-edit"))?.text).toBeNull();

    await typeCell(a, `chart:${chart}`, chartCode("Dan van A"));
    await waitForChartText(a, "Dan van A");
    expect(await a.locator('.edit-sync[role="alert"]').count()).toBe(0);
    expect((await stored(a, "test-edit"))?.text).toBe(
      fixture.replace('title: "Oude titel"', 'title: "Dan van A"'),
    );
    // B, which now holds the bundled text, is still refused when A's save is news to it.
    await startEditing(b);
    await typeCell(b, `chart:${chart}`, chartCode("Weer van B"));
    await b.locator('.edit-sync[role="alert"]').waitFor();
    expect((await stored(b, "test-edit"))?.text).toContain("Dan van A");
    await context.close();
  });
});

describe("two tabs, one without BroadcastChannel", () => {
  it("still refuses the older tab's save: the revision check in the store is what guarantees it", async () => {
    const context = await newContext();
    const a = await open(context);
    const b = await context.newPage();
    // B hears nothing from other tabs, as in a browser without the channel.
    await b.addInitScript(() => {
      Reflect.deleteProperty(globalThis, "BroadcastChannel");
    });
    await b.goto(`${siteUrl}#/test-edit`);
    await b.waitForSelector(`.cell[data-cell-id="${chart}"] figure svg`);
    await startEditing(a);
    await startEditing(b);
    await typeCell(a, `chart:${chart}`, chartCode("Eerst A"));
    await waitForChartText(a, "Eerst A");
    expect(await b.locator(".edit-sync").count()).toBe(0);
    await typeCell(b, `chart:${chart}`, chartCode("Dan B"));
    await b.locator('.edit-sync[role="alert"]').waitFor();
    const text = (await stored(a, "test-edit"))?.text;
    expect(text).toContain("Eerst A");
    expect(text).not.toContain("Dan B");
    await context.close();
  });
});

describe("the bundled notebook changed since the edit", () => {
  it("says so, shows the edit, and keeping the edit records the new fingerprint", async () => {
    const context = await newContext();
    const page = await open(context);
    const errors = collectErrors(page);
    const edited = fixture.replace('"Oude titel"', '"Uit een oudere versie"');
    await store(page, { slug: "test-edit", text: edited, saved: 1, revision: 3, base: "00000000" });
    await page.reload();
    await waitForChartText(page, "Uit een oudere versie");
    const notice = page.locator(".edit-bundled-changed");
    await notice.waitFor();
    expect(await notice.textContent()).toContain("meegeleverde versie van deze notebook is veranderd");
    await notice.getByRole("button", { name: "Wijzigingen tonen" }).click();
    expect(await page.locator(".edit-changes ins").allTextContents()).toContain(
      chartCode("Uit een oudere versie"),
    );
    await notice.getByRole("button", { name: "Mijn bewerking houden" }).click();
    await notice.waitFor({ state: "detached" });
    const record = await stored(page, "test-edit");
    expect(record?.base).toBe(shortHash(fixture));
    expect(record?.text).toBe(edited);
    await page.reload();
    await waitForChartText(page, "Uit een oudere versie");
    await page.waitForSelector(".cell-editor .cm-content");
    expect(await page.locator(".edit-bundled-changed").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens an edit saved before fingerprints and revisions without a notice, and saves it again", async () => {
    const context = await newContext();
    const page = await open(context);
    const edited = fixture.replace('"Oude titel"', '"Van gisteren"');
    await store(page, { slug: "test-edit", text: edited, saved: 1 });
    await page.reload();
    await waitForChartText(page, "Van gisteren");
    await page.waitForSelector(".cell-editor .cm-content");
    expect(await page.locator(".edit-bundled-changed").count()).toBe(0);
    await typeCell(page, `chart:${chart}`, chartCode("Van vandaag"));
    await waitForChartText(page, "Van vandaag");
    const record = await stored(page, "test-edit");
    expect(record?.text).toContain("Van vandaag");
    expect(record?.base).toBe(shortHash(fixture));
    expect(await page.locator(".edit-sync").count()).toBe(0);
    await context.close();
  });
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** What axe-core (WCAG 2.0/2.1 A and AA, best practices) finds on the page as it is now. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; nodes: { target: string[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run(...args: unknown[]): Promise<AxeResult> } }).axe;
    const result = await axe.run(document.querySelector(".notebook-edit"), {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  });
}

describe.each([
  { locale: "nl", scheme: "light" },
  { locale: "en", scheme: "dark" },
] as const)("axe-core on what changed and the notices ($locale, $scheme)", ({ locale, scheme }) => {
  it("finds no violation in the changes, the refused save and the bundled-changed notice", async () => {
    const context = await browser().newContext({
      bypassCSP: true,
      colorScheme: scheme,
      viewport: { width: 1280, height: 900 },
    });
    await context.addInitScript((locale) => localStorage.setItem("blauw-locale", locale), locale);
    const a = await open(context);
    const b = await open(context);
    await startEditing(a);
    await startEditing(b);
    await typeCell(a, `chart:${chart}`, chartCode("Titel A"));
    await waitForChartText(a, "Titel A");
    await a.getByRole("button", { name: /Wijzigingen tonen|Show changes/ }).click();
    await a.locator(".edit-changes .change").waitFor();
    const found: Record<string, string[]> = { changes: await violations(a) };
    await typeCell(b, `chart:${chart}`, chartCode("Titel B"));
    await b.locator('.edit-sync[role="alert"]').waitFor();
    found.refused = await violations(b);
    await store(a, { ...(await stored(a, "test-edit")), base: "00000000" });
    await a.reload();
    await a.locator(".edit-bundled-changed").waitFor();
    found.bundledChanged = await violations(a);
    expect(found).toEqual({ changes: [], refused: [], bundledChanged: [] });
    await context.close();
  });
});
