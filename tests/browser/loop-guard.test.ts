import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { collectErrors } from "../../src/cli/chromium.ts";
import { useBrowser } from "./helpers.ts";

const siteUrl = inject("siteUrl");
const browser = useBrowser();

// The fixture notebook tests/fixtures/site-notebooks/test-loop.md: an input, a cell that shows what
// it holds, and a cell (`const teller = 1;`) that each test turns into a loop.
const slug = "test-loop";

/** Opens the notebook in edit mode; `loopCell` selects the editor of its third cell, the one to edit. */
async function open(): Promise<{ page: Page; errors: string[]; loopCell: string }> {
  const context = await browser().newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${siteUrl}#/${slug}`);
  await page.waitForSelector(".gekozen:text('Gekozen: appels')");
  await page.getByRole("button", { name: /Bewerken|Edit/ }).click();
  await page.waitForSelector(".cell-editor .cm-content");
  const id = await page.locator(".cell-editor").nth(2).getAttribute("data-block-id");
  expect(await page.locator(".cell-editor").nth(2).textContent()).toContain("const teller = 1;");
  return { page, errors, loopCell: `.cell-editor[data-block-id="${id}"]` };
}

/** Replaces the loop cell's code by `code` and runs it with Shift-Enter. */
async function runLoopCell(page: Page, loopCell: string, code: string): Promise<void> {
  await page.locator(`${loopCell} .cm-content`).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(code);
  await page.keyboard.press("Shift+Enter");
}

/** The page still answers: another cell's input changes what the cell after it shows. */
async function chooseAndSee(page: Page, choice: string): Promise<void> {
  await page.locator("form label", { hasText: new RegExp(`^${choice}$`) }).click();
  await page.waitForSelector(`.gekozen:text('Gekozen: ${choice}')`);
}

const stopped = (loopCell: string) => `${loopCell} + .cell .cell-error-message`;

describe("a cell that loops forever", () => {
  it("is stopped with an error in that cell naming its line; the page and the editor keep working, and the edit is kept", async () => {
    const { page, errors, loopCell } = await open();
    await runLoopCell(page, loopCell, "let n = 0;\nwhile (true) {}");
    await page.waitForSelector(stopped(loopCell), { timeout: 20_000 });
    expect(await page.textContent(stopped(loopCell))).toBe(
      "Deze cel is gestopt: een lus liep langer dan 3 seconden (regel 2 in de cel)",
    );
    await chooseAndSee(page, "peren");
    // The editor answers: what is typed shows in it.
    await page.locator(`${loopCell} .cm-content`).click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type(" // nog steeds bewerkbaar");
    await page.waitForSelector(`${loopCell} .cm-content:has-text('nog steeds bewerkbaar')`);

    // The edit was saved before it ran: a reload finds it, runs it, and stops it again.
    await page.reload();
    // Read afresh, the edited cell's id follows its new text; it is still the third.
    await page.waitForSelector(".cell-editor .cm-content");
    const reloaded = `.cell-editor[data-block-id="${await page.locator(".cell-editor").nth(2).getAttribute("data-block-id")}"]`;
    expect(await page.locator(`${reloaded} .cm-line`).allTextContents()).toEqual([
      "let n = 0;",
      "while (true) {}",
    ]);
    await page.waitForSelector(stopped(reloaded), { timeout: 20_000 });
    expect(await page.textContent(stopped(reloaded))).toContain("regel 2 in de cel");
    await chooseAndSee(page, "peren");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("that yields a value and waits each turn is not stopped, however long it runs", async () => {
    const { page, errors, loopCell } = await open();
    // A generator cell: the runtime asks it for a value, it shows its count and waits a quarter second.
    await runLoopCell(
      page,
      loopCell,
      '(async function* () { const uit = display(document.createElement("p")); uit.className = "tik"; let i = 0; while (true) { uit.textContent = String(i); yield i++; await new Promise((resolve) => setTimeout(resolve, 250)); } })()',
    );
    // Sixteen values a quarter of a second apart: four seconds of looping, past the limit of three.
    await page.waitForFunction(() => Number(document.querySelector(".tik")?.textContent) >= 16, undefined, {
      timeout: 30_000,
    });
    expect(await page.locator(stopped(loopCell)).count()).toBe(0);
    await chooseAndSee(page, "peren");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("has its other errors placed in the cell as before: a column after a guard on its line is the cell's own", async () => {
    const { page, loopCell } = await open();
    const code = 'let n = 0;\nfor (const x of [1]) { n += x; throw new Error("kapot"); }';
    await runLoopCell(page, loopCell, code);
    await page.waitForSelector(stopped(loopCell));
    const column = code.split("\n")[1].indexOf("new Error") + 1;
    expect(await page.textContent(stopped(loopCell))).toBe(
      `Error: kapot (regel 2, kolom ${column} van de cel)`,
    );
    await page.context().close();
  });

  it("in a function the cell declares is stopped too when an event handler calls it later, and says so in the cell", async () => {
    const { page, errors, loopCell } = await open();
    await runLoopCell(
      page,
      loopCell,
      'const knop = document.createElement("button");\nknop.textContent = "Draai";\nknop.onclick = () => {\n  for (;;) {}\n};\ndisplay(knop);',
    );
    await page.getByRole("button", { name: "Draai" }).click();
    await chooseAndSee(page, "peren");
    // Thrown in the handler, the stop is shown in the cell, as a stop in the cell's body is, not in the console.
    await page.waitForSelector(stopped(loopCell));
    expect(await page.textContent(stopped(loopCell))).toBe(
      "Deze cel is gestopt: een lus liep langer dan 3 seconden (regel 4 in de cel)",
    );
    expect(await page.locator(`${stopped(loopCell)}[role=alert]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
