import { describe, expect, it } from "vitest";
import { t } from "../../src/app/i18n.ts";

describe("interface strings", () => {
  it("give counts in the reader's number format", () => {
    expect(t("nl").chartsUseFile("aangiften.csv", 553800)).toContain("(553.800 rijen)");
    expect(t("en").chartsUseFile("aangiften.csv", 553800)).toContain("(553,800 rows)");
  });
});
