import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openFresh, useBrowser } from "./helpers.ts";

// What cells show, as assistive technology gets it: the fixture notebook
// tests/fixtures/site-notebooks/test-labels.md shows forms whose inputs have a name of their own or not.
const siteUrl = inject("siteUrl");
const browser = useBrowser();

const labelledBy = (page: Page, id: string) => page.locator(`#${id}`).getAttribute("aria-labelledby");
const named = (page: Page, role: Parameters<Page["getByRole"]>[0], name: string) =>
  page.getByRole(role, { name, exact: true }).count();

async function open(): Promise<{ page: Page; errors: string[] }> {
  const opened = await openFresh(browser(), `${siteUrl}#/test-labels`, "#f-input");
  await opened.page.waitForSelector("#label-cases");
  return opened;
}

describe("accessible-output (mendOutput)", () => {
  it("names an input that has no name of its own by the label of its form", async () => {
    const { page, errors } = await open();
    // Inputs.range: its label points at the number box; the slider beside it gets the label too.
    expect(await named(page, "slider", "Drempel")).toBe(1);
    expect(await named(page, "spinbutton", "Drempel")).toBe(1);
    expect(await named(page, "slider", "Jaar")).toBe(1);
    expect(await named(page, "spinbutton", "Jaar")).toBe(1);
    expect(await named(page, "combobox", "Regio")).toBe(1);
    expect(await named(page, "textbox", "Eenheid")).toBe(1);
    // A form that is itself the cell's output.
    expect(await named(page, "textbox", "Los")).toBe(1);
    // A label that has an id keeps it.
    expect(await labelledBy(page, "d-text")).toBe("own-label");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("leaves alone an input that has a name, a hidden input, and a form without a label", async () => {
    const { page } = await open();
    for (const id of ["b-inside", "c-pointed", "c-hidden", "d-aria", "e-none"])
      expect(await labelledBy(page, id), id).toBeNull();
    expect(await named(page, "textbox", "Naam")).toBe(1);
    expect(await named(page, "textbox", "Eigen naam")).toBe(1);
    await page.close();
  });

  it("gives a label an id that no element of the same output has (the output is not in the page yet)", async () => {
    const { page } = await open();
    // The output holds spans with the ids input-label-1 … 50; each label it names is the only holder.
    const holders = await page.$$eval("#label-cases [aria-labelledby]", (inputs) =>
      inputs.map((input) => {
        const id = input.getAttribute("aria-labelledby") ?? "";
        const cases = document.getElementById("label-cases") as HTMLElement;
        return { id, tags: [...cases.querySelectorAll(`[id="${id}"]`)].map((element) => element.tagName) };
      }),
    );
    expect(holders).toHaveLength(4);
    for (const { id, tags } of holders) expect(tags, id).toEqual(["LABEL"]);
    await page.close();
  });
});
